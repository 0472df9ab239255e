package dev.taskfit.train;

import dev.taskfit.advise.AdvisorModel;
import dev.taskfit.advise.AdvisorSplit;
import dev.taskfit.advise.CombinationRule;
import dev.taskfit.advise.AdvisorTask;
import dev.taskfit.advise.AdvisorTasks;
import dev.taskfit.advise.Family;
import dev.taskfit.advise.TaskCues;
import dev.taskfit.classify.ClassifierFile;
import dev.taskfit.classify.ClassifierTrainer;
import dev.taskfit.classify.EncodedDataset;
import dev.taskfit.classify.DatasetSplit;
import dev.taskfit.classify.Evaluation;
import dev.taskfit.classify.FeatureHashing;
import dev.taskfit.classify.InputFormat;
import dev.taskfit.classify.LabelledExample;
import dev.taskfit.classify.LinearClassifier;
import dev.taskfit.classify.ModelCard;
import dev.taskfit.classify.TrainingOptions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Build step for the advisor: trains its classifier over the labelled task descriptions of
 * {@code src/data/advise/} (its batch files, split by {@link AdvisorSplit}; hyperparameters by cross-validation
 * within train + validation, temperature on validation), chooses the {@link CombinationRule}'s cue weight by
 * cross-validation on development tasks the cue rules were not written from, and measures the shipped advisor
 * once on the untouched test part.
 */
final class AdvisorTraining {

    static final String DESCRIPTION = "Model family a described task needs: discriminative, generative or composite"
            + " (the advisor's classifier, reading each task with its negated words blanked out; /v1/advise combines"
            + " it with explicit cues).";
    static final String SOURCE = "src/data/advise: hand-written task descriptions labelled by LABELLING.md";

    /**
     * Word n-grams up to bigrams plus character 3-4-grams (typos share most of their character n-grams with the
     * right word); 2^17 buckets are plenty for under two thousand short descriptions.
     */
    static final ClassifierBuilder.SearchSpace SEARCH_SPACE = new ClassifierBuilder.SearchSpace(
            List.of(new FeatureHashing(1 << 17, 2, 4)), List.of(0.1, 0.2), List.of(0.0, 1e-4), 30, 20261129L);

    /** Folds of the cross-validations that choose the classifier's hyperparameters and the cue weight. */
    static final int FOLDS = 5;

    /**
     * Batches the cue rules were written or revised from (their train and validation tasks were read while doing
     * so): the first two. The cues do better on those than on unseen tasks, so the cue weight is chosen on the
     * later batches only.
     */
    static final int CUE_SOURCE_BATCHES = 2;

    /** Cue weights tried: 0 to 8 in steps of 0.25. */
    static final double WEIGHT_STEP = 0.25, MAX_WEIGHT = 8;

    private AdvisorTraining() {
    }

    static List<Path> tasksFiles(Path dataDir) {
        return AdvisorTasks.BATCH_FILES.stream().map(file -> dataDir.resolve("advise").resolve(file)).toList();
    }

    /** Recipe text that goes into the fingerprint: a change here retrains. */
    static String recipe() {
        return AdvisorModel.NAME + SEARCH_SPACE + FOLDS + CUE_SOURCE_BATCHES + WEIGHT_STEP + MAX_WEIGHT
                + AdvisorSplit.RULE + DESCRIPTION;
    }

