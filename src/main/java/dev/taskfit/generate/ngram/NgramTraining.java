package dev.taskfit.generate.ngram;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Builds n-gram model files from the corpus in the data directory: the shipped "english" model from the build, or any
 * order and pruning from the command line.
 *
 * <pre>
 * java ... dev.taskfit.generate.ngram.NgramTraining &lt;dataDir&gt; &lt;outFile&gt; [order] [--prune-from N]
 * </pre>
 */
public final class NgramTraining {

    /** The shipped configuration: the order with the lowest held-out perplexity (see {@link NgramPerplexityReport}). */
    public static final int SHIPPED_ORDER = 5;
    /** The shipped model keeps every n-gram: pruning singletons costs perplexity, and the full model fits the budget. */
    public static final int SHIPPED_PRUNING = 0;
    public static final String SHIPPED_NAME = "english";

    private NgramTraining() {
    }

    /** What one training run produced and how long it took. */
    public record Report(KneserNeyModel model, Path file, long fileBytes, long readMillis, long trainMillis,
                         long evaluateMillis, long writeMillis, long trainingTokens, long heldOutTokens) {

        public long totalMillis() {
            return readMillis + trainMillis + evaluateMillis + writeMillis;
        }

        public void print(PrintStream out) {
            NgramProvenance p = model.provenance();
            out.printf(Locale.ROOT, "n-gram model '%s' -> %s%n", p.name(), file);
            out.printf(Locale.ROOT, "  training: %,d sentences, %,d tokens (sentence ends included); vocabulary %,d%n",
                    p.trainingSentences(), p.trainingTokens(), model.vocabulary().size());
            StringBuilder counts = new StringBuilder();
            for (int n = 1; n <= model.order(); n++) {
                counts.append(n == 1 ? "" : ", ").append(n).append("-grams ")
                        .append(String.format(Locale.ROOT, "%,d", model.ngramCount(n)));
            }
            out.printf(Locale.ROOT, "  order %d, pruning: %s; %s%n", model.order(), p.pruning(), counts);
            out.printf(Locale.ROOT, "  discounts D1/D2/D3+ per order: %s%n", p.discounts());
            out.printf(Locale.ROOT, "  held-out: %,d tokens, OOV %.2f%%, perplexity %.2f%n", p.heldOutTokens(),
                    100 * p.heldOutOovRate(), p.heldOutPerplexity());
            out.printf(Locale.ROOT, "  file %,d bytes (%.1f MB); heap ~%.1f MB%n", fileBytes, fileBytes / 1e6,
                    model.sizeInBytes() / 1e6);
            out.printf(Locale.ROOT, "  time: read+tokenise %d ms, train %d ms, held-out %d ms, write %d ms, total %d ms%n",
                    readMillis, trainMillis, evaluateMillis, writeMillis, totalMillis());
        }
    }

    /** Trains the shipped model (name "english", {@link #SHIPPED_ORDER}, {@link #SHIPPED_PRUNING}) into outFile. */
    public static Report trainShipped(Path dataDir, Path outFile) throws IOException {
        return train(dataDir, outFile, new NgramTrainingOptions(SHIPPED_NAME, SHIPPED_ORDER, SHIPPED_PRUNING, null,
                TrainingCorpus.SPLIT_DESCRIPTION));
    }

    /** Trains on the corpus, measures held-out perplexity, and writes the model with its provenance. */
    public static Report train(Path dataDir, Path outFile, NgramTrainingOptions options) throws IOException {
        long t0 = System.nanoTime();
        TrainingCorpus corpus = TrainingCorpus.load(dataDir);
        long t1 = System.nanoTime();
        NgramTrainingOptions described = new NgramTrainingOptions(options.name(), options.order(),
                options.pruneSingletonsFromOrder(), corpus.description(), TrainingCorpus.SPLIT_DESCRIPTION);
        KneserNeyModel model = KneserNeyTrainer.train(corpus.training(), described);
        long t2 = System.nanoTime();
        Perplexity heldOut = Perplexity.of(model, corpus.heldOut());
        model = model.withProvenance(model.provenance().withHeldOut(heldOut.tokens(), heldOut.oovRate(),
                heldOut.value()));
        long t3 = System.nanoTime();
        NgramModelFile.write(model, outFile);
        long t4 = System.nanoTime();
        return new Report(model, outFile, Files.size(outFile), millis(t0, t1), millis(t1, t2), millis(t2, t3),
                millis(t3, t4), model.provenance().trainingTokens(), heldOut.tokens());
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NgramTraining <dataDir> <outFile> [order 1..5] [--prune-from N]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        Path outFile = Path.of(args[1]);
        int order = SHIPPED_ORDER;
        int pruneFrom = SHIPPED_PRUNING;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--prune-from") && i + 1 < args.length) {
                pruneFrom = Integer.parseInt(args[++i]);
            } else {
                order = Integer.parseInt(args[i]);
            }
        }
        Report report = train(dataDir, outFile, new NgramTrainingOptions(SHIPPED_NAME, order, pruneFrom, null, null));
        report.print(System.out);
    }
}
