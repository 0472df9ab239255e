package dev.taskfit.generate.ngram;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints held-out perplexity for orders 1 to 5, with every n-gram and with singletons pruned from order 3 up, as a
 * Markdown table (with n-gram counts, file size and training time): the evidence for the shipped order.
 *
 * <pre>
 * java ... dev.taskfit.generate.ngram.NgramPerplexityReport [dataDir (default src/data)] [pruneFrom (default 3)]
 * </pre>
 */
public final class NgramPerplexityReport {

    private NgramPerplexityReport() {
    }

    /** One row of the table. */
    public record Row(int order, int pruneFrom, long ngrams, double perplexity, long fileBytes, long trainMillis) {
    }

    public static Row measure(TrainingCorpus corpus, int order, int pruneFrom) throws IOException {
        long start = System.nanoTime();
        KneserNeyModel model = KneserNeyTrainer.train(corpus.training(),
                NgramTrainingOptions.ofOrder(order).withPruning(pruneFrom));
        long trainMillis = (System.nanoTime() - start) / 1_000_000;
        long ngrams = 0;
        for (int n = 1; n <= order; n++) {
            ngrams += model.ngramCount(n);
        }
        CountingStream bytes = new CountingStream();
        NgramModelFile.write(model, bytes);
        return new Row(order, pruneFrom, ngrams, Perplexity.of(model, corpus.heldOut()).value(), bytes.count,
                trainMillis);
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "src/data");
        int pruneFrom = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        TrainingCorpus corpus = TrainingCorpus.load(dataDir);
        System.out.printf(Locale.ROOT, "Held-out perplexity (%s; training %,d sentences, held-out %,d sentences)%n%n",
                TrainingCorpus.SPLIT_DESCRIPTION, corpus.training().size(), corpus.heldOut().size());
        System.out.printf(Locale.ROOT, "| order | n-grams | perplexity | file MB | n-grams, singletons pruned from order %d "
                + "| perplexity, pruned | file MB, pruned |%n", pruneFrom);
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int order = 1; order <= 5; order++) {
            Row full = measure(corpus, order, 0);
            String pruned = "| (same) | (same) | (same) |";
            if (order >= pruneFrom) {
                Row p = measure(corpus, order, pruneFrom);
                pruned = String.format(Locale.ROOT, "| %,d | %.2f | %.1f |", p.ngrams(), p.perplexity(),
                        p.fileBytes() / 1e6);
            }
            System.out.printf(Locale.ROOT, "| %d | %,d | %.2f | %.1f %s%n", order, full.ngrams(), full.perplexity(),
                    full.fileBytes() / 1e6, pruned);
        }
    }

    /** Measures a model's file size without writing it anywhere. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
