package dev.taskfit.classify;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The binary form of a {@link LinearClassifier}: a small header, the model card (provenance and metrics as
 * JSON, opaque here), then the weights as one little-endian float block, streamed into their array.
 *
 * <pre>
 * "TFLC" version:int card:utf8 labels:int {label:utf8} format:utf8 buckets:int wordNgrams:int
 * [charNgrams:int, version 2 only] temperature:float bias:float[labels] weights:float[buckets*labels]
 * </pre>
 *
 * Version 1 is written for word n-gram models (so that their files are what they always were), version 2
 * for models with character n-grams; both are read.
 */
public final class ClassifierFile {

    private static final int MAGIC = 0x54464c43; // "TFLC"
    private static final int WORD_NGRAMS_ONLY = 1;
    private static final int WITH_CHAR_NGRAMS = 2;

    /** A classifier and its model card, as stored. */
    public record Stored(LinearClassifier model, String cardJson) {
    }

    private ClassifierFile() {
    }

    public static void write(LinearClassifier model, String cardJson, OutputStream out) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(header);
        boolean charNgrams = model.hashing().charNgrams() > 0;
        data.writeInt(MAGIC);
        data.writeInt(charNgrams ? WITH_CHAR_NGRAMS : WORD_NGRAMS_ONLY);
        writeString(data, cardJson);
        data.writeInt(model.labels().size());
        for (String label : model.labels()) {
            writeString(data, label);
        }
        writeString(data, model.format().name());
        data.writeInt(model.hashing().buckets());
        data.writeInt(model.hashing().wordNgrams());
        if (charNgrams) {
            data.writeInt(model.hashing().charNgrams());
        }
        data.writeFloat(model.temperature());
        data.flush();
        out.write(header.toByteArray());
        out.write(floats(model.bias()));
        out.write(floats(model.weights()));
        out.flush();
    }

    /**
     * Reads a classifier; a truncated or foreign file is an {@link IOException}, never a half-built model.
     *
     * <p>The weights are read straight from the stream into their array, a chunk at a time (no copy of the
     * whole file first: this is on every cold start's path). The array is allocated whole only when the
     * stream says that many bytes are available; otherwise it grows with the bytes actually read, so that a
     * corrupt header promising gigabytes fails at the end of the data, not by allocating them.
     */
    public static Stored read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, CHUNK));
        try {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a taskfit classifier file");
            }
            int version = in.readInt();
            if (version != WORD_NGRAMS_ONLY && version != WITH_CHAR_NGRAMS) {
                throw new IOException("unsupported classifier file version " + version);
            }
            String card = readString(in);
            int labelCount = in.readInt();
            if (labelCount < 2 || labelCount > 10_000) {
                throw new IOException("implausible label count " + labelCount);
            }
            List<String> labels = new ArrayList<>(labelCount);
            for (int i = 0; i < labelCount; i++) {
                labels.add(readString(in));
            }
            InputFormat format = InputFormat.valueOf(readString(in));
            int buckets = in.readInt(), wordNgrams = in.readInt();
            FeatureHashing hashing = new FeatureHashing(buckets, wordNgrams,
                    version == WITH_CHAR_NGRAMS ? in.readInt() : 0);
            float temperature = in.readFloat();
            float[] bias = readFloats(in, labelCount);
            float[] weights = readFloats(in, Math.multiplyExact(hashing.buckets(), labelCount));
            if (in.read() != -1) {
                throw new IOException("corrupt classifier file: bytes after the weights of " + hashing + " x "
                        + labelCount + " labels");
            }
            return new Stored(new LinearClassifier(labels, hashing, format, weights, bias, temperature), card);
        } catch (EOFException e) {
            throw new IOException("truncated classifier file", e);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IOException("corrupt classifier file: " + e, e);
        }
    }

    private static final int CHUNK = 1 << 16;

    /** {@code count} little-endian floats; an {@link EOFException} if the stream ends first. */
    private static float[] readFloats(DataInputStream in, int count) throws IOException {
        int available = in.available() / 4;
        float[] out = new float[available >= count ? count : Math.min(count, Math.max(available, CHUNK))];
        byte[] chunk = new byte[4 * Math.min(CHUNK / 4, count)];
        int filled = 0;
        while (filled < count) {
            int floats = Math.min(chunk.length / 4, count - filled);
            in.readFully(chunk, 0, 4 * floats);
            if (filled + floats > out.length) {
                out = Arrays.copyOf(out, (int) Math.min(count, 2L * out.length));
            }
            ByteBuffer.wrap(chunk, 0, 4 * floats).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out, filled, floats);
            filled += floats;
        }
        return out;
    }

    private static byte[] floats(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("corrupt string length " + length);
        }
        byte[] bytes = in.readNBytes(length); // grows with the data: a corrupt length cannot allocate gigabytes
        if (bytes.length != length) {
            throw new IOException("corrupt string length " + length);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
