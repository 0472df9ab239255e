package dev.taskfit.train;

import dev.taskfit.classify.ClassifierFile;
import dev.taskfit.classify.LabelledExample;
import dev.taskfit.classify.LinearClassifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Accuracy and single-thread prediction throughput of a model file on a labelled file, model load and file
 * reading excluded (as for the peers in {@code infra/bench/peers.sh}). Prints one line of key=value pairs.
 *
 * <p>Throughput is the JIT's steady state, as for the natively compiled peers: the file is classified until
 * at least {@value #WARM_UP_DOCUMENTS} documents have gone through (at least once; the first pass also gives
 * the accuracy) before the timed passes. One pass over a small file (spam's 1,181 mails) leaves the parser
 * mostly uncompiled by C2: measured on this project's spam test file, single passes only reach their steady
 * rate after some 15,000 documents.
 *
 * <p>Usage: {@code EvaluateModel <model.tfc> <test.jsonl> [passes]}
 */
public final class EvaluateModel {

    /** Documents classified before the timed passes. */
    static final int WARM_UP_DOCUMENTS = 30_000;

    private EvaluateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: EvaluateModel <model.tfc> <test.jsonl|csv> [passes]");
            System.exit(2);
        }
        long loadStart = System.nanoTime();
        LinearClassifier model;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            model = ClassifierFile.read(in).model();
        }
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        List<LabelledExample> test = LabelledFileReader.read(Path.of(args[1])).examples();
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;

        int correct = countCorrect(model, test);
        for (long warmed = test.size(); warmed < WARM_UP_DOCUMENTS && !test.isEmpty(); warmed += test.size()) {
            countCorrect(model, test);
        }
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            countCorrect(model, test);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("accuracy=%.4f docs=%d docs_per_s=%.0f load_ms=%.1f%n",
                (double) correct / test.size(), test.size(), test.size() / (best / 1e9), loadMs);
    }

    private static int countCorrect(LinearClassifier model, List<LabelledExample> test) {
        double[] probabilities = new double[model.labels().size()];
        int correct = 0;
        for (LabelledExample example : test) {
            int predicted = model.predictInto(example.text(), probabilities);
            if (model.labels().get(predicted).equals(example.label())) {
                correct++;
            }
        }
        return correct;
    }
}
