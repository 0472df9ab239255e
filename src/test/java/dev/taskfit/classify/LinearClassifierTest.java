package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Predictions are probability distributions, repeatable, thread-safe, and temperature only rescales them. */
class LinearClassifierTest {

    private static final LinearClassifier TRAINED = TinySentiment.model(7);

    /** A classifier with random weights over {@code k} labels: the properties must hold for any weights. */
    private static LinearClassifier randomModel(Random random, int k) {
        FeatureHashing hashing = new FeatureHashing(1 << 8, 1 + random.nextInt(3));
        float[] weights = new float[hashing.buckets() * k];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (random.nextGaussian() * 3);
        }
        float[] bias = new float[k];
        for (int i = 0; i < k; i++) {
            bias[i] = (float) random.nextGaussian();
        }
        List<String> labels = IntStream.range(0, k).mapToObj(i -> "label" + i).toList();
        return new LinearClassifier(labels, hashing, InputFormat.PLAIN, weights, bias, 0.3f + 3 * random.nextFloat());
    }

    private static void assertIsADistribution(double[] probabilities, String text) {
        double sum = 0;
        for (double p : probabilities) {
            assertTrue(p >= 0 && p <= 1, () -> Arrays.toString(probabilities) + " for " + RandomText.describe(text));
            sum += p;
        }
        assertEquals(1.0, sum, 1e-9, () -> Arrays.toString(probabilities) + " for " + RandomText.describe(text));
    }

    @Test
    void probabilitiesOfTheTrainedModelSumToOneAndLieInTheUnitInterval() {
        Random random = new Random(21);
        for (int i = 0; i < 5_000; i++) {
            String text = RandomText.any(random);
            assertIsADistribution(TRAINED.predict(text).probabilities(), text);
        }
    }

    @Test
    void probabilitiesSumToOneForAnyWeightsAndLabelCount() {
        Random random = new Random(22);
        for (int k = 2; k <= 6; k++) {
            LinearClassifier model = randomModel(random, k);
            for (int i = 0; i < 1_000; i++) {
                String text = RandomText.any(random);
                double[] probabilities = model.predict(text).probabilities();
                assertEquals(k, probabilities.length);
                assertIsADistribution(probabilities, text);
            }
        }
    }

    @Test
    void saturatedScoresStillGiveADistribution() {
        FeatureHashing hashing = new FeatureHashing(4, 1);
        float[] weights = new float[hashing.buckets() * 3];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (i % 3 == 1 ? 1e30f : -1e30f);
        }
        LinearClassifier model = new LinearClassifier(List.of("a", "b", "c"), hashing, InputFormat.PLAIN, weights,
                new float[3], 0.05f);
        LinearClassifier.Prediction prediction = model.predict("anything at all");
        assertIsADistribution(prediction.probabilities(), "anything at all");
        assertEquals(1, prediction.labelIndex());
        assertEquals(1.0, prediction.confidence());
    }

    @Test
    void theWinningLabelHasTheLargestProbability() {
        Random random = new Random(23);
        LinearClassifier model = randomModel(random, 4);
        for (int i = 0; i < 2_000; i++) {
            LinearClassifier.Prediction prediction = model.predict(RandomText.any(random));
            for (double p : prediction.probabilities()) {
                assertTrue(prediction.confidence() >= p);
            }
        }
    }

    @Test
    void sameTextGivesTheSamePrediction() {
        Random random = new Random(24);
        for (int i = 0; i < 2_000; i++) {
            String text = RandomText.any(random);
            LinearClassifier.Prediction first = TRAINED.predict(text);
            LinearClassifier.Prediction second = TRAINED.predict(new String(text.toCharArray()));
            assertEquals(first.labelIndex(), second.labelIndex());
            assertArrayEquals(first.probabilities(), second.probabilities(), 0.0);
        }
    }

    @Test
    void predictIntoAgreesWithPredict() {
        Random random = new Random(25);
        double[] reused = new double[2];
        for (int i = 0; i < 2_000; i++) {
            String text = RandomText.any(random);
            LinearClassifier.Prediction prediction = TRAINED.predict(text);
            assertEquals(prediction.labelIndex(), TRAINED.predictInto(text, reused));
            assertArrayEquals(prediction.probabilities(), reused, 0.0);
        }
    }

    @Test
    void predictionsFromManyThreadsMatchOneThread() {
        Random random = new Random(26);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            texts.add(RandomText.any(random));
        }
        List<double[]> sequential = texts.stream().map(t -> TRAINED.predict(t).probabilities()).toList();
        List<double[]> parallel = texts.parallelStream().map(t -> TRAINED.predict(t).probabilities()).toList();
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(sequential.get(i), parallel.get(i), 0.0);
        }
    }

    @Test
    void aTextWithoutTokensGetsTheSoftmaxOfTheBias() {
        LinearClassifier model = TRAINED.withTemperature(0.5f);
        float[] bias = model.bias();
        double z0 = Math.exp(bias[0] / 0.5), z1 = Math.exp(bias[1] / 0.5);
        for (String empty : List.of("", "   ", "... --- ,,,")) {
            double[] probabilities = model.predict(empty).probabilities();
            assertEquals(z0 / (z0 + z1), probabilities[0], 1e-9);
            assertEquals(z1 / (z0 + z1), probabilities[1], 1e-9);
        }
    }

    @Test
    void classifiesItsTrainingReviews() {
        assertEquals("positive", TRAINED.labels().get(TRAINED.predict("a wonderful film, I loved it").labelIndex()));
        assertEquals("negative", TRAINED.labels().get(TRAINED.predict("a terrible film, I hated it").labelIndex()));
    }

    @Test
    void temperatureChangesConfidenceButNeverTheLabel() {
        Random random = new Random(27);
        LinearClassifier sharp = TRAINED.withTemperature(0.5f), soft = TRAINED.withTemperature(2f);
        boolean sawADifference = false;
        for (int i = 0; i < 2_000; i++) {
            String text = RandomText.words(random, 12);
            LinearClassifier.Prediction atOne = TRAINED.predict(text), atSharp = sharp.predict(text), atSoft = soft.predict(text);
            assertEquals(atOne.labelIndex(), atSharp.labelIndex());
            assertEquals(atOne.labelIndex(), atSoft.labelIndex());
            assertTrue(atSharp.confidence() >= atOne.confidence() - 1e-12, () -> RandomText.describe(text));
            assertTrue(atOne.confidence() >= atSoft.confidence() - 1e-12, () -> RandomText.describe(text));
            sawADifference |= atSharp.confidence() > atOne.confidence() && atOne.confidence() > atSoft.confidence();
        }
        assertTrue(sawADifference);
    }

    @Test
    void withTemperatureLeavesTheOriginalUnchanged() {
        LinearClassifier other = TRAINED.withTemperature(3f);
        assertEquals(1f, TRAINED.temperature());
        assertEquals(3f, other.temperature());
        assertNotEquals(TRAINED.predict("great").confidence(), other.predict("great").confidence());
    }

    @Test
    void rejectsFewerThanTwoLabels() {
        FeatureHashing hashing = new FeatureHashing(4, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new LinearClassifier(List.of("only"), hashing, InputFormat.PLAIN, new float[4], new float[1], 1f));
    }

    @Test
    void rejectsWeightsOrBiasOfTheWrongSize() {
        FeatureHashing hashing = new FeatureHashing(4, 1);
        List<String> labels = List.of("a", "b");
        assertThrows(IllegalArgumentException.class,
                () -> new LinearClassifier(labels, hashing, InputFormat.PLAIN, new float[7], new float[2], 1f));
        assertThrows(IllegalArgumentException.class,
                () -> new LinearClassifier(labels, hashing, InputFormat.PLAIN, new float[8], new float[3], 1f));
    }

    @Test
    void rejectsATemperatureThatIsNotPositive() {
        FeatureHashing hashing = new FeatureHashing(4, 1);
        for (float temperature : new float[] {0f, -1f, Float.NaN, Float.NEGATIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> new LinearClassifier(List.of("a", "b"), hashing,
                    InputFormat.PLAIN, new float[8], new float[2], temperature), () -> "temperature " + temperature);
        }
    }

    @Test
    void keepsItsOwnCopyOfTheLabels() {
        List<String> labels = new ArrayList<>(List.of("a", "b"));
        LinearClassifier model = new LinearClassifier(labels, new FeatureHashing(4, 1), InputFormat.PLAIN,
                new float[8], new float[2], 1f);
        labels.set(0, "changed");
        assertEquals(List.of("a", "b"), model.labels());
        assertThrows(UnsupportedOperationException.class, () -> model.labels().add("c"));
        assertFalse(model.labels().contains("changed"));
    }
}
