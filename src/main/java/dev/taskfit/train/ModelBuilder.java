package dev.taskfit.train;

import dev.taskfit.classify.ClassifierTrainer;
import dev.taskfit.classify.DatasetSplit;
import dev.taskfit.classify.EncodedDataset;
import dev.taskfit.classify.Evaluation;
import dev.taskfit.classify.FeatureHashing;
import dev.taskfit.classify.FeatureWeighting;
import dev.taskfit.classify.InputFormat;
import dev.taskfit.classify.LabelledText;
import dev.taskfit.classify.LinearClassifier;
import dev.taskfit.classify.ModelCard;
import dev.taskfit.classify.TrainingOptions;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Builds a classifier from labelled examples the one honest way: split by {@link DatasetSplit}, choose
 * hyperparameters and epochs on the validation part, fit the softmax temperature there too, retrain the
 * chosen configuration on train + validation, and measure once on the untouched test part.
 */
public final class ModelBuilder {

    /** The search space; every candidate is trained on TRAIN and scored on VALIDATION. */
    public record SearchSpace(List<FeatureHashing> hashings, List<FeatureWeighting> weightings,
                              List<Double> learningRates, List<Double> l2s, int maxEpochs, long seed) {

        /** A search without feature weighting. */
        public SearchSpace(List<FeatureHashing> hashings, List<Double> learningRates, List<Double> l2s,
                           int maxEpochs, long seed) {
            this(hashings, List.of(FeatureWeighting.NONE), learningRates, l2s, maxEpochs, seed);
        }
    }

    /** A built model with its card. */
    public record Built(LinearClassifier model, ModelCard card) {
    }

    private final PrintStream log;

    public ModelBuilder(PrintStream log) {
        this.log = log;
    }

    public Built build(String name, String description, List<LabelledText> examples, InputFormat format,
                       SearchSpace space, ModelCard.Dataset dataset, String fingerprint) {
        Map<DatasetSplit, List<LabelledText>> parts = new EnumMap<>(DatasetSplit.class);
        for (DatasetSplit split : DatasetSplit.values()) {
            parts.put(split, new ArrayList<>());
        }
        for (LabelledText example : examples) {
            parts.get(DatasetSplit.of(format.splitKey(example.text()))).add(example);
        }
        List<String> labels = List.copyOf(new TreeSet<>(examples.stream().map(LabelledText::label).toList()));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("need at least two distinct labels, found " + labels);
        }
        log.printf("%s: %d examples, labels %s; split train %d / validation %d / test %d%n", name,
                examples.size(), labels, parts.get(DatasetSplit.TRAIN).size(),
                parts.get(DatasetSplit.VALIDATION).size(), parts.get(DatasetSplit.TEST).size());

        // Every candidate (configuration and epoch count) is scored on VALIDATION; the best one's softmax
        // temperature is fitted there too, on the very model the search trained (a rerun would give the same).
        // Configurations train in parallel, one per core; the winner is the same as in one sequential pass
        // (the first best in search-space order), whatever order they finish in.
        Candidate best = null;
        EncodedDataset train = null, validation = null;
        for (FeatureHashing hashing : space.hashings()) {
            EncodedDataset trainHere = EncodedDataset.encode(parts.get(DatasetSplit.TRAIN), labels, hashing, format);
            EncodedDataset validationHere = EncodedDataset.encode(parts.get(DatasetSplit.VALIDATION), labels, hashing, format);
            List<TrainingOptions> configurations = new ArrayList<>();
            for (FeatureWeighting weighting : space.weightings()) {
                for (double lr : space.learningRates()) {
                    for (double l2 : space.l2s()) {
                        configurations.add(new TrainingOptions(hashing, weighting, space.maxEpochs(), lr, l2, space.seed()));
                    }
                }
            }
            for (Candidate candidate : inParallel(configurations, options -> bestEpoch(trainHere, validationHere, format, options))) {
                if (candidate.beats(best)) {
                    best = candidate;
                    train = trainHere;
                    validation = validationHere;
                }
            }
        }
        TrainingOptions chosen = best.options;
        FeatureHashing hashing = chosen.hashing();
        float temperature = best.temperature;

