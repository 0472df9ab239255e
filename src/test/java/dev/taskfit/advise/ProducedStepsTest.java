package dev.taskfit.advise;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is produced: producing words, phrases, and which of them are steps, verbs or participles. */
class ProducedStepsTest {

    @Test
    void producingWordsAreWholeTokens() {
        assertTrue(ProducedSteps.isWord(List.of("compose"), 0));
        assertFalse(ProducedSteps.isWord(List.of("composer"), 0));
    }

    @Test
    void aVerbOrAGeneratorIsAStepAnAdjectiveIsNot() {
        assertTrue(ProducedSteps.isStep("write"));
        assertTrue(ProducedSteps.isStep("chatbot"));
        assertFalse(ProducedSteps.isStep("realistic"));
        assertFalse(ProducedSteps.isVerb("descriptions"));
    }

    @Test
    void participlesMayDescribeContentThatExists() {
        assertTrue(ProducedSteps.isParticiple("written"));
        assertFalse(ProducedSteps.isParticiple("write"));
    }

    @Test
    void producingPhrasesCoverContinuationsAndGaps() {
        CuePassFixture f = CuePassFixture.found("fill in the missing values, then say what comes next");
        assertEquals("fill in", f.quote(f.at("fill")));
        assertEquals(CueHit.Role.PRODUCE, f.at("comes").role);
    }
}
