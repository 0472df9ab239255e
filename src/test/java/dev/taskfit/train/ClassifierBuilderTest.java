package dev.taskfit.train;

import dev.taskfit.classify.DatasetSplit;
import dev.taskfit.classify.EncodedDataset;
import dev.taskfit.classify.Evaluation;
import dev.taskfit.classify.ClassifierTrainer;
import dev.taskfit.classify.FeatureHashing;
import dev.taskfit.classify.FeatureWeighting;
import dev.taskfit.classify.InputFormat;
import dev.taskfit.classify.LabelledExample;
import dev.taskfit.classify.LinearClassifier;
import dev.taskfit.classify.ModelCard;
import dev.taskfit.classify.TrainingOptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building a model the honest way: tuned on validation, measured once on a test part it never saw. */
class ClassifierBuilderTest {

    private static final ClassifierBuilder.SearchSpace SPACE = new ClassifierBuilder.SearchSpace(
            List.of(new FeatureHashing(1 << 10, 1), new FeatureHashing(1 << 10, 2)),
            List.of(FeatureWeighting.NONE, FeatureWeighting.NAIVE_BAYES), List.of(0.1, 0.3), List.of(0.0, 1e-4), 6, 99L);

    private static final ModelCard.Dataset DATASET = new ModelCard.Dataset("inline", "none", "-", 0, 0);

    /** Short texts whose words lean towards their label, with some noise, so that there is something to learn. */
    private static List<LabelledExample> examples(int n) {
        String[] positive = {"good", "great", "fine", "lovely", "superb", "fun"};
        String[] negative = {"bad", "awful", "dull", "boring", "weak", "poor"};
        Random random = new Random(91);
        List<LabelledExample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean isPositive = random.nextBoolean();
            StringBuilder text = new StringBuilder("review " + i);
            for (int w = 0; w < 5; w++) {
                String[] from = (random.nextDouble() < 0.75) == isPositive ? positive : negative;
                text.append(' ').append(from[random.nextInt(from.length)]);
            }
            out.add(new LabelledExample(text.toString(), isPositive ? "positive" : "negative"));
        }
        return out;
    }

    private static ClassifierBuilder.Built build(List<LabelledExample> examples) {
        PrintStream silent = new PrintStream(new ByteArrayOutputStream());
        return new ClassifierBuilder(silent).build("tiny", "a test model", examples, InputFormat.PLAIN, SPACE, DATASET, "fp");
    }

    private static List<LabelledExample> part(List<LabelledExample> examples, DatasetSplit split) {
        return examples.stream().filter(e -> DatasetSplit.of(e.text()) == split).toList();
    }

    @Test
    void theSplitCountsAddUpAndTheMetricsComeFromTheTestPart() {
        List<LabelledExample> examples = examples(600);
        ClassifierBuilder.Built built = build(examples);
        ModelCard.Split split = built.card().split();
        assertEquals(part(examples, DatasetSplit.TRAIN).size(), split.train());
        assertEquals(part(examples, DatasetSplit.VALIDATION).size(), split.validation());
        assertEquals(part(examples, DatasetSplit.TEST).size(), split.test());
        assertEquals(examples.size(), split.train() + split.validation() + split.test());

        Evaluation metrics = built.card().metrics();
        Evaluation again = Evaluation.of(built.model(), EncodedDataset.encode(part(examples, DatasetSplit.TEST),
                built.model().labels(), built.model().hashing(), InputFormat.PLAIN));
        assertEquals(split.test(), metrics.examples());
        assertEquals(again.accuracy(), metrics.accuracy());
        assertArrayEquals(again.confusion(), metrics.confusion());
        assertTrue(metrics.accuracy() > 0.8, "accuracy " + metrics.accuracy());
    }

    @Test
    void theTestPartNeverInfluencesTheModel() {
        List<LabelledExample> examples = examples(600);
        List<LabelledExample> testLabelsFlipped = examples.stream()
                .map(e -> DatasetSplit.of(e.text()) != DatasetSplit.TEST ? e
                        : new LabelledExample(e.text(), e.label().equals("positive") ? "negative" : "positive"))
                .toList();
        ClassifierBuilder.Built honest = build(examples), flipped = build(testLabelsFlipped);
        assertEquals(honest.card().hyperparameters(), flipped.card().hyperparameters());
        for (LabelledExample example : examples) {
            assertArrayEquals(honest.model().predict(example.text()).probabilities(),
                    flipped.model().predict(example.text()).probabilities(), 0.0, example.text());
        }
        assertNotEquals(honest.card().metrics().accuracy(), flipped.card().metrics().accuracy());
    }

    @Test
    void buildingTwiceGivesTheSameCard() throws Exception {
        List<LabelledExample> examples = examples(400);
        assertEquals(ShippedModelsBuild.JSON.writeValueAsString(build(examples).card()),
                ShippedModelsBuild.JSON.writeValueAsString(build(examples).card()));
    }

    @Test
    void theCardRecordsTheChosenConfiguration() {
        ClassifierBuilder.Built built = build(examples(400));
        ModelCard.Hyperparameters chosen = built.card().hyperparameters();
        assertTrue(SPACE.learningRates().contains(chosen.learningRate()), chosen::toString);
        assertTrue(SPACE.l2s().contains(chosen.l2()), chosen::toString);
        assertTrue(List.of("none", "naive_bayes").contains(chosen.weighting()), chosen::toString);
        assertTrue(chosen.epochs() >= 1 && chosen.epochs() <= SPACE.maxEpochs(), chosen::toString);
        assertEquals(SPACE.seed(), chosen.seed());
        assertEquals(built.model().hashing(), new FeatureHashing(chosen.buckets(), chosen.wordNgrams()));
        assertEquals(built.model().temperature(), (float) chosen.temperature());
        assertEquals(List.of("negative", "positive"), built.card().labels());
        assertEquals("plain", built.card().inputFormat());
        assertEquals("fp", built.card().fingerprint());
    }

    @Test
    void theTemperatureIsTheOneFittedOnValidationForTheChosenConfigurationTrainedOnTrain() {
        List<LabelledExample> examples = examples(600);
        ClassifierBuilder.Built built = build(examples);
        ModelCard.Hyperparameters chosen = built.card().hyperparameters();
        FeatureHashing hashing = built.model().hashing();
        List<String> labels = built.model().labels();
        TrainingOptions options = new TrainingOptions(hashing, FeatureWeighting.valueOf(chosen.weighting().toUpperCase(Locale.ROOT)),
                chosen.epochs(), chosen.learningRate(), chosen.l2(), chosen.seed());
        LinearClassifier onTrain = ClassifierTrainer.train(
                EncodedDataset.encode(part(examples, DatasetSplit.TRAIN), labels, hashing, InputFormat.PLAIN), null,
                InputFormat.PLAIN, options, ClassifierTrainer.Progress.SILENT);
        float refitted = ClassifierTrainer.calibrate(onTrain,
                EncodedDataset.encode(part(examples, DatasetSplit.VALIDATION), labels, hashing, InputFormat.PLAIN)).temperature();
        assertEquals(refitted, (float) chosen.temperature());
    }

    @Test
    void needsAtLeastTwoLabels() {
        List<LabelledExample> one = List.of(new LabelledExample("a", "x"), new LabelledExample("b", "x"));
        assertThrows(IllegalArgumentException.class, () -> build(one));
    }
}
