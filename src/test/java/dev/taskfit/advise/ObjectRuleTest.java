package dev.taskfit.advise;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The output decides, not the verb (guide 2.1). */
class ObjectRuleTest {

    @Test
    void aProducingVerbWhoseObjectIsAJudgementJudges() {
        CuePassFixture f = CuePassFixture.objectsRead("generate a relevance score for each search result");
        CueHit generate = f.at("generate");
        assertEquals(CueHit.Role.JUDGE, generate.role);
        assertEquals("generate a relevance score", f.quote(generate));
        assertEquals("the output is a judgement, whatever the verb", generate.detail);
    }

    @Test
    void aProducingVerbWhoseObjectIsContentStillProducesAndItsModifiersDoNotJudge() {
        CuePassFixture f = CuePassFixture.objectsRead("write the claim decision letter");
        assertEquals(CueHit.Role.PRODUCE, f.at("write").role);
        assertEquals(CueHit.State.MODIFIER, f.at("decision").state);
    }

    @Test
    void aVerbWhoseObjectIsASystemSaysNothing() {
        assertEquals(CueHit.Role.NONE, CuePassFixture.objectsRead("make something that sorts emails").at("make").role);
    }

    @Test
    void aJudgingVerbWhoseObjectIsAContinuationProduces() {
        CueHit predict = CuePassFixture.objectsRead("predict how a melody continues").at("predict");
        assertEquals(CueHit.Role.PRODUCE, predict.role);
        assertEquals(Cue.Kind.PRODUCES, predict.kind);
        assertEquals(CueHit.Role.JUDGE, CuePassFixture.objectsRead("predict which customers churn").at("predict").role);
    }

    @Test
    void whatAnOutputIsForIsNotAStep() {
        CuePassFixture f = CuePassFixture.objectsRead("simulate galaxy images for testing our detection pipeline");
        assertEquals(CueHit.State.MODIFIER, f.at("detection").state);
    }
}
