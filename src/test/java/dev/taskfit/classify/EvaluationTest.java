package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Held-out metrics, checked against a confusion matrix worked by hand and against the model's own predictions. */
class EvaluationTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    @Test
    void metricsOfAKnownConfusionMatrix() {
        // Rows are the true label, columns the predicted one. By hand:
        //   a: TP 5, predicted 5+2+0 = 7, actual 5+1+0 = 6 -> P 5/7, R 5/6, F1 = 2TP/(2TP+FP+FN) = 10/13
        //   b: TP 3, predicted 1+3+0 = 4, actual 2+3+1 = 6 -> P 3/4, R 3/6, F1 = 6/(6+1+3) = 3/5
        //   c: TP 4, predicted 0+1+4 = 5, actual 0+0+4 = 4 -> P 4/5, R 4/4, F1 = 8/(8+1+0) = 8/9
        //   accuracy = (5+3+4)/16 = 3/4; macro-F1 = (10/13 + 3/5 + 8/9)/3
        int[][] confusion = {
                {5, 1, 0},
                {2, 3, 1},
                {0, 0, 4}};
        Evaluation e = Evaluation.fromConfusion(ABC, confusion, 0.42);
        assertEquals(16, e.examples());
        assertEquals(0.75, e.accuracy(), 1e-15);
        assertEquals((10.0 / 13 + 3.0 / 5 + 8.0 / 9) / 3, e.macroF1(), 1e-15);
        assertEquals(0.42, e.logLoss());
        assertEquals(ABC, e.labels());

        assertMetrics("a", 5.0 / 7, 5.0 / 6, 10.0 / 13, 6, e.perLabel().get(0));
        assertMetrics("b", 3.0 / 4, 3.0 / 6, 3.0 / 5, 6, e.perLabel().get(1));
        assertMetrics("c", 4.0 / 5, 1.0, 8.0 / 9, 4, e.perLabel().get(2));
    }

    private static void assertMetrics(String label, double precision, double recall, double f1, int support,
                                      Evaluation.LabelMetrics actual) {
        assertEquals(label, actual.label());
        assertEquals(precision, actual.precision(), 1e-15, label);
        assertEquals(recall, actual.recall(), 1e-15, label);
        assertEquals(f1, actual.f1(), 1e-15, label);
        assertEquals(support, actual.support(), label);
    }

    @Test
    void perfectPredictionsScoreOne() {
        Evaluation e = Evaluation.fromConfusion(ABC, new int[][] {{3, 0, 0}, {0, 2, 0}, {0, 0, 9}}, 0);
        assertEquals(1.0, e.accuracy());
        assertEquals(1.0, e.macroF1(), 1e-15);
    }

    @Test
    void aLabelNeverPredictedHasPrecisionAndF1ZeroNotNaN() {
        Evaluation e = Evaluation.fromConfusion(List.of("x", "y"), new int[][] {{4, 0}, {3, 0}}, 0);
        Evaluation.LabelMetrics y = e.perLabel().get(1);
        assertEquals(0.0, y.precision());
        assertEquals(0.0, y.recall());
        assertEquals(0.0, y.f1());
        assertEquals(4.0 / 7, e.accuracy(), 1e-15);
    }

    @Test
    void aLabelWithoutExamplesHasRecallZeroNotNaN() {
        Evaluation e = Evaluation.fromConfusion(List.of("x", "y"), new int[][] {{4, 1}, {0, 0}}, 0);
        Evaluation.LabelMetrics y = e.perLabel().get(1);
        assertEquals(0, y.support());
        assertEquals(0.0, y.recall());
        assertEquals(0.0, y.precision());
    }

    @Test
    void noExamplesGiveZerosNotNaN() {
        Evaluation e = Evaluation.of(TinySentiment.model(1), EncodedDataset.encode(List.of(), TinySentiment.LABELS,
                TinySentiment.HASHING, InputFormat.PLAIN));
        assertEquals(0, e.examples());
        assertEquals(0.0, e.accuracy());
        assertEquals(0.0, e.macroF1());
        assertEquals(0.0, e.logLoss());
    }

    @Test
    void evaluatingAModelAgreesWithItsOwnPredictions() {
        LinearClassifier model = TinySentiment.model(5).withTemperature(0.6f);
        List<LabelledExample> examples = List.of(
                new LabelledExample("a wonderful film", "positive"),
                new LabelledExample("boring and awful", "negative"),
                new LabelledExample("a boring masterpiece", "positive"),
                new LabelledExample("wonderful waste of money", "negative"),
                new LabelledExample("", "positive"),
                new LabelledExample("I hated every minute", "positive"));
        int[][] confusion = new int[2][2];
        double loss = 0;
        for (LabelledExample example : examples) {
            LinearClassifier.Prediction prediction = model.predict(example.text());
            int actual = model.labels().indexOf(example.label());
            confusion[actual][prediction.labelIndex()]++;
            loss -= Math.log(prediction.probabilities()[actual]);
        }
        Evaluation e = Evaluation.of(model, EncodedDataset.encode(examples, model.labels(), model.hashing(), model.format()));
        assertArrayEquals(confusion, e.confusion());
        assertEquals(loss / examples.size(), e.logLoss(), 1e-12);
        assertTrue(e.accuracy() < 1.0, "the fixture holds mistakes, so accuracy must see them");
    }
}
