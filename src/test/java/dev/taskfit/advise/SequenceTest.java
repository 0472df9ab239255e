package dev.taskfit.advise;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sequence: a gate that keeps or drops candidates judges; a word that only orders steps takes no side. */
class SequenceTest {

    @Test
    void aGateIsAJudgingSequenceCue() {
        CuePassFixture f = CuePassFixture.found("write ten slogans and keep only the best");
        CueHit keep = f.at("keep");
        assertEquals(Cue.Kind.SEQUENCE, keep.kind);
        assertEquals(CueHit.Role.JUDGE, keep.role);
        assertEquals("keep only", f.quote(keep));
    }

    @Test
    void anOrderingWordTakesNoSide() {
        CueHit then = CuePassFixture.found("transcribe each call, then classify its topic").at("then");
        assertEquals(Cue.Kind.SEQUENCE, then.kind);
        assertEquals(CueHit.Role.NONE, then.role);
    }

    @Test
    void orderingBeforeAStepIsASequence() {
        CuePassFixture f = CuePassFixture.found("check every reply before sending");
        assertEquals("before sending", f.quote(f.at("before")));
    }
}
