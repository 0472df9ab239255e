package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** File versions: 1 for word n-gram models (as they always were), 2 with character n-grams. */
class ClassifierFileVersionTest {

    private static LinearClassifier model(FeatureHashing hashing) {
        List<LabelledExample> data = List.of(new LabelledExample("great film", "positive"), new LabelledExample("awful film", "negative"),
                new LabelledExample("great acting", "positive"), new LabelledExample("awful plot", "negative"));
        EncodedDataset encoded = EncodedDataset.encode(data, List.of("negative", "positive"), hashing, InputFormat.PLAIN);
        return ClassifierTrainer.train(encoded, null, InputFormat.PLAIN, new TrainingOptions(hashing, 5, 0.2, 0, 1),
                ClassifierTrainer.Progress.SILENT).withTemperature(0.8f);
    }

    private static byte[] write(LinearClassifier model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClassifierFile.write(model, "{\"name\":\"t\"}", out);
        return out.toByteArray();
    }

    @Test
    void wordNgramModelsAreWrittenAsVersionOne() throws IOException {
        assertEquals(1, ByteBuffer.wrap(write(model(new FeatureHashing(1 << 8, 2)))).getInt(4));
    }

    @Test
    void charNgramModelsRoundTripAsVersionTwo() throws IOException {
        LinearClassifier model = model(new FeatureHashing(1 << 8, 2, 4));
        byte[] bytes = write(model);
        assertEquals(2, ByteBuffer.wrap(bytes).getInt(4));
        LinearClassifier read = ClassifierFile.read(new ByteArrayInputStream(bytes)).model();
        assertEquals(model.hashing(), read.hashing());
        assertArrayEquals(model.predict("a great film").probabilities(), read.predict("a great film").probabilities(), 1e-9);
    }
}
