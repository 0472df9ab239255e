package dev.taskfit.train.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.taskfit.classify.ClassifierFile;
import dev.taskfit.classify.FeatureHashing;
import dev.taskfit.classify.FeatureWeighting;
import dev.taskfit.classify.InputFormat;
import dev.taskfit.classify.ModelCard;
import dev.taskfit.train.ClassifierBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code taskfit train}: a labelled file in; a model file and a JSON report out, both or neither. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Train a classifier on a labelled CSV (header with the columns text and label) or JSON Lines file"
                        + " ({\"text\": ..., \"label\": ...} per line), plain or gzipped.",
                "The file is split by a hash of each text (70 %% train, 10 %% validation, 20 %% test); the settings are"
                        + " chosen on validation, the model is refitted on train + validation and measured once on test.",
                "Writes the model file and a JSON report (its card, the examples per label, warnings) atomically:"
                        + " on any error neither is written."},
        footer = {"", "Example:", "  taskfit train tickets.csv -o models/tickets.tfc"})
final class TrainCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATA", description = "Labelled file: .csv, .jsonl or .ndjson, optionally .gz.")
    Path data;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "MODEL.tfc",
            description = "Model file to write (put it in taskfit.classify.models-dir to serve it).")
    Path out;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Model name: lower-case letters, digits, '-' or '_' (default: the model file's name).")
    String name;

    @Option(names = "--report", paramLabel = "FILE", description = "JSON report to write (default: MODEL.report.json).")
    Path report;

    @Option(names = "--description", paramLabel = "TEXT", description = "One line for the model card.")
    String description;

    @Option(names = "--format", defaultValue = "plain", paramLabel = "FORMAT",
            description = "How texts are read: plain or email (raw mails: headers and MIME parsed). Default: ${DEFAULT-VALUE}.")
    InputFormat format;

    @Option(names = "--buckets", defaultValue = "1048576", paramLabel = "N",
            description = "Hash buckets, a power of two. Default: ${DEFAULT-VALUE}.")
    int buckets;

    @Option(names = "--word-ngrams", defaultValue = "2", paramLabel = "N",
            description = "Longest word n-gram, 1-3. Default: ${DEFAULT-VALUE}.")
    int wordNgrams;

    @Option(names = "--char-ngrams", defaultValue = "0", paramLabel = "N",
            description = "Longest character n-gram of each word, 3-6, or 0 for none. Default: ${DEFAULT-VALUE}.")
    int charNgrams;

    @Option(names = "--max-epochs", defaultValue = "12", paramLabel = "N",
            description = "Most passes over the data; the best epoch count is chosen on validation. Default: ${DEFAULT-VALUE}.")
    int maxEpochs;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of the shuffles: same data and seed, same model. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = {"-q", "--quiet"}, description = "No progress or warnings on stderr (they are still in the report).")
    boolean quiet;

    /** What {@code train} writes beside the model: how it was made and what to watch out for. */
    record TrainReport(String model, ModelCard card, Map<String, Integer> examplesPerLabel, long duplicates,
                       List<String> warnings, double seconds) {
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        String modelName = name != null ? name : out.getFileName().toString().replaceFirst("\\.tfc$", "");
        if (!modelName.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the model name '" + modelName + "' must be "
                    + "lower-case letters, digits, '-' or '_' (at most 64); name the file so or give --name");
        }
        if (maxEpochs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-epochs must be at least 1");
        }
        FeatureHashing hashing;
        try {
            hashing = new FeatureHashing(buckets, wordNgrams, charNgrams);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path reportFile = report != null ? report : out.resolveSibling(modelName + ".report.json");
        requireWritableDirectory(out);
        requireWritableDirectory(reportFile);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter progress = quiet ? null : err;

        TrainingData training = TrainingData.read(data, format, hashing, progress);
        if (!quiet) {
            err.printf(Locale.ROOT, "%s: %,d examples, %d labels; train %,d / validation %,d / test %,d%n",
                    data.getFileName(), training.examples(), training.labels().size(), training.parts().train().size(),
                    training.parts().validation().size(), training.parts().test().size());
        }
        ClassifierBuilder.SearchSpace space = new ClassifierBuilder.SearchSpace(List.of(hashing),
                List.of(FeatureWeighting.NONE, FeatureWeighting.NAIVE_BAYES), List.of(0.05, 0.1), List.of(1e-6, 1e-5),
                maxEpochs, seed);
        ModelCard.Dataset dataset = new ModelCard.Dataset("user file", data.getFileName().toString(),
                training.sha256(), (int) Math.min(training.examples(), Integer.MAX_VALUE), 0);
        // the progress lines say what the builder's own log would, once a second instead of every epoch
        PrintStream log = new PrintStream(OutputStream.nullOutputStream());
        ClassifierBuilder.Built built = new ClassifierBuilder(log, quiet ? ClassifierBuilder.Progress.NONE : new ProgressLine(err))
                .build(modelName, description != null ? description : "Trained from " + data.getFileName(),
                        training.parts(), format.splitRule(), format, space, dataset, training.sha256());

        double seconds = (System.nanoTime() - start) / 1e9;
        TrainReport trainReport = new TrainReport(out.toString(), built.card(), training.examplesPerLabel(),
                training.duplicates(), training.warnings(), Math.round(seconds * 10) / 10.0);
        try (StagedFile model = new StagedFile(out); StagedFile json = new StagedFile(reportFile)) {
            ClassifierFile.write(built.model(), JSON.writeValueAsString(built.card()), model.stream());
            JSON.writeValue(json.stream(), trainReport);
            model.commit();
            json.commit();
        }
        if (!quiet) {
            ModelCard.Hyperparameters chosen = built.card().hyperparameters();
            err.printf(Locale.ROOT, "chosen on validation: %s weighting, lr %s, l2 %s, %d epochs%n", chosen.weighting(),
                    chosen.learningRate(), chosen.l2(), chosen.epochs());
            training.warnings().forEach(warning -> err.println("warning: " + warning));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "wrote %s (%,d KB) and %s in %.1f s%n", out, Files.size(out) / 1024, reportFile, seconds);
        stdout.printf(Locale.ROOT, "test accuracy %.4f, macro-F1 %.4f on %,d held-out examples%n",
                built.card().metrics().accuracy(), built.card().metrics().macroF1(), built.card().metrics().examples());
        return Main.OK;
    }

    /** Fails before a long run, not after it, when the output cannot be written. */
    private static void requireWritableDirectory(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        while (directory != null && !Files.exists(directory)) {
            directory = directory.getParent();
        }
        if (directory == null || !Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new AccessDeniedException(String.valueOf(directory), null, "cannot write " + file + " there");
        }
    }
}
