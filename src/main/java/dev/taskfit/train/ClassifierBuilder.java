package dev.taskfit.train;

import dev.taskfit.api.DaemonThreads;
import dev.taskfit.classify.ClassifierTrainer;
import dev.taskfit.classify.DatasetSplit;
import dev.taskfit.classify.EncodedDataset;
import dev.taskfit.classify.Evaluation;
import dev.taskfit.classify.FeatureHashing;
import dev.taskfit.classify.FeatureWeighting;
import dev.taskfit.classify.InputFormat;
import dev.taskfit.classify.LabelledExample;
import dev.taskfit.classify.LinearClassifier;
import dev.taskfit.classify.ModelCard;
import dev.taskfit.classify.TrainingOptions;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Builds a classifier from labelled examples the one honest way: split by {@link DatasetSplit}, choose
 * hyperparameters and epochs on the validation part, fit the softmax temperature there too, retrain the
 * chosen configuration on train + validation, and measure once on the untouched test part.
 */
public final class ClassifierBuilder {

    /** The search space; every candidate is trained on TRAIN and scored on VALIDATION. */
    public record SearchSpace(List<FeatureHashing> hashings, List<FeatureWeighting> weightings,
                              List<Double> learningRates, List<Double> l2s, int maxEpochs, long seed) {

        /** A search without feature weighting. */
        public SearchSpace(List<FeatureHashing> hashings, List<Double> learningRates, List<Double> l2s,
                           int maxEpochs, long seed) {
            this(hashings, List.of(FeatureWeighting.NONE), learningRates, l2s, maxEpochs, seed);
        }

        /**
         * The search for a user's own labelled data (the train command, {@code POST /v1/models}): word unigrams and
         * bigrams in 2^20 buckets, with and without naive-Bayes weighting, two learning rates, two L2s, up to 12 epochs.
         */
        public static SearchSpace forUserData(long seed) {
            return new SearchSpace(List.of(new FeatureHashing(1 << 20, 2)),
                    List.of(FeatureWeighting.NONE, FeatureWeighting.NAIVE_BAYES), List.of(0.05, 0.1), List.of(1e-6, 1e-5),
                    12, seed);
        }
    }

    /**
     * A built model with its card, and the same configuration fitted on the train part only (calibrated on
     * validation), for tuning anything that sits on top of the model on the validation part.
     */
    public record Built(LinearClassifier model, ModelCard card, LinearClassifier trainOnly) {
    }

    /**
     * Examples of one dataset already encoded with one hashing, per part of the split: what the command-line
     * tool builds while it streams a file, so that no text is held in memory.
     */
    public record EncodedParts(FeatureHashing hashing, EncodedDataset train, EncodedDataset validation,
                               EncodedDataset test) {
    }

    /**
     * Told after every training epoch of the search and of the final fits (from several threads at once), with
     * the examples stepped over so far and the number planned in all (an upper bound until the search is over).
     */
    @FunctionalInterface
    public interface Progress {
        void epochDone(String step, int epoch, int epochs, long examplesDone, long examplesPlanned);

        Progress NONE = (step, epoch, epochs, done, planned) -> { };
    }

    private final PrintStream log;
    private final Progress progress;
    private final AtomicLong examplesDone = new AtomicLong();
    private volatile long examplesPlanned;

    public ClassifierBuilder(PrintStream log) {
        this(log, Progress.NONE);
    }

    public ClassifierBuilder(PrintStream log, Progress progress) {
        this.log = log;
        this.progress = progress;
    }

    public Built build(String name, String description, List<LabelledExample> examples, InputFormat format,
                       SearchSpace space, ModelCard.Dataset dataset, String fingerprint) {
        Map<DatasetSplit, List<LabelledExample>> parts = new EnumMap<>(DatasetSplit.class);
        for (DatasetSplit split : DatasetSplit.values()) {
            parts.put(split, new ArrayList<>());
        }
        for (LabelledExample example : examples) {
            parts.get(DatasetSplit.of(format.splitKey(example.text()))).add(example);
        }
        return build(name, description, parts, format.splitRule(), format, space, dataset, fingerprint);
    }

