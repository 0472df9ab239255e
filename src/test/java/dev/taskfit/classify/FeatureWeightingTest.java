package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Naive-Bayes feature weighting: what the values are, and that training folds them into ordinary weights. */
class FeatureWeightingTest {

    private static final FeatureHashing HASHING = new FeatureHashing(1 << 12, 1);

    private static int bucket(String word) {
        FeatureBuffer buffer = new FeatureBuffer(4);
        HASHING.extract(word, 0, buffer);
        return buffer.toArray()[0];
    }

    @Test
    void noWeightingHasNoValues() {
        assertNull(FeatureWeighting.NONE.values(TinySentiment.encoded(), HASHING.buckets()));
    }

    @Test
    void twoLabelValuesAreAbsoluteSmoothedLogCountRatiosOfDocumentFrequencies() {
        List<LabelledExample> examples = List.of(
                new LabelledExample("good good good film", "positive"),
                new LabelledExample("good film", "positive"),
                new LabelledExample("bad film", "negative"),
                new LabelledExample("film", "negative"));
        EncodedDataset data = EncodedDataset.encode(examples, TinySentiment.LABELS, HASHING, InputFormat.PLAIN);
        float[] values = FeatureWeighting.NAIVE_BAYES.values(data, HASHING.buckets());
        int buckets = HASHING.buckets();
        // Documents (not occurrences) per label: negative: bad 1, film 2; positive: good 2, film 2. Two distinct
        // buckets in each label, add-one smoothing over every bucket.
        double negativeTotal = 3 + buckets, positiveTotal = 4 + buckets;
        double good = Math.abs(Math.log((2 + 1) / positiveTotal) - Math.log((0 + 1) / negativeTotal));
        double bad = Math.abs(Math.log((0 + 1) / positiveTotal) - Math.log((1 + 1) / negativeTotal));
        double film = Math.abs(Math.log((2 + 1) / positiveTotal) - Math.log((2 + 1) / negativeTotal));
        assertEquals(good, values[bucket("good")], 1e-6);
        assertEquals(bad, values[bucket("bad")], 1e-6);
        assertEquals(film, values[bucket("film")], 1e-6);
        assertTrue(values[bucket("good")] > values[bucket("film")] && values[bucket("bad")] > values[bucket("film")]);
    }

    @Test
    void moreLabelsUseTheSpreadOfThePerLabelLogProbabilities() {
        List<String> labels = List.of("a", "b", "c");
        List<LabelledExample> examples = List.of(
                new LabelledExample("x", "a"), new LabelledExample("x y", "b"), new LabelledExample("z", "c"));
        EncodedDataset data = EncodedDataset.encode(examples, labels, HASHING, InputFormat.PLAIN);
        float[] values = FeatureWeighting.NAIVE_BAYES.values(data, HASHING.buckets());
        int buckets = HASHING.buckets();
        double[] logTotal = {Math.log(1 + buckets), Math.log(2 + buckets), Math.log(1 + buckets)};
        double[] x = {Math.log(2) - logTotal[0], Math.log(2) - logTotal[1], Math.log(1) - logTotal[2]};
        double spread = Math.max(x[0], Math.max(x[1], x[2])) - Math.min(x[0], Math.min(x[1], x[2]));
        assertEquals(spread, values[bucket("x")], 1e-6);
    }

    @Test
    void aWeightedModelIsAnOrdinaryModelWithTheValuesFoldedIn() {
        Random random = new Random(5);
        List<LabelledExample> examples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            examples.add(TinySentiment.EXAMPLES.get(random.nextInt(TinySentiment.EXAMPLES.size())));
        }
        EncodedDataset train = EncodedDataset.encode(examples, TinySentiment.LABELS, TinySentiment.HASHING, InputFormat.PLAIN);
        TrainingOptions options = new TrainingOptions(TinySentiment.HASHING, FeatureWeighting.NAIVE_BAYES, 5, 0.2, 1e-4, 3);
        List<Evaluation> perEpoch = new ArrayList<>();
        LinearClassifier model = ClassifierTrainer.train(train, TinySentiment.encoded(), InputFormat.PLAIN, options,
                (epoch, epochs, loss, validation) -> perEpoch.add(validation));
        Evaluation last = perEpoch.get(perEpoch.size() - 1);
        Evaluation again = Evaluation.of(model, TinySentiment.encoded());
        assertEquals(1.0, again.accuracy());
        assertEquals(last.logLoss(), again.logLoss(), 0.0);
        assertArrayEquals(last.confusion(), again.confusion());
        LinearClassifier same = ClassifierTrainer.train(train, null, InputFormat.PLAIN, options, ClassifierTrainer.Progress.SILENT);
        assertArrayEquals(model.weights(), same.weights());
    }

    @Test
    void weightingChangesWhatIsLearned() {
        EncodedDataset train = TinySentiment.encoded();
        LinearClassifier plain = ClassifierTrainer.train(train, null, InputFormat.PLAIN,
                new TrainingOptions(TinySentiment.HASHING, FeatureWeighting.NONE, 5, 0.2, 0, 1), ClassifierTrainer.Progress.SILENT);
        LinearClassifier weighted = ClassifierTrainer.train(train, null, InputFormat.PLAIN,
                new TrainingOptions(TinySentiment.HASHING, FeatureWeighting.NAIVE_BAYES, 5, 0.2, 0, 1), ClassifierTrainer.Progress.SILENT);
        assertFalse(java.util.Arrays.equals(plain.weights(), weighted.weights()));
        assertArrayEquals(TinySentiment.model(1).weights(), ClassifierTrainer.train(train, null, InputFormat.PLAIN,
                TinySentiment.options(1), ClassifierTrainer.Progress.SILENT).weights());
    }
}