        EncodedDataset all = concat(train, validation); // train + validation, in that order
        LinearClassifier fitted = ClassifierTrainer.train(all, null, format, chosen,
                (epoch, epochs, loss, ignored) -> log.printf("  final fit epoch %d/%d loss %.4f%n", epoch, epochs, loss));
        LinearClassifier model = fitted.withTemperature(temperature);

        EncodedDataset test = EncodedDataset.encode(parts.get(DatasetSplit.TEST), labels, hashing, format);
        Evaluation metrics = Evaluation.of(model, test);
        log.printf("%s: test accuracy %.4f, macro-F1 %.4f, log-loss %.4f (temperature %.3f)%n",
                name, metrics.accuracy(), metrics.macroF1(), metrics.logLoss(), temperature);

        ModelCard card = new ModelCard(name, description, labels, format.name().toLowerCase(), dataset,
                new ModelCard.Split(format.splitRule(),
                        train.size(), validation.size(), test.size()),
                new ModelCard.Hyperparameters(hashing.buckets(), hashing.wordNgrams(),
                        chosen.weighting().name().toLowerCase(Locale.ROOT), chosen.epochs(),
                        chosen.learningRate(), chosen.l2(), chosen.seed(), temperature,
                        "best validation accuracy (ties: lower log-loss) over the search space and epochs 1.." + space.maxEpochs(),
                        "train + validation"),
                metrics, fingerprint);
        return new Built(model, card);
    }

    private static EncodedDataset concat(EncodedDataset first, EncodedDataset second) {
        int[][] features = new int[first.size() + second.size()][];
        int[] labelIds = new int[features.length];
        System.arraycopy(first.features(), 0, features, 0, first.size());
        System.arraycopy(second.features(), 0, features, first.size(), second.size());
        System.arraycopy(first.labelIds(), 0, labelIds, 0, first.size());
        System.arraycopy(second.labelIds(), 0, labelIds, first.size(), second.size());
        return new EncodedDataset(first.labels(), features, labelIds);
    }

    /** Trains one configuration, scoring every epoch on validation; returns its best epoch, calibrated. */
    private Candidate bestEpoch(EncodedDataset train, EncodedDataset validation, InputFormat format, TrainingOptions options) {
        Candidate[] best = {null};
        ClassifierTrainer.train(train, validation, format, options, new ClassifierTrainer.Progress() {
            @Override
            public void epochDone(int epoch, int epochs, double trainLoss, Evaluation scores) {
            }

            @Override
            public void epochDone(int epoch, int epochs, double trainLoss, Evaluation scores, LinearClassifier model) {
                Candidate candidate = new Candidate(options.withEpochs(epoch), scores.accuracy(), scores.logLoss(), Float.NaN);
                if (candidate.beats(best[0])) {
                    best[0] = candidate.withTemperature(ClassifierTrainer.calibrate(model, validation).temperature());
                }
            }
        });
        log.printf("  %s %s lr=%s l2=%s: validation accuracy %.4f, log-loss %.4f at epoch %d%n", options.hashing(),
                options.weighting().name().toLowerCase(Locale.ROOT), options.learningRate(), options.l2(),
                best[0].accuracy, best[0].logLoss, best[0].options.epochs());
        return best[0];
    }

    /** {@code work} applied to every item, one thread per core; the results in the items' order. */
    private static <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "taskfit-search");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A configuration and epoch count with its validation scores and the temperature fitted on validation;
     * higher accuracy wins, then lower log-loss.
     */
    private record Candidate(TrainingOptions options, double accuracy, double logLoss, float temperature) {
        boolean beats(Candidate other) {
            return other == null || accuracy > other.accuracy || accuracy == other.accuracy && logLoss < other.logLoss;
        }

        Candidate withTemperature(float fitted) {
            return new Candidate(options, accuracy, logLoss, fitted);
        }
    }
}
