package dev.taskfit.generate.ngram;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NgramModelFileTest {

    @ParameterizedTest(name = "order {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aModelReadBackGivesIdenticalProbabilities(int order) throws IOException {
        KneserNeyModel model = SmallCorpus.model(order);
        KneserNeyModel read = NgramModelFile.read(bytesOf(model));
        assertEquals(model.vocabulary().size(), read.vocabulary().size());
        for (int[] context : SmallCorpus.contexts(model)) {
            for (int word = 0; word < model.vocabulary().size(); word++) {
                assertEquals(model.probability(context, word), read.probability(context, word), 0.0);
            }
        }
    }

    @Test
    void writingIsDeterministicAndReadingThenWritingGivesTheSameBytes() throws IOException {
        byte[] first = bytesOf(SmallCorpus.model(4));
        assertArrayEquals(first, bytesOf(SmallCorpus.model(4)));
        assertArrayEquals(first, bytesOf(NgramModelFile.read(first)));
    }

    @Test
    void provenanceSurvivesTheFile() throws IOException {
        KneserNeyModel model = KneserNeyTrainer.train(SmallCorpus.sentences(),
                new NgramTrainingOptions("tiny", 3, 3, "inline corpus “quoted”", "none held out"));
        model = model.withProvenance(model.provenance().withHeldOut(12, 0.25, 42.5));
        NgramProvenance read = NgramModelFile.read(bytesOf(model)).provenance();
        assertEquals(model.provenance(), read);
        assertEquals("tiny", read.name());
        assertEquals(42.5, read.heldOutPerplexity());
        assertTrue(read.pruning().contains("order 3"));
    }

    @Test
    void aCorruptedFileIsRejected() throws IOException {
        byte[] bytes = bytesOf(SmallCorpus.model(3));
        bytes[bytes.length / 2] ^= 1;
        IOException error = assertThrows(IOException.class, () -> NgramModelFile.read(bytes));
        assertTrue(error.getMessage().contains("checksum"));
    }

    @Test
    void somethingElseIsNotTakenForAModel() {
        assertThrows(IOException.class, () -> NgramModelFile.read("not a model at all".getBytes()));
    }

    @Test
    void aMissingResourceIsReportedByName() {
        Exception error = assertThrows(java.io.UncheckedIOException.class,
                () -> NgramModelFile.readResource("models/ngram/no-such-model.bin"));
        assertTrue(error.getMessage().contains("no-such-model.bin"));
    }

    static byte[] bytesOf(KneserNeyModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NgramModelFile.write(model, out);
        return out.toByteArray();
    }
}
