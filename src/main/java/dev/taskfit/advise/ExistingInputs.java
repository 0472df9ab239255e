package dev.taskfit.advise;

import java.util.List;
import java.util.Set;

/**
 * Pass "judging content that already exists" (guide 2.15): content that exists and is only judged ("detect
 * AI-written essays", "classify each chatbot transcript") is an input, not a producing step, unless the task
 * also filters what it judges.
 */
final class ExistingInputs {

    private static final CueLexicon LEXICON = CueLexicon.SHIPPED;
    private static final Set<String> PASSIVE_AUXILIARIES = LEXICON.words("passive-auxiliaries");
    private static final Set<String> PARTICIPLE_AFTER = LEXICON.words("participle-after");
    private static final Set<String> MODEL_AGENTS = LEXICON.words("model-agents");
    private static final Set<String> STEP_SUBJECTS = LEXICON.words("step-subjects");

    private ExistingInputs() {
    }

    /** Turns producing words that describe a judged input into existing-input cues. */
    static void mark(TaskText text, List<CueHit> hits) {
        boolean gated = hits.stream().anyMatch(h -> h.kind == Cue.Kind.SEQUENCE && h.role == CueHit.Role.JUDGE && h.counted());
        if (gated) {
            return;
        }
        List<String> tokens = text.tokens();
        boolean judged = hits.stream().anyMatch(h -> h.counted() && h.role == CueHit.Role.JUDGE);
        for (CueHit hit : hits) { // "accounts that were created by bots", "the language a file is written in"
            int i = hit.first;
            if (judged && hit.counted() && hit.role == CueHit.Role.PRODUCE && hit.oneWord()
                    && ProducedSteps.isParticiple(tokens.get(i))
                    && (i > 0 && PASSIVE_AUXILIARIES.contains(tokens.get(i - 1))
                    || i + 1 < tokens.size() && PARTICIPLE_AFTER.contains(tokens.get(i + 1)))
                    && !byTheModel(tokens, i + 1)) {
                setAside(hit);
            }
        }
        for (CueHit judge : hits) {
            if (!judge.counted() || judge.role != CueHit.Role.JUDGE) {
                continue;
            }
            int end = ObjectRule.objectWindowEnd(tokens, judge.last, 6);
            for (CueHit hit : hits) {
                if (hit.counted() && hit.role == CueHit.Role.PRODUCE && hit.first > judge.last && hit.first < end
                        && hit.oneWord() && describesContent(tokens, hit.first)) {
                    setAside(hit);
                }
            }
        }
    }

    private static void setAside(CueHit hit) {
        hit.state = CueHit.State.EXISTING;
        hit.kind = Cue.Kind.EXISTING_INPUT;
    }

    /** "written by the model": the model writes it, so it is a step, not a description of an input. */
    private static boolean byTheModel(List<String> tokens, int i) {
        for (int j = i; j < Math.min(tokens.size(), i + 4); j++) {
            if (MODEL_AGENTS.contains(tokens.get(j))) {
                return tokens.get(i).equals("by");
            }
        }
        return false;
    }

    /**
     * A producing word that describes content rather than asks for it: a participle ("AI-written") or a noun
     * ("chatbot transcript"), unless a subject makes it a step ("the answers we generate").
     */
    private static boolean describesContent(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (ProducedSteps.isVerb(t) && !ProducedSteps.isParticiple(t)) {
            return false;
        }
        return !(i > 0 && STEP_SUBJECTS.contains(tokens.get(i - 1)));
    }
}
