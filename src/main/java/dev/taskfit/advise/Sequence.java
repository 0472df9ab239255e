package dev.taskfit.advise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Pass "sequence" (guide 2.14): filters that keep or drop candidates, which judge what a task produces, and
 * words that only order steps ("then", "before sending"), which make a pipeline but not by themselves a composite.
 */
final class Sequence {

    private static final CueLexicon LEXICON = CueLexicon.SHIPPED;
    private static final List<Pattern> GATES = LEXICON.patterns("gate-phrases");
    private static final List<Pattern> ORDER = LEXICON.patterns("sequence-phrases");

    private Sequence() {
    }

    /** Adds the gates (sequence cues that judge) and then the ordering words (sequence cues with no side). */
    static void addPhrases(TaskText text, List<CueHit> hits) {
        CueHit.addPhrases(text, hits, GATES, Cue.Kind.SEQUENCE, CueHit.Role.JUDGE);
        CueHit.addPhrases(text, hits, ORDER, Cue.Kind.SEQUENCE, CueHit.Role.NONE);
    }
}
