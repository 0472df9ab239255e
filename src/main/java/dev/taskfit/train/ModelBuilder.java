package dev.taskfit.train;

import dev.taskfit.classify.ClassifierTrainer;
import dev.taskfit.classify.DatasetSplit;
import dev.taskfit.classify.EncodedDataset;
import dev.taskfit.classify.Evaluation;
import dev.taskfit.classify.FeatureHashing;
import dev.taskfit.classify.InputFormat;
import dev.taskfit.classify.LabelledText;
import dev.taskfit.classify.LinearClassifier;
import dev.taskfit.classify.ModelCard;
import dev.taskfit.classify.TrainingOptions;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds a classifier from labelled examples the one honest way: split by {@link DatasetSplit}, choose
 * hyperparameters and epochs on the validation part, fit the softmax temperature there too, retrain the
 * chosen configuration on train + validation, and measure once on the untouched test part.
 */
public final class ModelBuilder {

    /** The search space; every candidate is trained on TRAIN and scored on VALIDATION. */
    public record SearchSpace(List<FeatureHashing> hashings, List<Double> learningRates, List<Double> l2s,
                              int maxEpochs, long seed) {
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

        Candidate best = null;
        for (FeatureHashing hashing : space.hashings()) {
            EncodedDataset train = EncodedDataset.encode(parts.get(DatasetSplit.TRAIN), labels, hashing, format);
            EncodedDataset validation = EncodedDataset.encode(parts.get(DatasetSplit.VALIDATION), labels, hashing, format);
            for (double lr : space.learningRates()) {
                for (double l2 : space.l2s()) {
                    TrainingOptions options = new TrainingOptions(hashing, space.maxEpochs(), lr, l2, space.seed());
                    Candidate[] bestHere = {null};
                    ClassifierTrainer.train(train, validation, format, options, (epoch, epochs, loss, scores) -> {
                        Candidate candidate = new Candidate(options.withEpochs(epoch), scores.accuracy(), scores.logLoss());
                        if (candidate.beats(bestHere[0])) {
                            bestHere[0] = candidate;
                        }
                    });
                    log.printf("  %s lr=%s l2=%s: validation accuracy %.4f, log-loss %.4f at epoch %d%n", hashing, lr,
                            l2, bestHere[0].accuracy, bestHere[0].logLoss, bestHere[0].options.epochs());
                    if (bestHere[0].beats(best)) {
                        best = bestHere[0];
                    }
                }
            }
        }
        TrainingOptions chosen = best.options;
        FeatureHashing hashing = chosen.hashing();
        EncodedDataset train = EncodedDataset.encode(parts.get(DatasetSplit.TRAIN), labels, hashing, format);
        EncodedDataset validation = EncodedDataset.encode(parts.get(DatasetSplit.VALIDATION), labels, hashing, format);
        float temperature = ClassifierTrainer.calibrate(
                ClassifierTrainer.train(train, null, format, chosen, ClassifierTrainer.Progress.SILENT), validation)
                .temperature();

        List<LabelledText> trainAndValidation = new ArrayList<>(parts.get(DatasetSplit.TRAIN));
        trainAndValidation.addAll(parts.get(DatasetSplit.VALIDATION));
        EncodedDataset all = EncodedDataset.encode(trainAndValidation, labels, hashing, format);
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
                new ModelCard.Hyperparameters(hashing.buckets(), hashing.wordNgrams(), chosen.epochs(),
                        chosen.learningRate(), chosen.l2(), chosen.seed(), temperature,
                        "best validation accuracy (ties: lower log-loss) over the search space and epochs 1.." + space.maxEpochs(),
                        "train + validation"),
                metrics, fingerprint);
        return new Built(model, card);
    }

    /** A configuration and epoch count with its validation scores; higher accuracy wins, then lower log-loss. */
    private record Candidate(TrainingOptions options, double accuracy, double logLoss) {
        boolean beats(Candidate other) {
            return other == null || accuracy > other.accuracy || accuracy == other.accuracy && logLoss < other.logLoss;
        }
    }
}
