package dev.taskfit.advise;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is judged: judging words, closed-set phrases, and words that only name a topic. */
class JudgedStepsTest {

    @Test
    void judgingWordsAreWholeTokens() {
        assertTrue(JudgedSteps.isWord(List.of("classify", "it"), 0));
        assertFalse(JudgedSteps.isWord(List.of("classics"), 0));
        assertFalse(JudgedSteps.isWord(List.of("box", "score"), 1));
    }

    @Test
    void closedSetsOfAnswersAreJudgingPhrases() {
        CuePassFixture f = CuePassFixture.found("tell us whether each review is positive or not");
        CueHit orNot = f.at("or");
        assertEquals(CueHit.Role.JUDGE, orNot.role);
        assertEquals("or not", f.quote(orNot));
        assertEquals("tell us whether", f.quote(f.at("tell")));
    }

    @Test
    void aTopicWordIsWeakAStepIsNot() {
        assertTrue(JudgedSteps.isWeak("risk"));
        assertTrue(JudgedSteps.isWeak("likely"));
        assertFalse(JudgedSteps.isWeak("classify"));
    }
}
