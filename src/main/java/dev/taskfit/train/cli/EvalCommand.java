package dev.taskfit.train.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.taskfit.classify.ClassifierFile;
import dev.taskfit.classify.Evaluation;
import dev.taskfit.classify.LinearClassifier;
import dev.taskfit.train.BadDataException;
import dev.taskfit.train.LabelledFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code taskfit eval}: a model's accuracy, macro-F1, per-label precision and recall and confusion on a labelled file. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate a model on another labelled file (same formats as train): accuracy, macro-F1,"
                + " log-loss, per-label precision, recall and F1, and the confusion matrix.",
                "Every label in the file must be one of the model's labels."},
        footer = {"", "Example:", "  taskfit eval models/tickets.tfc tickets-march.csv"})
final class EvalCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.tfc", description = "Model file.")
    Path modelFile;

    @Parameters(index = "1", paramLabel = "DATA", description = "Labelled file: .csv, .jsonl or .ndjson, optionally .gz.")
    Path data;

    @Option(names = "--json", description = "Print the metrics as one JSON object instead of tables.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        LinearClassifier model = ModelFiles.read(modelFile).model();
        List<String> labels = model.labels();
        int k = labels.size();
        int[][] confusion = new int[k][k];
        double[] probabilities = new double[k];
        double[] logLoss = {0};
        LabelledFileReader.forEach(data, true, (line, text, label) -> {
            int actual = labels.indexOf(label);
            if (actual < 0) {
                throw new BadDataException(data, line, "label '" + label + "' is not one of the model's labels " + labels);
            }
            int predicted = model.predictInto(text, probabilities);
            logLoss[0] -= Math.log(Math.max(probabilities[actual], 1e-12));
            confusion[actual][predicted]++;
        });
        int examples = 0;
        for (int[] row : confusion) {
            for (int count : row) {
                examples += count;
            }
        }
        if (examples == 0) {
            throw new BadDataException(data, 0, "no examples (the file is empty or has only a header)");
        }
        Evaluation metrics = Evaluation.fromConfusion(labels, confusion, logLoss[0] / examples);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(metrics));
        } else {
            print(metrics, out);
        }
        return Main.OK;
    }

    private void print(Evaluation metrics, PrintWriter out) {
        out.printf(Locale.ROOT, "%s on %s: %,d examples%n", modelFile, data, metrics.examples());
        out.printf(Locale.ROOT, "accuracy %.4f   macro-F1 %.4f   log-loss %.4f%n%n", metrics.accuracy(), metrics.macroF1(),
                metrics.logLoss());
        int width = Math.max(5, metrics.labels().stream().mapToInt(String::length).max().orElse(5));
        out.printf(Locale.ROOT, "%-" + width + "s  %9s  %6s  %6s  %7s%n", "label", "precision", "recall", "F1", "support");
        for (Evaluation.LabelMetrics label : metrics.perLabel()) {
            out.printf(Locale.ROOT, "%-" + width + "s  %9.4f  %6.4f  %6.4f  %7d%n", label.label(), label.precision(),
                    label.recall(), label.f1(), label.support());
        }
        out.printf("%nconfusion (rows: true label, columns: predicted)%n");
        int cell = Math.max(7, width);
        out.printf("%-" + width + "s", "");
        for (String label : metrics.labels()) {
            out.printf("  %" + cell + "s", label);
        }
        out.println();
        for (int i = 0; i < metrics.labels().size(); i++) {
            out.printf("%-" + width + "s", metrics.labels().get(i));
            for (int count : metrics.confusion()[i]) {
                out.printf("  %" + cell + "d", count);
            }
            out.println();
        }
    }
}
