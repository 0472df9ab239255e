package dev.taskfit.advise;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Judging content that already exists (guide 2.15): the content is an input, unless the task filters it. */
class ExistingInputsTest {

    private static CuePassFixture marked(String task) {
        CuePassFixture f = CuePassFixture.objectsRead(task);
        ExistingInputs.mark(f.text, f.hits);
        return f;
    }

    @Test
    void contentThatIsOnlyJudgedIsAnInput() {
        CueHit written = marked("detect essays written with an AI tool").at("written");
        assertEquals(CueHit.State.EXISTING, written.state);
        assertEquals(Cue.Kind.EXISTING_INPUT, written.kind);
        assertEquals(CueHit.State.EXISTING, marked("classify each chatbot transcript").at("chatbot").state);
    }

    @Test
    void whatWeProduceIsAStep() {
        assertEquals(CueHit.State.COUNTED, marked("check the answers we generate").at("generate").state);
    }

    @Test
    void aGateKeepsProducedContentAStep() {
        assertEquals(CueHit.State.COUNTED, marked("reject the essays written by students").at("written").state);
    }
}