    static void build(Path dataDir, Path modelsDir, String fingerprint, PrintStream log) throws IOException {
        List<List<AdvisorTask>> batches = AdvisorTasks.readBatches(dataDir.resolve("advise"));
        Map<DatasetSplit, List<AdvisorTask>> parts = AdvisorSplit.ofBatches(batches);
        Map<DatasetSplit, List<LabelledExample>> texts = new EnumMap<>(DatasetSplit.class);
        parts.forEach((split, list) -> texts.put(split, list.stream().map(AdvisorTraining::classifierExample).toList()));
        ModelCard.Dataset dataset = new ModelCard.Dataset(SOURCE, String.join(", ", tasksFiles(Path.of("src/data")).stream()
                .map(Path::toString).toList()), ShippedModelsBuild.sha256(tasksFiles(dataDir)),
                batches.stream().mapToInt(List::size).sum(), 0);
        ClassifierBuilder.Built built = new ClassifierBuilder(log).buildCrossValidated(AdvisorModel.NAME, DESCRIPTION, texts,
                AdvisorSplit.RULE, InputFormat.PLAIN, SEARCH_SPACE, FOLDS, dataset, fingerprint);

        List<AdvisorTask> development = new ArrayList<>(parts.get(DatasetSplit.TRAIN));
        development.addAll(parts.get(DatasetSplit.VALIDATION));
        Set<AdvisorTask> cueSource = new HashSet<>();
        batches.subList(0, CUE_SOURCE_BATCHES).forEach(cueSource::addAll);
        List<Scored> heldOut = outOfFold(development, built).stream().filter(s -> !cueSource.contains(s.task())).toList();
        double weight = 0;
        Evaluation chosen = null;
        for (double w = 0; w <= MAX_WEIGHT + 1e-9; w += WEIGHT_STEP) {
            Evaluation figures = evaluate(heldOut, w);
            if (chosen == null || figures.accuracy() > chosen.accuracy()
                    || figures.accuracy() == chosen.accuracy() && figures.logLoss() < chosen.logLoss()) {
                weight = w;
                chosen = figures;
            }
        }
        Evaluation heldOutModel = evaluate(heldOut, -1);
        List<Scored> test = score(built.model(), parts.get(DatasetSplit.TEST));
        Evaluation testFigures = evaluate(test, weight);
        Evaluation testModel = evaluate(test, -1);
        CombinationRule rule = new CombinationRule(weight, CombinationRule.FORMULA, String.format(Locale.ROOT,
                "best accuracy (ties: lower log-loss) over w = 0, %.2f .. %.0f of the combined advisor on %d development"
                        + " tasks of the batches after the first %d (the cue rules were written from those; their"
                        + " accuracy there would overstate them), each scored by the chosen classifier configuration"
                        + " trained on the other %d of %d folds of train + validation; test never used",
                WEIGHT_STEP, MAX_WEIGHT, heldOut.size(), CUE_SOURCE_BATCHES, FOLDS - 1, FOLDS),
                chosen, testFigures, testModel);
        log.printf("%s: cue weight %.2f, cross-validated on %d development tasks the cues were not written from:"
                        + " combined accuracy %.4f (classifier alone %.4f); test accuracy %.4f (classifier alone %.4f)%n",
                AdvisorModel.NAME, weight, heldOut.size(), chosen.accuracy(), heldOutModel.accuracy(),
                testFigures.accuracy(), testModel.accuracy());

        Path model = modelsDir.resolve(AdvisorModel.NAME + ".tfc");
        Path temporary = Files.createTempFile(modelsDir, AdvisorModel.NAME, ".part");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            ClassifierFile.write(built.model(), ShippedModelsBuild.JSON.writeValueAsString(built.card()), out);
        }
        Files.writeString(modelsDir.resolve(AdvisorModel.RULE_FILE), ShippedModelsBuild.JSON.writeValueAsString(rule));
        Files.move(temporary, model, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A task with its cues and the classifier's probabilities, in the order of the classifier's labels. */
    record Scored(AdvisorTask task, TaskCues.Reading cues, double[] probabilities, Family[] order) {
    }

    private static LabelledExample classifierExample(AdvisorTask task) {
        return new LabelledExample(AdvisorModel.classifierText(task.task()), task.family().label());
    }

    /**
     * Every development task scored by the shipped configuration (its hyperparameters and temperature) trained on
     * the folds it is not in; task i is in fold i mod {@link #FOLDS}, as in the hyperparameter search.
     */
    static List<Scored> outOfFold(List<AdvisorTask> development, ClassifierBuilder.Built built) {
        ModelCard.Hyperparameters chosen = built.card().hyperparameters();
        FeatureHashing hashing = built.model().hashing();
        TrainingOptions options = new TrainingOptions(hashing, chosen.epochs(), chosen.learningRate(), chosen.l2(),
                chosen.seed());
        List<String> labels = built.model().labels();
        List<Scored> scored = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<LabelledExample> train = new ArrayList<>();
            List<AdvisorTask> held = new ArrayList<>();
            for (int i = 0; i < development.size(); i++) {
                if (i % FOLDS == fold) {
                    held.add(development.get(i));
                } else {
                    train.add(classifierExample(development.get(i)));
                }
            }
            LinearClassifier model = ClassifierTrainer.train(EncodedDataset.encode(train, labels, hashing, InputFormat.PLAIN),
                    null, InputFormat.PLAIN, options, ClassifierTrainer.Progress.SILENT).withTemperature(built.model().temperature());
            scored.addAll(score(model, held));
        }
        return scored;
    }

    static List<Scored> score(LinearClassifier classifier, List<AdvisorTask> tasks) {
        Family[] order = classifier.labels().stream().map(Family::of).toArray(Family[]::new);
        return tasks.stream().map(task -> {
            TaskCues.Reading cues = TaskCues.read(task.task());
            return new Scored(task, cues, classifier.predict(cues.withoutNegated(task.task())).probabilities(), order);
        }).toList();
    }

    /** The combined advisor's metrics on {@code tasks} with cue weight {@code weight}; negative: the classifier alone. */
    static Evaluation evaluate(List<Scored> tasks, double weight) {
        CombinationRule rule = new CombinationRule(Math.max(0, weight), CombinationRule.FORMULA, "", null, null, null);
        List<String> labels = tasks.isEmpty() ? List.of() : Arrays.stream(tasks.get(0).order()).map(Family::label).toList();
        int[][] confusion = new int[labels.size()][labels.size()];
        double logLoss = 0;
        for (Scored task : tasks) {
            double[] p = weight < 0 ? task.probabilities()
                    : rule.combine(task.probabilities(), task.order(), task.cues().verdict(), task.cues().strong());
            int predicted = 0;
            for (int i = 1; i < p.length; i++) {
                if (p[i] > p[predicted]) {
                    predicted = i;
                }
            }
            int actual = labels.indexOf(task.task().family().label());
            confusion[actual][predicted]++;
            logLoss -= Math.log(Math.max(p[actual], 1e-12));
        }
        return Evaluation.fromConfusion(labels, confusion, logLoss / Math.max(1, tasks.size()));
    }
}
