package dev.taskfit.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.classify.DatasetSplit;
import dev.taskfit.classify.LabelledExample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes each shipped dataset's split for peer benchmarks, so that every classifier sees the same examples:
 * {@code <out>/<model>/{train,train-only,valid,test}.txt} in fastText format ({@code __label__X text}; the
 * text is what the model reads, lower-cased, punctuation spaced out) and {@code test.jsonl} with the raw text
 * for taskfit itself. {@code train} = train + validation (what the shipped model is fitted on);
 * {@code train-only} and {@code valid} are for tuning.
 *
 * <p>Usage: {@code ExportSplits <data dir> <out dir>}
 */
public final class ExportSplits {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'!?$%\u20ac\u00a3]+");
    private static final Pattern SYMBOL = Pattern.compile("([!?$%\u20ac\u00a3])");

    private ExportSplits() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExportSplits <data dir> <out dir>");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        for (ShippedClassifier shipped : ShippedClassifier.values()) {
            Path dir = Files.createDirectories(Path.of(args[1], shipped.modelName));
            List<LabelledExample> examples = new ArrayList<>();
            for (Path file : ShippedModelsBuild.dataFiles(Path.of(args[0]), shipped.dataPrefix)) {
                examples.addAll(LabelledFileReader.read(file).examples());
            }
            try (BufferedWriter train = Files.newBufferedWriter(dir.resolve("train.txt"));
                 BufferedWriter trainOnly = Files.newBufferedWriter(dir.resolve("train-only.txt"));
                 BufferedWriter valid = Files.newBufferedWriter(dir.resolve("valid.txt"));
                 BufferedWriter test = Files.newBufferedWriter(dir.resolve("test.txt"));
                 BufferedWriter testRaw = Files.newBufferedWriter(dir.resolve("test.jsonl"))) {
                for (LabelledExample example : examples) {
                    String line = "__label__" + example.label() + " " + normalise(shipped.format.readableText(example.text())) + "\n";
                    switch (DatasetSplit.of(shipped.format.splitKey(example.text()))) {
                        case TRAIN -> {
                            train.write(line);
                            trainOnly.write(line);
                        }
                        case VALIDATION -> {
                            train.write(line);
                            valid.write(line);
                        }
                        case TEST -> {
                            test.write(line);
                            testRaw.write(json.writeValueAsString(Map.of("label", example.label(), "text", example.text())) + "\n");
                        }
                    }
                }
            }
            System.out.printf("%s: %d examples -> %s%n", shipped.modelName, examples.size(), dir);
        }
    }

    /** Lower-cased words separated by single spaces, with !, ?, $, %, euro and pound as tokens of their own. */
    static String normalise(String text) {
        String spaced = SYMBOL.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" $1 ");
        return NOT_WORD.matcher(spaced).replaceAll(" ").strip();
    }
}
