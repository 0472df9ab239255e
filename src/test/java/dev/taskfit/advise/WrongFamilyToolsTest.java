package dev.taskfit.advise;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tools of the wrong family (guide 2.3): a generator asked to judge, a classifier asked to produce. */
class WrongFamilyToolsTest {

    private static CuePassFixture found(String task) {
        CuePassFixture f = CuePassFixture.objectsRead(task);
        WrongFamilyTools.find(f.text, f.hits, f.extra);
        return f;
    }

    @Test
    void aGeneratorAskedToJudgeIsWarnedAboutAndItsNameDoesNotCount() {
        CuePassFixture f = found("use an LLM to flag spam");
        assertEquals(1, f.extra.size());
        Cue cue = f.extra.get(0);
        assertEquals(Cue.Kind.WRONG_FAMILY, cue.kind());
        assertEquals("an LLM to flag", cue.text());
        assertEquals("discriminative", cue.detail());
        assertEquals(CueHit.State.MISUSED_TOOL, f.at("llm").state);
    }

    @Test
    void aClassifierAskedToWriteIsWarnedAbout() {
        CuePassFixture f = found("train a classifier to write product descriptions");
        assertEquals("a classifier to write", f.extra.get(0).text());
        assertEquals("generative", f.extra.get(0).detail());
    }

    @Test
    void aToolNamedAsTheSourceOfAnInputIsNotMisused() {
        assertTrue(found("flag LLM generated answers in the forum").extra.isEmpty());
    }

    @Test
    void aToolThatAlsoKeepsItsOwnJobStillCounts() {
        CuePassFixture f = found("can our spam classifier also write the newsletter");
        assertEquals(1, f.extra.size());
        assertEquals(CueHit.State.COUNTED, f.at("classifier").state);
    }
}
