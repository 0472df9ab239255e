package dev.taskfit.train.cli;

import dev.taskfit.classify.DatasetSplit;
import dev.taskfit.classify.EncodedDataset;
import dev.taskfit.classify.FeatureHashing;
import dev.taskfit.classify.InputFormat;
import dev.taskfit.classify.LabelledExample;
import dev.taskfit.train.BadDataException;
import dev.taskfit.train.LabelledFileReader;
import dev.taskfit.train.ClassifierBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A labelled file read once in a stream, checked, and encoded per part of the split: what {@code train} trains
 * on. No text is kept (only feature indices and 64-bit hashes for the checks), so memory grows with the number
 * of features, not with the size of the texts.
 *
 * @param labels            the labels, sorted (as model files order them)
 * @param parts             the encoded train, validation and test parts
 * @param examplesPerLabel  examples of each label in the whole file
 * @param duplicates        examples whose exact text (and label) came earlier in the file
 * @param warnings          what the report should say about the data (imbalance, near-duplicates across the split)
 * @param sha256            of the file's bytes, for the model card
 */
record TrainingData(List<String> labels, ClassifierBuilder.EncodedParts parts, Map<String, Integer> examplesPerLabel,
                    long examples, long duplicates, List<String> warnings, String sha256) {

    /** A label this many times as frequent as another is worth a warning. */
    static final int IMBALANCE_RATIO = 10;

    private static final int BATCH = 4096;

    /** Reads, checks and encodes {@code file}; {@code progress} (may be null) hears how the reading goes. */
    static TrainingData read(Path file, InputFormat format, FeatureHashing hashing, PrintWriter progress)
            throws IOException {
        Reader reader = new Reader(file, format, hashing, progress);
        LabelledFileReader.forEach(file, true, reader::add);
        return reader.finish(sha256(file));
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The streaming side: one example at a time into batches, checks as they come. */
    private static final class Reader {
        private final Path file;
        private final InputFormat format;
        private final FeatureHashing hashing;
        private final PrintWriter progress;
        private final List<String> labelsSeen = new ArrayList<>(); // in order of first appearance: the label ids
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<int[]> perPart = new ArrayList<>();     // per label id: examples in train, validation, test
        private final List<Long> firstLine = new ArrayList<>();
        private final TextTable exactTexts = new TextTable();      // hash -> label id, line
        private final TextTable nearTexts = new TextTable();       // normalised hash -> parts seen (bits), line
        private final Growing[] parts = {new Growing(), new Growing(), new Growing()};
        private final List<List<LabelledExample>> batches = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        private long examples;
        private long duplicates;
        private long nearAcrossSplit;
        private final List<String> nearExamples = new ArrayList<>();
        private final long started = System.nanoTime();
        private long lastTold = started;

        Reader(Path file, InputFormat format, FeatureHashing hashing, PrintWriter progress) {
            this.file = file;
            this.format = format;
            this.hashing = hashing;
            this.progress = progress;
        }

        void add(long line, String text, String label) throws BadDataException {
            Integer id = ids.get(label);
            if (id == null) {
                id = labelsSeen.size();
                ids.put(label, id);
                labelsSeen.add(label);
                perPart.add(new int[3]);
                firstLine.add(line);
            }
            int lineNumber = (int) Math.min(line, Integer.MAX_VALUE);
            int slot = exactTexts.slot(TextTable.hash(text), id, lineNumber);
            if (slot >= 0) {
                int other = exactTexts.first(slot);
                if (other != id) {
                    throw new BadDataException(file, line, "the same text as line " + exactTexts.second(slot)
                            + " but labelled '" + label + "' here and '" + labelsSeen.get(other) + "' there;"
                            + " give one text one label");
                }
                duplicates++;
            }
            String splitKey = format.splitKey(text);
            DatasetSplit split = DatasetSplit.of(splitKey);
            int bit = 1 << split.ordinal();
            int near = nearTexts.slot(normalisedHash(splitKey), bit, lineNumber);
            if (near >= 0 && (nearTexts.first(near) & bit) == 0) {
                if (Integer.bitCount(nearTexts.first(near)) == 1) {
                    nearAcrossSplit++;
                    if (nearExamples.size() < 3) {
                        nearExamples.add("lines " + nearTexts.second(near) + " and " + line);
                    }
                }
                nearTexts.setFirst(near, nearTexts.first(near) | bit);
            }
            perPart.get(id)[split.ordinal()]++;
            List<LabelledExample> batch = batches.get(split.ordinal());
            batch.add(new LabelledExample(text, label));
            if (batch.size() == BATCH) {
                encode(split.ordinal());
            }
            examples++;
            if (progress != null && examples % 50_000 == 0 && System.nanoTime() - lastTold > 2_000_000_000L) {
                lastTold = System.nanoTime();
                progress.printf(Locale.ROOT, "reading %s: %,d examples (%,.0f a second)%n", file.getFileName(), examples,
                        examples / ((lastTold - started) / 1e9));
            }
        }

        private void encode(int part) {
            List<LabelledExample> batch = batches.get(part);
            parts[part].add(EncodedDataset.encode(batch, labelsSeen, hashing, format));
            batch.clear();
        }

        TrainingData finish(String sha256) throws BadDataException {
            for (int part = 0; part < 3; part++) {
                encode(part);
            }
            if (examples == 0) {
                throw new BadDataException(file, 0, "no examples (the file is empty or has only a header)");
            }
            if (labelsSeen.size() < 2) {
                throw new BadDataException(file, 0, "only one label ('" + labelsSeen.get(0) + "') in " + examples
                        + " examples; a classifier needs at least two labels");
            }
            List<String> sorted = labelsSeen.stream().sorted().toList();
            int[] remap = new int[labelsSeen.size()];
            for (int id = 0; id < remap.length; id++) {
                remap[id] = sorted.indexOf(labelsSeen.get(id));
            }
            Map<String, Integer> perLabel = new LinkedHashMap<>();
            for (String label : sorted) {
                int id = ids.get(label);
                int[] counts = perPart.get(id);
                int total = counts[0] + counts[1] + counts[2];
                perLabel.put(label, total);
                if (counts[0] == 0 || counts[1] == 0 || counts[2] == 0) {
                    throw new BadDataException(file, firstLine.get(id), String.format(Locale.ROOT,
                            "label '%s' (first on this line) has too few examples to split: %d in all, train %d,"
                                    + " validation %d, test %d; every label needs at least one in each part (the split"
                                    + " puts about 70 %% / 10 %% / 20 %% of the texts there, so give each label 20 or more)",
                            label, total, counts[0], counts[1], counts[2]));
                }
            }
            List<String> warnings = new ArrayList<>();
            String most = sorted.get(0), least = sorted.get(0);
            for (String label : sorted) {
                most = perLabel.get(label) > perLabel.get(most) ? label : most;
                least = perLabel.get(label) < perLabel.get(least) ? label : least;
            }
            if (perLabel.get(most) >= (long) IMBALANCE_RATIO * perLabel.get(least)) {
                warnings.add(String.format(Locale.ROOT, "imbalanced labels: '%s' has %,d examples, '%s' only %,d (%.0f:1);"
                                + " accuracy says little about '%s': look at its recall and at the macro-F1", most,
                        perLabel.get(most), least, perLabel.get(least),
                        (double) perLabel.get(most) / perLabel.get(least), least));
            }
            if (nearAcrossSplit > 0) {
                warnings.add(String.format(Locale.ROOT, "%,d texts are on both sides of the split in forms that differ"
                                + " only in case, spacing or punctuation (e.g. %s): the held-out metrics may be optimistic",
                        nearAcrossSplit, String.join(", ", nearExamples)));
            }
            ClassifierBuilder.EncodedParts encoded = new ClassifierBuilder.EncodedParts(hashing,
                    parts[0].finish(sorted, remap), parts[1].finish(sorted, remap), parts[2].finish(sorted, remap));
            return new TrainingData(sorted, encoded, perLabel, examples, duplicates, List.copyOf(warnings), sha256);
        }
    }

    /** The hash of {@code text} lower-cased, with every run of characters other than letters and digits one space. */
    static long normalisedHash(String text) {
        StringBuilder normal = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && !normal.isEmpty()) {
                    normal.append(' ');
                }
                gap = false;
                normal.appendCodePoint(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return TextTable.hash(normal);
    }

    /** Encoded examples of one part, appended batch by batch. */
    private static final class Growing {
        private int[][] features = new int[1024][];
        private int[] labelIds = new int[1024];
        private int size;

        void add(EncodedDataset batch) {
            if (size + batch.size() > labelIds.length) {
                int capacity = Math.max(size + batch.size(), labelIds.length + (labelIds.length >> 1));
                features = Arrays.copyOf(features, capacity);
                labelIds = Arrays.copyOf(labelIds, capacity);
            }
            System.arraycopy(batch.features(), 0, features, size, batch.size());
            System.arraycopy(batch.labelIds(), 0, labelIds, size, batch.size());
            size += batch.size();
        }

        EncodedDataset finish(List<String> labels, int[] remap) {
            int[] ids = new int[size];
            for (int i = 0; i < size; i++) {
                ids[i] = remap[labelIds[i]];
            }
            return new EncodedDataset(labels, Arrays.copyOf(features, size), ids);
        }
    }
}
