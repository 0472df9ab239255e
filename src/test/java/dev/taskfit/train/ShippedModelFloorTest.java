package dev.taskfit.train;

import dev.taskfit.classify.ClassifierFile;
import dev.taskfit.classify.DatasetSplit;
import dev.taskfit.classify.LabelledExample;
import dev.taskfit.classify.LinearClassifier;
import dev.taskfit.classify.ModelCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped models, as the build made them, against their documented held-out accuracy floors; and the card
 * of each checked against the data: the test-split accuracy is measured again here, from {@code src/data/}.
 */
class ShippedModelFloorTest {

    /** Acceptance floors on test-split accuracy (issue 2, "Acceptance"). */
    private static final Map<String, Double> FLOORS = Map.of("sentiment", 0.905, "spam", 0.985);

    private static final Path DATA = Path.of("src/data");

    private record Shipped(LinearClassifier model, ModelCard card) {
    }

    private static Shipped load(ShippedClassifier shipped) throws IOException {
        try (InputStream in = ShippedModelFloorTest.class.getResourceAsStream("/models/" + shipped.modelName + ".tfc")) {
            assertNotNull(in, "no /models/" + shipped.modelName + ".tfc on the classpath: the build trains it in process-classes");
            ClassifierFile.Stored stored = ClassifierFile.read(in);
            return new Shipped(stored.model(), ShippedModelsBuild.JSON.readValue(stored.cardJson(), ModelCard.class));
        }
    }

    /** An example with the key that decides its split. */
    private record Keyed(LabelledExample example, String splitKey) {
    }

    /** A shipped dataset as read from {@code src/data/}, divided by {@link DatasetSplit}. */
    private record Dataset(LabelledFileReader.Loaded loaded, Map<DatasetSplit, List<Keyed>> parts) {
        List<LabelledExample> examples(DatasetSplit part) {
            return parts.get(part).stream().map(Keyed::example).toList();
        }
    }

    /** Each dataset is read and split once for all the tests here. */
    private static final Map<ShippedClassifier, Dataset> DATASETS = new EnumMap<>(ShippedClassifier.class);

    private static synchronized Dataset data(ShippedClassifier shipped) throws IOException {
        Dataset cached = DATASETS.get(shipped);
        if (cached == null) {
            cached = read(shipped);
            DATASETS.put(shipped, cached);
        }
        return cached;
    }

