package dev.taskfit.train;

import dev.taskfit.advise.AdvisorModel;
import dev.taskfit.advise.AdvisorSplit;
import dev.taskfit.advise.CombinationRule;
import dev.taskfit.advise.LabelledTask;
import dev.taskfit.advise.LabelledTasks;
import dev.taskfit.classify.ClassifierFile;
import dev.taskfit.classify.DatasetSplit;
import dev.taskfit.classify.Evaluation;
import dev.taskfit.classify.FeatureHashing;
import dev.taskfit.classify.InputFormat;
import dev.taskfit.classify.LabelledText;
import dev.taskfit.classify.LinearClassifier;
import dev.taskfit.classify.ModelCard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Build step for the advisor: trains its classifier over the labelled task descriptions of
 * {@code src/data/advise/tasks.jsonl} (split by {@link AdvisorSplit}; hyperparameters by cross-validation
 * within train + validation, temperature on validation), derives the {@link CombinationRule}'s cue weight from
 * the classifier's validation accuracy, and measures the shipped advisor once on the untouched test part.
 */
final class AdvisorBuild {

    static final String DESCRIPTION = "Model family a described task needs: discriminative, generative or composite"
            + " (the advisor's classifier, reading each task with its negated words blanked out; /v1/advise combines"
            + " it with explicit cues).";
    static final String SOURCE = "src/data/advise: hand-written task descriptions labelled by LABELLING.md";

    /**
     * Word n-grams up to bigrams plus character 3-4-grams (typos share most of their character n-grams with the
     * right word); 2^17 buckets are plenty for under a thousand short descriptions.
     */
    static final ModelBuilder.SearchSpace SEARCH_SPACE = new ModelBuilder.SearchSpace(
            List.of(new FeatureHashing(1 << 17, 2, 4)), List.of(0.1, 0.2), List.of(0.0, 1e-4), 30, 20261129L);

    /** Folds of the cross-validation that chooses the classifier's hyperparameters (88 validation tasks are too few). */
    static final int FOLDS = 5;

    /** Bounds on the accuracy the cue weight is derived from, so that the weight stays finite. */
    static final double MIN_ACCURACY = 0.5, MAX_ACCURACY = 0.99;

    private AdvisorBuild() {
    }

    static Path tasksFile(Path dataDir) {
        return dataDir.resolve("advise").resolve("tasks.jsonl");
    }

    /** Recipe text that goes into the fingerprint: a change here retrains. */
    static String recipe() {
        return AdvisorModel.NAME + SEARCH_SPACE + FOLDS + MIN_ACCURACY + MAX_ACCURACY + AdvisorSplit.RULE + DESCRIPTION;
    }

    static void build(Path dataDir, Path modelsDir, String fingerprint, PrintStream log) throws IOException {
        Path tasksFile = tasksFile(dataDir);
        List<LabelledTask> tasks = LabelledTasks.read(tasksFile);
        Map<DatasetSplit, List<LabelledTask>> parts = AdvisorSplit.of(tasks);
        Map<DatasetSplit, List<LabelledText>> texts = new EnumMap<>(DatasetSplit.class);
        parts.forEach((split, list) -> texts.put(split, list.stream()
                .map(t -> new LabelledText(AdvisorModel.classifierText(t.task()), t.family().label())).toList()));
        ModelCard.Dataset dataset = new ModelCard.Dataset(SOURCE, "src/data/advise/tasks.jsonl",
                BuildModels.sha256(List.of(tasksFile)), tasks.size(), 0);
        ModelBuilder.Built built = new ModelBuilder(log).buildCrossValidated(AdvisorModel.NAME, DESCRIPTION, texts,
                AdvisorSplit.RULE, InputFormat.PLAIN, SEARCH_SPACE, FOLDS, dataset, fingerprint);

        List<LabelledTask> validation = parts.get(DatasetSplit.VALIDATION);
        double classifierAccuracy = evaluate(built.trainOnly(), -1, validation).accuracy();
        double weight = cueWeight(classifierAccuracy);
        Evaluation validationFigures = evaluate(built.trainOnly(), weight, validation);
        Evaluation test = evaluate(built.model(), weight, parts.get(DatasetSplit.TEST));
        Evaluation testModel = evaluate(built.model(), -1, parts.get(DatasetSplit.TEST));
        CombinationRule rule = new CombinationRule(weight, CombinationRule.FORMULA, String.format(java.util.Locale.ROOT,
                "ln(2a/(1-a)) with a = %.4f, the accuracy on the validation part of the classifier trained on the "
                        + "train part: the cues' verdict counts as a vote from a classifier as accurate as the advisor's "
                        + "own (the cue rules were written from train and validation tasks, so their accuracy there "
                        + "would overstate them); test never used", classifierAccuracy),
                validationFigures, test, testModel);
        log.printf("%s: cue weight %.3f (classifier validation accuracy %.4f); combined validation accuracy %.4f;"
                        + " test accuracy %.4f (classifier alone %.4f)%n", AdvisorModel.NAME, weight, classifierAccuracy,
                validationFigures.accuracy(), test.accuracy(), testModel.accuracy());

        Path model = modelsDir.resolve(AdvisorModel.NAME + ".tfc");
        Path temporary = Files.createTempFile(modelsDir, AdvisorModel.NAME, ".part");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            ClassifierFile.write(built.model(), BuildModels.JSON.writeValueAsString(built.card()), out);
        }
        Files.writeString(modelsDir.resolve(AdvisorModel.RULE_FILE), BuildModels.JSON.writeValueAsString(rule));
        Files.move(temporary, model, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The log-odds a verdict adds when it comes from a voter of accuracy {@code accuracy} over three families whose
     * errors are spread evenly: ln(a / ((1 - a) / 2)).
     */
    static double cueWeight(double accuracy) {
        double a = Math.min(MAX_ACCURACY, Math.max(MIN_ACCURACY, accuracy));
        return Math.log(2 * a / (1 - a));
    }

    /** The combined advisor's metrics on {@code tasks}; a negative weight means the classifier alone. */
    static Evaluation evaluate(LinearClassifier classifier, double weight, List<LabelledTask> tasks) {
        AdvisorModel advisor = new AdvisorModel(classifier, null,
                new CombinationRule(Math.max(0, weight), CombinationRule.FORMULA, "", null, null, null));
        List<String> labels = classifier.labels();
        int[][] confusion = new int[labels.size()][labels.size()];
        double logLoss = 0;
        for (LabelledTask task : tasks) {
            AdvisorModel.Decision decision = advisor.decide(task.task());
            double[] p = weight < 0 ? decision.modelProbabilities() : decision.combined();
            int predicted = 0;
            for (int i = 1; i < p.length; i++) {
                if (p[i] > p[predicted]) {
                    predicted = i;
                }
            }
            int actual = labels.indexOf(task.family().label());
            confusion[actual][predicted]++;
            logLoss -= Math.log(Math.max(p[actual], 1e-12));
        }
        return Evaluation.fromConfusion(labels, confusion, logLoss / Math.max(1, tasks.size()));
    }
}
