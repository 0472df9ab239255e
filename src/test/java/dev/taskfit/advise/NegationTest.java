package dev.taskfit.advise;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Negation (guide 2.2): what a task does not want does not count; "not just" and "no raw" are not negations. */
class NegationTest {

    private static CuePassFixture negated(String task) {
        CuePassFixture f = CuePassFixture.objectsRead(task);
        Negation.apply(f.text, f.hits, f.extra);
        return f;
    }

    private static List<Cue> of(CuePassFixture f, Cue.Kind kind) {
        return f.extra.stream().filter(c -> c.kind() == kind).toList();
    }

    @Test
    void wordsInANegationsScopeDoNotCount() {
        CuePassFixture f = negated("we don't need a classifier, we need new level designs");
        assertEquals(CueHit.State.NEGATED, f.at("classifier").state);
        assertEquals(CueHit.State.COUNTED, f.at("designs").state);
        Cue negation = of(f, Cue.Kind.NEGATION).get(0);
        assertEquals("don't need a classifier", negation.text());
        assertEquals("discriminative", negation.detail());
    }

    @Test
    void notJustIsAdditive() {
        CuePassFixture f = negated("don't just flag the bad reviews, also draft a reply");
        assertTrue(of(f, Cue.Kind.NEGATION).isEmpty());
        assertEquals("don't just", of(f, Cue.Kind.SEQUENCE).get(0).text());
        assertEquals(CueHit.State.COUNTED, f.at("flag").state);
    }

    @Test
    void noRawOutputAsksForACheck() {
        CuePassFixture f = negated("generate replies but no raw output goes to customers");
        assertTrue(of(f, Cue.Kind.NEGATION).isEmpty());
        assertEquals(1, of(f, Cue.Kind.SEQUENCE).size());
    }

    @Test
    void aRetractionNegatesWhatCameBefore() {
        CuePassFixture f = negated("classify... no, actually we want the model to invent new enemy types");
        assertEquals(CueHit.State.NEGATED, f.at("classify").state);
        assertEquals(CueHit.State.COUNTED, f.at("invent").state);
    }

    @Test
    void aFreeSuffixNegatesTheWordBefore() {
        assertEquals(CueHit.State.NEGATED, negated("a classification free summary").at("classification").state);
    }
}