    /**
     * Builds from parts already split by {@code splitRule}, choosing hyperparameters on the validation part.
     * Configurations train in parallel, one per core; the winner is the same as in one sequential pass (the
     * first best in search-space order), whatever order they finish in.
     */
    public Built build(String name, String description, Map<DatasetSplit, List<LabelledExample>> parts, String splitRule,
                       InputFormat format, SearchSpace space, ModelCard.Dataset dataset, String fingerprint) {
        List<String> labels = labelsOf(name, parts);
        Candidate best = null;
        EncodedParts bestParts = null;
        for (FeatureHashing hashing : space.hashings()) {
            EncodedParts encoded = new EncodedParts(hashing,
                    EncodedDataset.encode(parts.get(DatasetSplit.TRAIN), labels, hashing, format),
                    EncodedDataset.encode(parts.get(DatasetSplit.VALIDATION), labels, hashing, format),
                    EncodedDataset.encode(parts.get(DatasetSplit.TEST), labels, hashing, format));
            Candidate candidate = search(encoded, format, space, space.hashings().size());
            if (candidate.beats(best)) {
                best = candidate;
                bestParts = encoded;
            }
        }
        return finish(name, description, labels, bestParts, splitRule, format, best.options,
                selection(space), dataset, fingerprint);
    }

    /**
     * Builds from parts already encoded with one hashing ({@code space.hashings()} is not used), choosing the
     * other hyperparameters and the epochs on the validation part as {@link #build} does.
     */
    public Built build(String name, String description, EncodedParts parts, String splitRule, InputFormat format,
                       SearchSpace space, ModelCard.Dataset dataset, String fingerprint) {
        List<String> labels = parts.train().labels();
        Candidate best = search(parts, format, space, 1);
        return finish(name, description, labels, parts, splitRule, format, best.options, selection(space), dataset,
                fingerprint);
    }

    private static String selection(SearchSpace space) {
        return "best validation accuracy (ties: lower log-loss) over the search space and epochs 1.." + space.maxEpochs();
    }

