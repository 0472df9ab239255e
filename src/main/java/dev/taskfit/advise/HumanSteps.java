package dev.taskfit.advise;

import java.util.List;
import java.util.Set;

/** Pass "human steps" (guide section 1): a step a person does ("our lawyer reviews it", "I'll pick one myself") is not a model step. */
final class HumanSteps {

    private static final CueLexicon LEXICON = CueLexicon.SHIPPED;
    private static final Set<String> ACTORS = LEXICON.words("human-actors");
    private static final Set<String> MARKS = LEXICON.words("human-marks");
    private static final Set<String> MODALS = LEXICON.words("human-modals");

    private HumanSteps() {
    }

    /** Turns counted one-word steps with a person as subject, or done "by hand", into human-step cues. */
    static void mark(TaskText text, List<CueHit> hits) {
        List<String> tokens = text.tokens();
        for (CueHit hit : hits) {
            if (hit.state != CueHit.State.COUNTED || hit.role == CueHit.Role.NONE) {
                continue;
            }
            int i = hit.first;
            boolean human = hit.oneWord() && (i > 0 && ACTORS.contains(tokens.get(i - 1))
                    || i > 1 && ACTORS.contains(tokens.get(i - 2)) && MODALS.contains(tokens.get(i - 1)));
            for (int j = hit.last + 1; j < Math.min(tokens.size(), hit.last + 8) && !CueHit.CLAUSE_MARKS.contains(tokens.get(j)); j++) {
                human |= MARKS.contains(tokens.get(j)) && (!tokens.get(j).equals("hand") || tokens.get(j - 1).equals("by"));
            }
            if (human) {
                hit.state = CueHit.State.HUMAN;
                hit.kind = Cue.Kind.HUMAN_STEP;
            }
        }
    }
}
