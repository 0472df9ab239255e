package dev.taskfit.generate.ngram;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The binary form of a {@link KneserNeyModel}: a header (magic, version, provenance, order, vocabulary size), then the
 * vocabulary as one character table, then each order's packed arrays, then a CRC-32 of everything before it. Loading
 * is one bulk read into a byte array and bulk copies out of it; nothing is parsed per n-gram.
 */
public final class NgramModelFile {

    /** Where the build puts the shipped model on the classpath. */
    public static final String SHIPPED_RESOURCE = "models/ngram/english.bin";

    private static final byte[] MAGIC = {'T', 'F', 'N', 'G', 'R', 'A', 'M', 0x1A};
    private static final int VERSION = 1;

    private NgramModelFile() {
    }

    /** The model the build trained and packed as {@link #SHIPPED_RESOURCE}. */
    public static KneserNeyModel readShipped() {
        return readResource(SHIPPED_RESOURCE);
    }

    /** A model from a classpath resource, such as {@code models/ngram/english.bin}. */
    public static KneserNeyModel readResource(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = NgramModelFile.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new FileNotFoundException("no classpath resource " + resource));
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read n-gram model " + resource, e);
        }
    }

    public static KneserNeyModel read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    public static KneserNeyModel read(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    static KneserNeyModel read(byte[] bytes) throws IOException {
        if (bytes.length < MAGIC.length + 8) {
            throw new IOException("not an n-gram model: too short");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw new IOException("not an n-gram model: bad magic");
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        if ((int) crc.getValue() != buffer.getInt(bytes.length - 4)) {
            throw new IOException("n-gram model is corrupt: checksum mismatch");
        }
        buffer.position(MAGIC.length);
        int version = buffer.getInt();
        if (version != VERSION) {
            throw new IOException("n-gram model version " + version + " is not supported (expected " + VERSION + ")");
        }
        int entries = buffer.getInt();
        Map<String, String> provenance = new LinkedHashMap<>();
        for (int i = 0; i < entries; i++) {
            provenance.put(readString(buffer), readString(buffer));
        }
        int order = buffer.getInt();
        int vocabularySize = buffer.getInt();
        char[] chars = new char[buffer.getInt()];
        buffer.asCharBuffer().get(chars);
        skip(buffer, 2L * chars.length);
        int[] offsets = readInts(buffer, vocabularySize + 1);
        float[] unigrams = new float[vocabularySize];
        buffer.asFloatBuffer().get(unigrams);
        skip(buffer, 4L * vocabularySize);
        int[] ranking = readInts(buffer, buffer.getInt());
        NgramTable[] tables = new NgramTable[order + 1];
        ProbabilityQuantizer[] quantizers = new ProbabilityQuantizer[order + 1];
        for (int n = 1; n <= order; n++) {
            int size = buffer.getInt();
            PackedInts words = null;
            PackedInts codes = null;
            if (n > 1) {
                words = readPacked(buffer);
                quantizers[n] = new ProbabilityQuantizer(buffer.getDouble(), buffer.getDouble());
                codes = readPacked(buffer);
            }
            PackedInts childStarts = buffer.get() == 1 ? readPacked(buffer) : null;
            int large = buffer.getInt();
            int[] nodes = readInts(buffer, large);
            double[] backoffs = new double[large];
            buffer.asDoubleBuffer().get(backoffs);
            skip(buffer, 8L * large);
            int[] rankStarts = readInts(buffer, large + 1);
            PackedInts rankedWords = readPacked(buffer);
            PackedInts rankedCodes = readPacked(buffer);
            int[] undominated = readInts(buffer, buffer.getInt());
            tables[n] = new NgramTable(n, size, words, codes, childStarts, nodes, backoffs, rankStarts, rankedWords,
                    rankedCodes, undominated);
        }
        if (buffer.position() != bytes.length - 4) {
            throw new IOException("n-gram model has " + (bytes.length - 4 - buffer.position()) + " unexpected bytes");
        }
        return new KneserNeyModel(new Vocabulary(chars, offsets), unigrams, tables, quantizers, ranking,
                NgramProvenance.fromMap(provenance));
    }

    public static void write(KneserNeyModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(model, out);
        }
    }

    public static void write(KneserNeyModel model, OutputStream target) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(target, crc), 1 << 16));
        out.write(MAGIC);
        out.writeInt(VERSION);
        Map<String, String> provenance = model.provenance().asMap();
        out.writeInt(provenance.size());
        for (Map.Entry<String, String> e : provenance.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
        int order = model.order();
        Vocabulary vocabulary = model.vocabulary();
        out.writeInt(order);
        out.writeInt(vocabulary.size());
        out.writeInt(vocabulary.chars().length);
        for (char c : vocabulary.chars()) {
            out.writeChar(c);
        }
        writeInts(out, vocabulary.offsets());
        for (float p : model.storedUnigramProbabilities()) {
            out.writeFloat(p);
        }
        out.writeInt(model.unigramRanking().length);
        writeInts(out, model.unigramRanking());
        for (int n = 1; n <= order; n++) {
            NgramTable table = model.table(n);
            out.writeInt(table.size);
            if (n > 1) {
                writePacked(out, table.words);
                out.writeDouble(model.quantizer(n).minLogit());
                out.writeDouble(model.quantizer(n).step());
                writePacked(out, table.probabilityCodes);
            }
            out.writeByte(table.childStarts == null ? 0 : 1);
            if (table.childStarts != null) {
                writePacked(out, table.childStarts);
            }
            out.writeInt(table.storedNodes.length);
            writeInts(out, table.storedNodes);
            for (double b : table.storedBackoffs) {
                out.writeDouble(b);
            }
            writeInts(out, table.rankStarts);
            writePacked(out, table.rankedWords);
            writePacked(out, table.rankedCodes);
            out.writeInt(table.undominatedNodes.length);
            writeInts(out, table.undominatedNodes);
        }
        out.flush();
        // The checksum covers everything written so far, so it is taken after the flush and written past the CRC.
        new DataOutputStream(target).writeInt((int) crc.getValue());
        target.flush();
    }

    private static void writePacked(DataOutputStream out, PackedInts packed) throws IOException {
        out.writeInt(packed.size());
        out.writeInt(packed.bits());
        out.writeInt(packed.data().length);
        for (long word : packed.data()) {
            out.writeLong(word);
        }
    }

    private static PackedInts readPacked(ByteBuffer buffer) {
        int size = buffer.getInt();
        int bits = buffer.getInt();
        long[] data = new long[buffer.getInt()];
        buffer.asLongBuffer().get(data);
        skip(buffer, 8L * data.length);
        return new PackedInts(data, bits, size);
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(ByteBuffer buffer, int count) {
        int[] values = new int[count];
        buffer.asIntBuffer().get(values);
        skip(buffer, 4L * count);
        return values;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.getInt()];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void skip(ByteBuffer buffer, long bytes) {
        buffer.position(Math.toIntExact(buffer.position() + bytes));
    }
}