    private static Dataset read(ShippedClassifier shipped) throws IOException {
        List<LabelledExample> examples = new ArrayList<>();
        int skipped = 0;
        for (Path file : ShippedModelsBuild.dataFiles(DATA, shipped.dataPrefix)) {
            LabelledFileReader.Loaded loaded = LabelledFileReader.read(file);
            examples.addAll(loaded.examples());
            skipped += loaded.skipped();
        }
        Map<DatasetSplit, List<Keyed>> parts = new EnumMap<>(DatasetSplit.class);
        for (DatasetSplit part : DatasetSplit.values()) {
            parts.put(part, new ArrayList<>());
        }
        for (LabelledExample example : examples) {
            String key = shipped.format.splitKey(example.text());
            parts.get(DatasetSplit.of(key)).add(new Keyed(example, key));
        }
        return new Dataset(new LabelledFileReader.Loaded(examples, skipped), parts);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyShippedModelHasAFloor() {
        for (ShippedClassifier shipped : ShippedClassifier.values()) {
            assertTrue(FLOORS.containsKey(shipped.modelName), "no accuracy floor for " + shipped.modelName);
        }
    }

    @ParameterizedTest
    @EnumSource(ShippedClassifier.class)
    void heldOutAccuracyIsAtLeastTheFloor(ShippedClassifier shipped) throws IOException {
        ModelCard card = load(shipped).card();
        double floor = FLOORS.get(shipped.modelName);
        assertTrue(card.metrics().accuracy() >= floor,
                shipped.modelName + " test accuracy " + card.metrics().accuracy() + " is below its floor " + floor);
    }

    @ParameterizedTest
    @EnumSource(ShippedClassifier.class)
    void theCardDescribesTheModelAndTheDataInSrcData(ShippedClassifier shipped) throws IOException {
        Shipped model = load(shipped);
        ModelCard card = model.card();
        LabelledFileReader.Loaded data = data(shipped).loaded();
        assertEquals(shipped.modelName, card.name());
        assertEquals(model.model().labels(), card.labels());
        assertEquals(shipped.format, model.model().format());
        assertEquals(model.model().hashing().buckets(), card.hyperparameters().buckets());
        assertEquals(model.model().hashing().wordNgrams(), card.hyperparameters().wordNgrams());
        assertEquals(model.model().temperature(), (float) card.hyperparameters().temperature());
        assertEquals(ShippedModelsBuild.sha256(ShippedModelsBuild.dataFiles(DATA, shipped.dataPrefix)), card.dataset().sha256(),
                "the model was built from other data than src/data holds now");
        assertEquals(data.examples().size(), card.dataset().examples());
        assertEquals(data.skipped(), card.dataset().skipped());
    }

    @ParameterizedTest
    @EnumSource(ShippedClassifier.class)
    void theSplitCountsOfTheCardAddUpToTheDataset(ShippedClassifier shipped) throws IOException {
        ModelCard.Split cardSplit = load(shipped).card().split();
        Map<DatasetSplit, List<Keyed>> parts = data(shipped).parts();
        assertEquals(data(shipped).loaded().examples().size(), cardSplit.train() + cardSplit.validation() + cardSplit.test());
        assertEquals(parts.get(DatasetSplit.TRAIN).size(), cardSplit.train());
        assertEquals(parts.get(DatasetSplit.VALIDATION).size(), cardSplit.validation());
        assertEquals(parts.get(DatasetSplit.TEST).size(), cardSplit.test());
        assertEquals(shipped.format.splitRule(), cardSplit.rule());
    }

    @ParameterizedTest
    @EnumSource(ShippedClassifier.class)
    void theCardsTestMetricsAreWhatTheModelScoresOnTheTestSplit(ShippedClassifier shipped) throws IOException {
        Shipped model = load(shipped);
        List<LabelledExample> test = data(shipped).examples(DatasetSplit.TEST);
        List<String> labels = model.model().labels();
        int[][] confusion = new int[labels.size()][labels.size()];
        double[] probabilities = new double[labels.size()];
        int correct = 0;
        double loss = 0;
        for (LabelledExample example : test) {
            int predicted = model.model().predictInto(example.text(), probabilities);
            int actual = labels.indexOf(example.label());
            confusion[actual][predicted]++;
            correct += predicted == actual ? 1 : 0;
            loss -= Math.log(Math.max(probabilities[actual], 1e-12));
        }
        assertEquals(test.size(), model.card().metrics().examples());
        assertEquals((double) correct / test.size(), model.card().metrics().accuracy(), 1e-9);
        assertArrayEquals(confusion, model.card().metrics().confusion());
        assertEquals(loss / test.size(), model.card().metrics().logLoss(), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(ShippedClassifier.class)
    void noTestTextAppearsInTrainingOrValidation(ShippedClassifier shipped) throws IOException {
        Map<DatasetSplit, List<Keyed>> parts = data(shipped).parts();
        Set<String> texts = new HashSet<>(), keys = new HashSet<>();
        for (DatasetSplit part : List.of(DatasetSplit.TRAIN, DatasetSplit.VALIDATION)) {
            for (Keyed keyed : parts.get(part)) {
                texts.add(sha256(keyed.example().text()));
                keys.add(sha256(keyed.splitKey()));
            }
        }
        for (Keyed keyed : parts.get(DatasetSplit.TEST)) {
            assertFalse(texts.contains(sha256(keyed.example().text())), () -> "test text also in train: " + keyed.example().text());
            assertFalse(keys.contains(sha256(keyed.splitKey())), () -> "a test example's split key also in train: " + keyed.example().text());
        }
    }
}
