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
        Search search = new Search();
        for (FeatureHashing hashing : space.hashings()) {
            EncodedDataset train = EncodedDataset.encode(parts.get(DatasetSplit.TRAIN), labels, hashing, format);
            EncodedDataset validation = EncodedDataset.encode(parts.get(DatasetSplit.VALIDATION), labels, hashing, format);
            for (FeatureWeighting weighting : space.weightings()) {
                for (double lr : space.learningRates()) {
                    for (double l2 : space.l2s()) {
                        TrainingOptions options = new TrainingOptions(hashing, weighting, space.maxEpochs(), lr, l2, space.seed());
                        Candidate bestHere = search.run(train, validation, format, options);
                        log.printf("  %s %s lr=%s l2=%s: validation accuracy %.4f, log-loss %.4f at epoch %d%n", hashing,
                                weighting.name().toLowerCase(Locale.ROOT), lr, l2, bestHere.accuracy, bestHere.logLoss,
                                bestHere.options.epochs());
                    }
                }
            }
        }
        Candidate best = search.best;
        TrainingOptions chosen = best.options;
        FeatureHashing hashing = chosen.hashing();
        EncodedDataset train = search.bestTrain, validation = search.bestValidation;
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

    /** The search so far: the best candidate over all configurations, with its temperature and data. */
    private static final class Search {
        Candidate best;
        EncodedDataset bestTrain;
        EncodedDataset bestValidation;

        /** Trains one configuration, scoring every epoch; returns its best candidate. */
        Candidate run(EncodedDataset train, EncodedDataset validation, InputFormat format, TrainingOptions options) {
            Candidate[] bestHere = {null};
            ClassifierTrainer.train(train, validation, format, options, new ClassifierTrainer.Progress() {
                @Override
                public void epochDone(int epoch, int epochs, double trainLoss, Evaluation scores) {
                }

                @Override
                public void epochDone(int epoch, int epochs, double trainLoss, Evaluation scores, LinearClassifier model) {
                    Candidate candidate = new Candidate(options.withEpochs(epoch), scores.accuracy(), scores.logLoss(), Float.NaN);
                    if (candidate.beats(best)) {
                        candidate = candidate.withTemperature(ClassifierTrainer.calibrate(model, validation).temperature());
                        best = candidate;
                        bestTrain = train;
                        bestValidation = validation;
                    }
                    if (candidate.beats(bestHere[0])) {
                        bestHere[0] = candidate;
                    }
                }
            });
            return bestHere[0];
        }
    }

    /**
     * A configuration and epoch count with its validation scores (and, once it has led the search, the
     * temperature fitted on validation); higher accuracy wins, then lower log-loss.
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
