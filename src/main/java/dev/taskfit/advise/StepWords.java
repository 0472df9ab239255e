package dev.taskfit.advise;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first pass: every word that judges ({@link JudgedSteps}) or produces ({@link ProducedSteps}), and every
 * neutral verb whose object decides later ({@link ObjectRule}), skipping words used as nouns for a thing.
 */
final class StepWords {

    private static final CueLexicon LEXICON = CueLexicon.SHIPPED;
    private static final Pattern VERB_OR_NOUN = LEXICON.pattern("verb-or-noun");
    private static final Pattern BEFORE_VERB = LEXICON.pattern("before-verb");
    private static final Pattern OBJECT_START = LEXICON.pattern("object-start");
    private static final Set<String> OUTPUT_MARKS = LEXICON.words("output-marks");

    private StepWords() {
    }

    /** Adds one hit per judging, producing or neutral word, in text order. */
    static void collect(TaskText text, List<CueHit> hits) {
        List<String> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (isNounUse(tokens, i)) {
                continue;
            }
            if (JudgedSteps.isWord(tokens, i)) {
                hits.add(new CueHit(Cue.Kind.JUDGES, CueHit.Role.JUDGE, i, i));
            } else if (ProducedSteps.isWord(tokens, i)) {
                hits.add(new CueHit(Cue.Kind.PRODUCES, CueHit.Role.PRODUCE, i, i));
            } else if (ProducedSteps.isNeutralVerb(tokens.get(i))) {
                hits.add(new CueHit(Cue.Kind.PRODUCES, CueHit.Role.NONE, i, i)); // decided by its object
            }
        }
    }

    /**
     * A word that is a step as a verb but names a thing as a noun ("segment the scan" / "each customer segment"):
     * neither in a verb's place nor followed by an object or by "for"/"per" (which make it the output: "a
     * customer segment for each user"), as in "interest rates", "the weather forecast", "each sample".
     */
    static boolean isNounUse(List<String> tokens, int i) {
        if (!VERB_OR_NOUN.matcher(tokens.get(i)).matches() || i == 0 || BEFORE_VERB.matcher(tokens.get(i - 1)).matches()) {
            return false;
        }
        return !(i + 1 < tokens.size()
                && (OBJECT_START.matcher(tokens.get(i + 1)).matches() || OUTPUT_MARKS.contains(tokens.get(i + 1))));
    }
}
