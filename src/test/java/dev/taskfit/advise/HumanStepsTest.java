package dev.taskfit.advise;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Steps done by a person (guide section 1) are not model steps. */
class HumanStepsTest {

    private static CuePassFixture marked(String task) {
        CuePassFixture f = CuePassFixture.objectsRead(task);
        HumanSteps.mark(f.text, f.hits);
        return f;
    }

    @Test
    void aPersonAsSubjectMakesAHumanStep() {
        CueHit check = marked("draft the contract and our lawyer will check it").at("check");
        assertEquals(CueHit.State.HUMAN, check.state);
        assertEquals(Cue.Kind.HUMAN_STEP, check.kind);
    }

    @Test
    void doneByHandOrMyselfIsAHumanStep() {
        assertEquals(CueHit.State.HUMAN, marked("generate logos and I pick one myself").at("pick").state);
        assertEquals(CueHit.State.HUMAN, marked("we label them by hand").at("label").state);
    }

    @Test
    void aModelStepStaysCounted() {
        assertEquals(CueHit.State.COUNTED, marked("draft the contract and check it for missing clauses").at("check").state);
        assertEquals(CueHit.State.COUNTED, marked("we hand them a label").at("label").state);
    }
}
