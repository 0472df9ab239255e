package dev.taskfit.advise;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The word pass: which words are judging, producing or neutral steps, and which only name a thing. */
class StepWordsTest {

    @Test
    void aWordThatIsAStepAsAVerbNamesAThingAsANoun() {
        assertEquals(CueHit.Role.JUDGE, CuePassFixture.found("segment the scan").at("segment").role);
        assertFalse(CuePassFixture.found("write an offer for each customer segment").hasHitAt("segment"));
        assertEquals(CueHit.Role.JUDGE, CuePassFixture.found("a customer segment for each user").at("segment").role);
    }

    @Test
    void makeSureAndSortOfAreNotSteps() {
        assertFalse(CuePassFixture.found("make sure it works").hasHitAt("make"));
        assertFalse(CuePassFixture.found("some sort of thing").hasHitAt("sort"));
    }

    @Test
    void aContentNounReadFromIsAnInputNotAProduct() {
        assertFalse(CuePassFixture.found("predict story points from its title and description").hasHitAt("description"));
        assertEquals(CueHit.Role.PRODUCE, CuePassFixture.found("a description of each room").at("description").role);
    }

    @Test
    void aNeutralVerbWaitsForItsObject() {
        CueHit give = CuePassFixture.found("give me a score per essay").at("give");
        assertEquals(CueHit.Role.NONE, give.role);
        assertEquals(Cue.Kind.PRODUCES, give.kind);
    }
}
