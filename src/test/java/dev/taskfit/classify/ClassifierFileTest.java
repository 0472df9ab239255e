package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The binary model file: exact round trip, and anything damaged or foreign is an IOException. */
class ClassifierFileTest {

    private static final String CARD = "{\"name\":\"tiny\",\"note\":\"café ✓ 😀 עברית\"}";

    private static byte[] bytes(LinearClassifier model, String card) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClassifierFile.write(model, card, out);
        return out.toByteArray();
    }

    private static ClassifierFile.Stored read(byte[] bytes) throws IOException {
        return ClassifierFile.read(new ByteArrayInputStream(bytes));
    }

    /** A model small enough that every prefix of its file can be tried: 16 buckets, 2 labels. */
    private static LinearClassifier small(InputFormat format) {
        Random random = new Random(41);
        float[] weights = new float[32];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextFloat() - 0.5f;
        }
        return new LinearClassifier(List.of("ham", "spam"), new FeatureHashing(16, 2), format, weights,
                new float[] {0.25f, -0.25f}, 0.8f);
    }

    /** The header as {@link ClassifierFile} lays it out, with any field values, followed by {@code tail}. */
    private static byte[] header(int magic, int version, List<String> labels, String format, int buckets, int ngrams,
                                 byte[] tail) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(version);
        writeString(out, "{}");
        out.writeInt(labels.size());
        for (String label : labels) {
            writeString(out, label);
        }
        writeString(out, format);
        out.writeInt(buckets);
        out.writeInt(ngrams);
        out.writeFloat(1f);
        out.write(tail);
        return bytes.toByteArray();
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static final int MAGIC = 0x54464c43; // "TFLC"

    @Test
    void roundTripGivesIdenticalProbabilitiesAndCard() throws IOException {
        LinearClassifier model = TinySentiment.model(3).withTemperature(0.7f);
        ClassifierFile.Stored stored = read(bytes(model, CARD));
        assertEquals(CARD, stored.cardJson());
        LinearClassifier loaded = stored.model();
        assertEquals(model.labels(), loaded.labels());
        assertEquals(model.hashing(), loaded.hashing());
        assertEquals(model.format(), loaded.format());
        assertEquals(model.temperature(), loaded.temperature());
        assertArrayEquals(model.weights(), loaded.weights());
        assertArrayEquals(model.bias(), loaded.bias());
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            String text = RandomText.any(random);
            assertArrayEquals(model.predict(text).probabilities(), loaded.predict(text).probabilities(), 0.0,
                    () -> RandomText.describe(text));
        }
    }

    @Test
    void roundTripKeepsTheInputFormat() throws IOException {
        for (InputFormat format : InputFormat.values()) {
            assertEquals(format, read(bytes(small(format), CARD)).model().format());
        }
    }

    @Test
    void writingTheSameModelTwiceGivesTheSameBytes() throws IOException {
        assertArrayEquals(bytes(small(InputFormat.PLAIN), CARD), bytes(small(InputFormat.PLAIN), CARD));
    }

    @Test
    void everyTruncationIsAnIOException() throws IOException {
        byte[] whole = bytes(small(InputFormat.EMAIL), CARD);
        assertEquals(small(InputFormat.EMAIL).temperature(), read(whole).model().temperature());
        for (int length = 0; length < whole.length; length++) {
            byte[] truncated = Arrays.copyOf(whole, length);
            assertThrows(IOException.class, () -> read(truncated), "truncated to " + length + " of " + whole.length);
        }
    }

    @Test
    void trailingBytesAreAnIOException() throws IOException {
        byte[] whole = bytes(small(InputFormat.PLAIN), CARD);
        byte[] longer = Arrays.copyOf(whole, whole.length + 4);
        assertThrows(IOException.class, () -> read(longer));
    }

    @Test
    void wrongMagicIsAnIOException() throws IOException {
        byte[] file = bytes(small(InputFormat.PLAIN), CARD);
        file[0] = 'X';
        IOException e = assertThrows(IOException.class, () -> read(file));
        assertTrue(e.getMessage().contains("not a taskfit classifier"), e.getMessage());
    }

    @Test
    void wrongVersionIsAnIOException() throws IOException {
        for (int version : new int[] {0, 3, -1, Integer.MAX_VALUE}) { // 1 and 2 are read (ClassifierFileVersionTest)
            byte[] file = bytes(small(InputFormat.PLAIN), CARD);
            ByteBuffer.wrap(file).putInt(4, version);
            IOException e = assertThrows(IOException.class, () -> read(file));
            assertTrue(e.getMessage().contains("version " + version), e.getMessage());
        }
    }

    @Test
    void unknownInputFormatIsAnIOException() throws IOException {
        byte[] file = header(MAGIC, 1, List.of("a", "b"), "PDF", 16, 2, new byte[4 * 2 * 17]);
        assertThrows(IOException.class, () -> read(file));
    }

    @Test
    void implausibleLabelCountIsAnIOException() throws IOException {
        assertThrows(IOException.class, () -> read(header(MAGIC, 1, List.of("only"), "PLAIN", 16, 2, new byte[4 * 17])));
        byte[] negative = header(MAGIC, 1, List.of("a", "b"), "PLAIN", 16, 2, new byte[4 * 2 * 17]);
        ByteBuffer.wrap(negative).putInt(4 + 4 + 4 + 2, -5); // the label count follows the 2-byte card "{}"
        assertThrows(IOException.class, () -> read(negative));
    }

    @Test
    void invalidHashingIsAnIOException() throws IOException {
        assertThrows(IOException.class, () -> read(header(MAGIC, 1, List.of("a", "b"), "PLAIN", 12, 2, new byte[4 * 2 * 13])));
        assertThrows(IOException.class, () -> read(header(MAGIC, 1, List.of("a", "b"), "PLAIN", 16, 4, new byte[4 * 2 * 17])));
    }

    @Test
    void aHeaderPromisingMoreWeightsThanTheFileHoldsIsAnIOExceptionWithoutAllocatingThem() throws IOException {
        // 2^28 buckets x 7 labels is 7.5 GB of floats; the file holds 64 bytes of them.
        List<String> labels = List.of("a", "b", "c", "d", "e", "f", "g");
        byte[] file = header(MAGIC, 1, labels, "PLAIN", 1 << 28, 2, new byte[64]);
        assertThrows(IOException.class, () -> read(file));
    }

    @Test
    void randomBytesAreAnIOException() {
        Random random = new Random(43);
        for (int i = 0; i < 5_000; i++) {
            byte[] noise = new byte[random.nextInt(300)];
            random.nextBytes(noise);
            if (i % 2 == 1 && noise.length >= 8) { // half of them with a valid magic and version
                ByteBuffer.wrap(noise).putInt(0, MAGIC).putInt(4, 1);
            }
            assertThrows(IOException.class, () -> read(noise), () -> "noise " + Arrays.toString(noise));
        }
    }

    @Test
    void corruptedFilesGiveAModelOrAnIOExceptionAndNothingElse() throws IOException {
        byte[] whole = bytes(small(InputFormat.PLAIN), CARD);
        Random random = new Random(44);
        for (int i = 0; i < 20_000; i++) {
            byte[] corrupt = whole.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt(256);
            }
            try {
                read(corrupt);
            } catch (IOException expected) {
                // a corrupt file may be refused
            } catch (RuntimeException | Error e) {
                fail("reading a corrupted file threw " + e, e);
            }
        }
    }
}
