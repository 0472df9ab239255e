package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training learns, is deterministic for a seed, and calibration only ever improves held-out log-loss. */
class ClassifierTrainerTest {

    private static final FeatureHashing SMALL = new FeatureHashing(1 << 10, 2);

    /**
     * Noisy two-label data: each word of a "positive" text is drawn from the positive vocabulary with
     * probability {@code signal}, else from the negative one, and the other way round; {@code flip} of the
     * labels are then flipped. Noise makes a long-trained model over-confident, which calibration must fix.
     */
    private static List<LabelledExample> noisy(Random random, int n, double signal, double flip) {
        String[] positive = {"good", "great", "fine", "lovely", "superb", "fun", "warm", "bright"};
        String[] negative = {"bad", "awful", "dull", "boring", "weak", "cold", "grim", "poor"};
        List<LabelledExample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean isPositive = random.nextBoolean();
            StringBuilder text = new StringBuilder();
            for (int w = 0, words = 3 + random.nextInt(8); w < words; w++) {
                String[] from = (random.nextDouble() < signal) == isPositive ? positive : negative;
                text.append(from[random.nextInt(from.length)]).append(' ');
            }
            boolean label = random.nextDouble() < flip ? !isPositive : isPositive;
            out.add(new LabelledExample(text.toString(), label ? "positive" : "negative"));
        }
        return out;
    }

    private static EncodedDataset encode(List<LabelledExample> examples) {
        return EncodedDataset.encode(examples, TinySentiment.LABELS, SMALL, InputFormat.PLAIN);
    }

    @Test
    void learnsASmallSeparableDatasetPerfectly() {
        LinearClassifier model = TinySentiment.model(1);
        assertEquals(1.0, Evaluation.of(model, TinySentiment.encoded()).accuracy());
        for (LabelledExample example : TinySentiment.EXAMPLES) {
            assertEquals(example.label(), model.labels().get(model.predict(example.text()).labelIndex()), example.text());
        }
    }

    @Test
    void sameSeedGivesTheSameModel() {
        LinearClassifier first = TinySentiment.model(42), second = TinySentiment.model(42);
        assertArrayEquals(first.weights(), second.weights());
        assertArrayEquals(first.bias(), second.bias());
        assertArrayEquals(first.predict("a great film").probabilities(), second.predict("a great film").probabilities(), 0.0);
    }

    @Test
    void differentSeedsGiveDifferentModels() {
        LinearClassifier first = TinySentiment.model(42), second = TinySentiment.model(43);
        assertFalse(Arrays.equals(first.weights(), second.weights()));
    }

    @Test
    void reportsEveryEpochWithValidationScoresOnlyWhenGivenValidationData() {
        List<Integer> epochs = new ArrayList<>();
        List<Evaluation> validations = new ArrayList<>();
        TrainingOptions options = TinySentiment.options(1).withEpochs(5);
        ClassifierTrainer.train(TinySentiment.encoded(), null, InputFormat.PLAIN, options, (epoch, of, loss, validation) -> {
            assertEquals(5, of);
            epochs.add(epoch);
            validations.add(validation);
        });
        assertEquals(List.of(1, 2, 3, 4, 5), epochs);
        validations.forEach(v -> assertNull(v));

        validations.clear();
        ClassifierTrainer.train(TinySentiment.encoded(), TinySentiment.encoded(), InputFormat.PLAIN, options,
                (epoch, of, loss, validation) -> validations.add(validation));
        assertEquals(5, validations.size());
        validations.forEach(v -> assertNotNull(v));
    }

    @Test
    void trainingLossFallsOnSeparableData() {
        List<Double> losses = new ArrayList<>();
        ClassifierTrainer.train(TinySentiment.encoded(), null, InputFormat.PLAIN, TinySentiment.options(1),
                (epoch, of, loss, validation) -> losses.add(loss));
        assertTrue(losses.get(losses.size() - 1) < losses.get(0) / 4, losses::toString);
    }

    @Test
    void calibrationNeverIncreasesHeldOutLogLoss() {
        Random random = new Random(31);
        for (int trial = 0; trial < 12; trial++) {
            double signal = 0.6 + 0.3 * random.nextDouble(), flip = 0.2 * random.nextDouble();
            EncodedDataset train = encode(noisy(random, 300, signal, flip));
            EncodedDataset heldOut = encode(noisy(random, 200, signal, flip));
            TrainingOptions options = new TrainingOptions(SMALL, 1 + random.nextInt(30), 0.05 + random.nextDouble() / 2, 0, trial);
            LinearClassifier model = ClassifierTrainer.train(train, null, InputFormat.PLAIN, options, ClassifierTrainer.Progress.SILENT);
            LinearClassifier calibrated = ClassifierTrainer.calibrate(model, heldOut);
            double before = Evaluation.of(model, heldOut).logLoss(), after = Evaluation.of(calibrated, heldOut).logLoss();
            String context = "trial " + trial + " " + options + ": log-loss " + before + " -> " + after
                    + " at temperature " + calibrated.temperature();
            assertTrue(after <= before + 1e-12, context);
            assertTrue(calibrated.temperature() >= 0.05f && calibrated.temperature() <= 20f, context);
        }
    }

    @Test
    void calibrationKeepsEveryPredictedLabel() {
        Random random = new Random(32);
        EncodedDataset train = encode(noisy(random, 300, 0.7, 0.1)), heldOut = encode(noisy(random, 200, 0.7, 0.1));
        LinearClassifier model = ClassifierTrainer.train(train, null, InputFormat.PLAIN,
                new TrainingOptions(SMALL, 30, 0.5, 0, 1), ClassifierTrainer.Progress.SILENT);
        LinearClassifier calibrated = ClassifierTrainer.calibrate(model, heldOut);
        assertTrue(calibrated.temperature() != 1f);
        for (int i = 0; i < 500; i++) {
            String text = RandomText.words(random, 10) + " " + noisy(random, 1, 0.7, 0).get(0).text();
            assertEquals(model.predict(text).labelIndex(), calibrated.predict(text).labelIndex(), text);
        }
    }

    @Test
    void calibratingOnNoHeldOutDataKeepsTheTemperature() {
        EncodedDataset empty = encode(List.of());
        LinearClassifier model = TinySentiment.model(1);
        assertEquals(1f, ClassifierTrainer.calibrate(model, empty).temperature());
    }

    @Test
    void rejectsInvalidTrainingOptions() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingOptions(SMALL, 0, 0.1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new TrainingOptions(SMALL, 1, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new TrainingOptions(SMALL, 1, Double.NaN, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new TrainingOptions(SMALL, 1, 0.1, -1e-9, 1));
    }

    @Test
    void encodingRejectsALabelOutsideTheLabelList() {
        List<LabelledExample> examples = List.of(new LabelledExample("meh", "neutral"));
        assertThrows(IllegalArgumentException.class,
                () -> EncodedDataset.encode(examples, TinySentiment.LABELS, SMALL, InputFormat.PLAIN));
    }

    @Test
    void encodingNumbersLabelsByTheirPositionInTheLabelList() {
        EncodedDataset data = EncodedDataset.encode(List.of(new LabelledExample("good", "positive"),
                new LabelledExample("bad", "negative")), TinySentiment.LABELS, SMALL, InputFormat.PLAIN);
        assertArrayEquals(new int[] {1, 0}, data.labelIds());
        assertEquals(2, data.size());
    }
}
