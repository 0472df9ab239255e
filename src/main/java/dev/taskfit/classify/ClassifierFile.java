package dev.taskfit.classify;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of a {@link LinearClassifier}: a small header, the model card (provenance and metrics as
 * JSON, opaque here), then the weights as one little-endian float block that loads with a single bulk copy.
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

    /** Reads a classifier; a truncated or foreign file is an {@link IOException}, never a half-built model. */
    public static Stored read(InputStream in) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(in.readAllBytes());
        try {
            if (buffer.getInt() != MAGIC) {
                throw new IOException("not a taskfit classifier file");
            }
            int version = buffer.getInt();
            if (version != WORD_NGRAMS_ONLY && version != WITH_CHAR_NGRAMS) {
                throw new IOException("unsupported classifier file version " + version);
            }
            String card = readString(buffer);
            int labelCount = buffer.getInt();
            if (labelCount < 2 || labelCount > 10_000) {
                throw new IOException("implausible label count " + labelCount);
            }
            List<String> labels = new ArrayList<>(labelCount);
            for (int i = 0; i < labelCount; i++) {
                labels.add(readString(buffer));
            }
            InputFormat format = InputFormat.valueOf(readString(buffer));
            int buckets = buffer.getInt(), wordNgrams = buffer.getInt();
            FeatureHashing hashing = new FeatureHashing(buckets, wordNgrams,
                    version == WITH_CHAR_NGRAMS ? buffer.getInt() : 0);
            float temperature = buffer.getFloat();
            if (buffer.remaining() != 4L * labelCount * (1L + hashing.buckets())) { // check before allocating
                throw new IOException("corrupt classifier file: " + buffer.remaining() + " bytes of weights for "
                        + hashing + " x " + labelCount + " labels");
            }
            buffer.order(ByteOrder.LITTLE_ENDIAN);
            float[] bias = new float[labelCount];
            buffer.asFloatBuffer().get(bias);
            buffer.position(buffer.position() + 4 * labelCount);
            float[] weights = new float[Math.multiplyExact(hashing.buckets(), labelCount)];
            buffer.asFloatBuffer().get(weights);
            return new Stored(new LinearClassifier(labels, hashing, format, weights, bias, temperature), card);
        } catch (BufferUnderflowException | IllegalArgumentException | ArithmeticException e) {
            throw new IOException("corrupt classifier file: " + e, e);
        }
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

    private static String readString(ByteBuffer buffer) throws IOException {
        int length = buffer.getInt();
        if (length < 0 || length > buffer.remaining()) {
            throw new IOException("corrupt string length " + length);
        }
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