    /** The best configuration and epoch count for one hashing; configurations train in parallel. */
    private Candidate search(EncodedParts parts, InputFormat format, SearchSpace space, int hashings) {
        List<TrainingOptions> configurations = new ArrayList<>();
        for (FeatureWeighting weighting : space.weightings()) {
            for (double lr : space.learningRates()) {
                for (double l2 : space.l2s()) {
                    configurations.add(new TrainingOptions(parts.hashing(), weighting, space.maxEpochs(), lr, l2, space.seed()));
                }
            }
        }
        int finalFits = 2 * parts.train().size() + parts.validation().size();
        examplesPlanned = examplesDone.get() + (long) space.maxEpochs()
                * ((long) hashings * configurations.size() * parts.train().size() + finalFits);
        Candidate best = null;
        List<Candidate> candidates = inParallel(configurations, options -> bestEpoch(parts.train(), parts.validation(),
                format, options, "configuration " + (configurations.indexOf(options) + 1) + "/" + configurations.size()));
        for (Candidate candidate : candidates) {
            if (candidate.beats(best)) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * Builds from parts already split by {@code splitRule}, choosing hyperparameters and epochs by {@code folds}-fold
     * cross-validation within train + validation (for small data sets, where the validation part alone is too
     * few examples to choose epochs on). Example i of train + validation, in the parts' order, is in fold i mod
     * folds. The temperature is still fitted on the validation part with the model trained on train only.
     */
    public Built buildCrossValidated(String name, String description, Map<DatasetSplit, List<LabelledExample>> parts,
                                     String splitRule, InputFormat format, SearchSpace space, int folds,
                                     ModelCard.Dataset dataset, String fingerprint) {
        List<String> labels = labelsOf(name, parts);
        List<LabelledExample> development = new ArrayList<>(parts.get(DatasetSplit.TRAIN));
        development.addAll(parts.get(DatasetSplit.VALIDATION));
        Candidate best = null;
        for (FeatureHashing hashing : space.hashings()) {
            EncodedDataset all = EncodedDataset.encode(development, labels, hashing, format);
            for (double lr : space.learningRates()) {
                for (double l2 : space.l2s()) {
                    TrainingOptions options = new TrainingOptions(hashing, space.maxEpochs(), lr, l2, space.seed());
                    int[][][] confusions = new int[space.maxEpochs() + 1][labels.size()][labels.size()];
                    double[] logLoss = new double[space.maxEpochs() + 1];
                    for (int fold = 0; fold < folds; fold++) {
                        EncodedDataset[] trainAndHeldOut = fold(all, folds, fold);
                        ClassifierTrainer.train(trainAndHeldOut[0], trainAndHeldOut[1], format, options,
                                (epoch, epochs, loss, scores) -> {
                                    add(confusions[epoch], scores.confusion());
                                    logLoss[epoch] += scores.logLoss() * scores.examples();
                                });
                    }
                    Candidate bestHere = null;
                    for (int epoch = 1; epoch <= space.maxEpochs(); epoch++) {
                        Evaluation pooled = Evaluation.fromConfusion(labels, confusions[epoch], logLoss[epoch] / all.size());
                        Candidate candidate = new Candidate(options.withEpochs(epoch), pooled.accuracy(), pooled.logLoss());
                        if (candidate.beats(bestHere)) {
                            bestHere = candidate;
                        }
                    }
                    log.printf("  %s lr=%s l2=%s: %d-fold cross-validated accuracy %.4f, log-loss %.4f at epoch %d%n",
                            hashing, lr, l2, folds, bestHere.accuracy, bestHere.logLoss, bestHere.options.epochs());
                    if (bestHere.beats(best)) {
                        best = bestHere;
                    }
                }
            }
        }
        FeatureHashing chosen = best.options.hashing();
        EncodedParts encoded = new EncodedParts(chosen,
                EncodedDataset.encode(parts.get(DatasetSplit.TRAIN), labels, chosen, format),
                EncodedDataset.encode(parts.get(DatasetSplit.VALIDATION), labels, chosen, format),
                EncodedDataset.encode(parts.get(DatasetSplit.TEST), labels, chosen, format));
        return finish(name, description, labels, encoded, splitRule, format, best.options,
                "best " + folds + "-fold cross-validated accuracy within train + validation (ties: lower log-loss) over"
                        + " the search space and epochs 1.." + space.maxEpochs(), dataset, fingerprint);
    }

    private List<String> labelsOf(String name, Map<DatasetSplit, List<LabelledExample>> parts) {
        List<LabelledExample> examples = new ArrayList<>();
        parts.values().forEach(examples::addAll);
        List<String> labels = List.copyOf(new TreeSet<>(examples.stream().map(LabelledExample::label).toList()));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("need at least two distinct labels, found " + labels);
        }
        log.printf("%s: %d examples, labels %s; split train %d / validation %d / test %d%n", name,
                examples.size(), labels, parts.get(DatasetSplit.TRAIN).size(),
                parts.get(DatasetSplit.VALIDATION).size(), parts.get(DatasetSplit.TEST).size());
        return labels;
    }

    /** The examples outside fold {@code fold} and the ones in it. */
    private static EncodedDataset[] fold(EncodedDataset all, int folds, int fold) {
        int held = 0;
        for (int i = 0; i < all.size(); i++) {
            held += i % folds == fold ? 1 : 0;
        }
        int[][] trainFeatures = new int[all.size() - held][], heldFeatures = new int[held][];
        int[] trainLabels = new int[all.size() - held], heldLabels = new int[held];
        for (int i = 0, t = 0, h = 0; i < all.size(); i++) {
            if (i % folds == fold) {
                heldFeatures[h] = all.features()[i];
                heldLabels[h++] = all.labelIds()[i];
            } else {
                trainFeatures[t] = all.features()[i];
                trainLabels[t++] = all.labelIds()[i];
            }
        }
        return new EncodedDataset[] {new EncodedDataset(all.labels(), trainFeatures, trainLabels),
                new EncodedDataset(all.labels(), heldFeatures, heldLabels)};
    }

    private static void add(int[][] into, int[][] confusion) {
        for (int i = 0; i < into.length; i++) {
            for (int j = 0; j < into.length; j++) {
                into[i][j] += confusion[i][j];
            }
        }
    }

    /**
     * Fits the chosen configuration on train only (temperature calibrated on validation) and, at the same time,
     * on train + validation, which then takes that temperature; measures the result once on the test part.
     */
    private Built finish(String name, String description, List<String> labels, EncodedParts parts,
                         String splitRule, InputFormat format, TrainingOptions chosen, String selection,
                         ModelCard.Dataset dataset, String fingerprint) {
        FeatureHashing hashing = chosen.hashing();
        EncodedDataset train = parts.train(), validation = parts.validation(), test = parts.test();
        examplesPlanned = examplesDone.get() + (long) chosen.epochs() * (2L * train.size() + validation.size());
        EncodedDataset all = concat(train, validation);
        ClassifierTrainer.Progress finalFit = told("final fit on train + validation", all.size());
        // The two fits are independent (the temperature is applied afterwards), so they take a core each.
        List<LinearClassifier> fits = inParallel(List.of(train, all), data -> data == train
                ? ClassifierTrainer.calibrate(ClassifierTrainer.train(train, null, format, chosen,
                        told("final fit on train (for the temperature)", train.size())), validation)
                : ClassifierTrainer.train(all, null, format, chosen, (epoch, epochs, loss, ignored) -> {
                    log.printf("  final fit epoch %d/%d loss %.4f%n", epoch, epochs, loss);
                    finalFit.epochDone(epoch, epochs, loss, null);
                }));
        LinearClassifier trainOnly = fits.get(0), fitted = fits.get(1);
        float temperature = trainOnly.temperature();
        LinearClassifier model = fitted.withTemperature(temperature);

        Evaluation metrics = Evaluation.of(model, test);
        log.printf("%s: test accuracy %.4f, macro-F1 %.4f, log-loss %.4f (temperature %.3f)%n",
                name, metrics.accuracy(), metrics.macroF1(), metrics.logLoss(), temperature);

        ModelCard card = new ModelCard(name, description, labels, format.name().toLowerCase(), dataset,
                new ModelCard.Split(splitRule, train.size(), validation.size(), test.size()),
                new ModelCard.Hyperparameters(hashing.buckets(), hashing.wordNgrams(),
                        hashing.charNgrams() > 0 ? hashing.charNgrams() : null,
                        chosen.weighting().name().toLowerCase(Locale.ROOT), chosen.epochs(),
                        chosen.learningRate(), chosen.l2(), chosen.seed(), temperature, selection, "train + validation"),
                metrics, fingerprint);
        return new Built(model, card, trainOnly);
    }

    /** Trains one configuration, scoring every epoch on validation; returns its best epoch, calibrated. */
    private Candidate bestEpoch(EncodedDataset train, EncodedDataset validation, InputFormat format,
                                TrainingOptions options, String step) {
        Candidate[] best = {null};
        String described = step + " (" + options.weighting().name().toLowerCase(Locale.ROOT) + " lr=" + options.learningRate()
                + " l2=" + options.l2() + ")";
        ClassifierTrainer.Progress told = told(described, train.size());
        ClassifierTrainer.train(train, validation, format, options, new ClassifierTrainer.Progress() {
            @Override
            public void epochDone(int epoch, int epochs, double trainLoss, Evaluation scores) {
                Candidate candidate = new Candidate(options.withEpochs(epoch), scores.accuracy(), scores.logLoss());
                if (candidate.beats(best[0])) {
                    best[0] = candidate;
                }
                told.epochDone(epoch, epochs, trainLoss, scores);
            }
        });
        log.printf("  %s %s lr=%s l2=%s: validation accuracy %.4f, log-loss %.4f at epoch %d%n", options.hashing(),
                options.weighting().name().toLowerCase(Locale.ROOT), options.learningRate(), options.l2(),
                best[0].accuracy, best[0].logLoss, best[0].options.epochs());
        return best[0];
    }

    /** A trainer progress that adds one epoch's examples to the count and tells {@link #progress}. */
    private ClassifierTrainer.Progress told(String step, int examplesPerEpoch) {
        return (epoch, epochs, loss, validation) -> progress.epochDone(step, epoch, epochs,
                examplesDone.addAndGet(examplesPerEpoch), examplesPlanned);
    }

    /** The examples of {@code a} then those of {@code b} (the feature arrays are shared, not copied). */
    private static EncodedDataset concat(EncodedDataset a, EncodedDataset b) {
        int[][] features = Arrays.copyOf(a.features(), a.size() + b.size());
        System.arraycopy(b.features(), 0, features, a.size(), b.size());
        int[] labelIds = Arrays.copyOf(a.labelIds(), a.size() + b.size());
        System.arraycopy(b.labelIds(), 0, labelIds, a.size(), b.size());
        return new EncodedDataset(a.labels(), features, labelIds);
    }

    /** {@code work} applied to every item, one thread per core; the results in the items' order. */
    private static <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("taskfit-search"));
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

    /** A configuration and epoch count with its validation scores; higher accuracy wins, then lower log-loss. */
    private record Candidate(TrainingOptions options, double accuracy, double logLoss) {
        boolean beats(Candidate other) {
            return other == null || accuracy > other.accuracy || accuracy == other.accuracy && logLoss < other.logLoss;
        }
    }
}
