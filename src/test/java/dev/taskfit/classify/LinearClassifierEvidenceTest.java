package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearClassifierEvidenceTest {

    private static final List<LabelledExample> DATA = List.of(
            new LabelledExample("a wonderful film", "positive"), new LabelledExample("wonderful acting", "positive"),
            new LabelledExample("a dreadful film", "negative"), new LabelledExample("dreadful acting", "negative"));

    private static LinearClassifier model(FeatureHashing hashing) {
        EncodedDataset encoded = EncodedDataset.encode(DATA, List.of("negative", "positive"), hashing, InputFormat.PLAIN);
        return ClassifierTrainer.train(encoded, null, InputFormat.PLAIN, new TrainingOptions(hashing, 20, 0.3, 0, 1),
                ClassifierTrainer.Progress.SILENT);
    }

    @Test
    void theStrongestEvidenceIsTheWordThatDecides() {
        LinearClassifier model = model(new FeatureHashing(1 << 12, 1));
        List<LinearClassifier.Evidence> evidence = model.evidence("What a WONDERFUL evening", 1, 3);
        assertEquals("WONDERFUL", evidence.get(0).text());
        assertTrue(evidence.get(0).weight() > 0);
    }

    @Test
    void evidenceQuotesWordsAndNgramsAsWritten() {
        LinearClassifier model = model(new FeatureHashing(1 << 12, 2, 4));
        for (LinearClassifier.Evidence e : model.evidence("Dreadful, dreadful acting", 0, 5)) {
            assertTrue("Dreadful, dreadful acting".contains(e.text()), e.text());
        }
    }

    @Test
    void onlyPositiveEvidenceIsListedStrongestFirst() {
        List<LinearClassifier.Evidence> evidence = model(new FeatureHashing(1 << 12, 2)).evidence("a wonderful film", 1, 10);
        for (int i = 0; i < evidence.size(); i++) {
            assertTrue(evidence.get(i).weight() > 0);
            assertTrue(i == 0 || evidence.get(i - 1).weight() >= evidence.get(i).weight());
        }
    }
}
