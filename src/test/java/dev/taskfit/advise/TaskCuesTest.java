package dev.taskfit.advise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cues, one behaviour at a time; the section numbers are LABELLING.md's. */
class TaskCuesTest {

    private static List<String> texts(TaskCues.Reading reading, Cue.Kind kind) {
        return reading.of(kind).stream().map(Cue::text).toList();
    }

    @Test
    void aJudgingVerbIsAJudgingCue() {
        TaskCues.Reading r = TaskCues.read("flag fraudulent card transactions");
        assertEquals(Family.DISCRIMINATIVE, r.verdict());
        assertEquals(List.of("flag"), texts(r, Cue.Kind.JUDGES));
    }

    @Test
    void aProducingVerbIsAProducingCue() {
        TaskCues.Reading r = TaskCues.read("write a haiku about kubernetes");
        assertEquals(Family.GENERATIVE, r.verdict());
        assertTrue(texts(r, Cue.Kind.PRODUCES).contains("write"));
    }

    @Test
    void bothStepsMakeAComposite() {
        TaskCues.Reading r = TaskCues.read("Generate 50 taglines and keep only the ones our sentiment model calls positive");
        assertEquals(Family.COMPOSITE, r.verdict());
        assertTrue(texts(r, Cue.Kind.SEQUENCE).contains("keep only"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Generate a relevance score for each search result|Generate a relevance score",
            "create a yes/no flag column for rows where the claim is likely fraudulent|create a yes/no",
            "write which scene each frame belongs to|write which",
            "summarise each support call as resolved or unresolved|summarise each support call as resolved or unresolved"})
    void theObjectDecidesNotTheVerb(String task, String cue) {                                 // 2.1
        TaskCues.Reading r = TaskCues.read(task);
        assertEquals(Family.DISCRIMINATIVE, r.verdict());
        assertTrue(texts(r, Cue.Kind.JUDGES).contains(cue), () -> texts(r, Cue.Kind.JUDGES).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"predict how a melody continues", "Predict the next eight bars of this jazz solo",
            "predict the missing words in the water-damaged parts of these manuscripts"})
    void aPredictionOfNewContentProduces(String task) {                                        // 2.1
        assertEquals(Family.GENERATIVE, TaskCues.read(task).verdict());
    }

    @Test
    void negatedWordsDoNotCount() {                                                            // 2.2
        TaskCues.Reading r = TaskCues.read("we don't need a classifier, we need new level designs");
        assertEquals(Family.GENERATIVE, r.verdict());
        assertEquals(List.of("don't need a classifier"), texts(r, Cue.Kind.NEGATION));
        assertEquals("discriminative", r.of(Cue.Kind.NEGATION).get(0).detail());
    }

    @Test
    void notJustIsAdditiveNotANegation() {                                                     // 2.2
        assertEquals(Family.COMPOSITE, TaskCues.read("don't just flag the bad reviews, also draft a reply to each of them").verdict());
    }

    @Test
    void aNegatedFilterCollapsesTheComposite() {                                               // 2.2
        assertEquals(Family.GENERATIVE, TaskCues.read("generate captions for the product photos; no need to filter them").verdict());
    }

    @Test
    void aBackwardNegationUndoesWhatCameBefore() {                                             // 2.2
        assertEquals(Family.GENERATIVE,
                TaskCues.read("classify... no, actually we want the model to invent new enemy types").verdict());
    }

    @Test
    void aGenerativeToolForJudgingIsTheWrongFamily() {                                         // 2.3
        TaskCues.Reading r = TaskCues.read("use an LLM to flag spam");
        assertEquals(Family.DISCRIMINATIVE, r.verdict());
        assertEquals(List.of("an LLM to flag"), texts(r, Cue.Kind.WRONG_FAMILY));
    }

    @Test
    void aClassifierForWritingIsTheWrongFamilyAndDoesNotCountAsJudging() {                     // 2.3
        TaskCues.Reading r = TaskCues.read("train a classifier to write product descriptions");
        assertEquals(Family.GENERATIVE, r.verdict());
        assertEquals(List.of("a classifier to write"), texts(r, Cue.Kind.WRONG_FAMILY));
        assertTrue(r.judging().isEmpty());
    }

    @Test
    void aClassifierUsedForItsOwnJobIsNoWarning() {
        TaskCues.Reading r = TaskCues.read("an LLM writes the replies, a moderation model gates what goes out");
        assertEquals(Family.COMPOSITE, r.verdict());
        assertTrue(r.of(Cue.Kind.WRONG_FAMILY).isEmpty());
    }

    @Test
    void sequenceWordsAloneDoNotMakeAComposite() {                                             // 2.14
        assertEquals(Family.DISCRIMINATIVE, TaskCues.read("transcribe each support call, then classify its topic").verdict());
        assertEquals(Family.GENERATIVE, TaskCues.read("write an outline, then expand it into a full article").verdict());
    }

    @Test
    void aStepDoneByAPersonIsNoModelStep() {                                                   // 1
        TaskCues.Reading r = TaskCues.read("generate three logo drafts, then I'll keep the one I like best myself");
        assertEquals(Family.GENERATIVE, r.verdict());
        assertFalse(r.of(Cue.Kind.HUMAN_STEP).isEmpty());
    }

    @Test
    void judgingContentThatExistsIsDiscriminative() {                                          // 2.15
        TaskCues.Reading r = TaskCues.read("detect essays written with an AI generator and mark them for the teacher");
        assertEquals(Family.DISCRIMINATIVE, r.verdict());
        assertFalse(r.of(Cue.Kind.EXISTING_INPUT).isEmpty());
    }

    @Test
    void typosInCueWordsStillCount() {
        assertEquals(Family.DISCRIMINATIVE, TaskCues.read("clasify suport tickets by urgancy").verdict());
        assertEquals(Family.GENERATIVE, TaskCues.read("tranlsate the webiste into spanish").verdict());
    }

    @Test
    void cuesQuoteTheTaskAsWritten() {
        String task = "Draft Replies and CHECK each for Toxicity before sending";
        for (Cue cue : TaskCues.read(task).cues()) {
            assertTrue(task.contains(cue.text()), cue.text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"detect defects in the weld photos,image", "transcribe the voicemails,audio",
            "flag anomalous rows in the transactions table,tabular", "find bugs in each pull request,code",
            "label each tweet's sentiment,text"})
    void modalityIsRead(String task, String modality) {
        assertEquals(modality, TaskCues.read(task).modality());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"keep junk mail out of the inbox,spam", "is the customer happy or unhappy in each review?,sentiment",
            "spot weird readings in the boiler telemetry,"})
    void theShippedClassifierATaskPointsTo(String task, String model) {
        assertEquals(model, TaskCues.read(task).modelHint());
    }

    @Test
    void noCueNoVerdict() {
        TaskCues.Reading r = TaskCues.read("hotdog");
        assertNull(r.verdict());
    }

    @Test
    void labelledDataIsADataCue() {
        assertEquals(List.of("40,000 labelled"), texts(TaskCues.read("we have 40,000 labelled photos of bottles"), Cue.Kind.DATA));
    }

    @Test
    void constraintsExplainButDoNotVote() {
        TaskCues.Reading r = TaskCues.read("the answer must come within 20 milliseconds");
        assertEquals(List.of("within 20 milliseconds"), texts(r, Cue.Kind.CONSTRAINT));
        assertNull(r.verdict());
    }
}
