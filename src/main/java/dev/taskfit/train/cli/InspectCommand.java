package dev.taskfit.train.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.taskfit.classify.ClassifierFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code taskfit inspect}: the card stored in a model file (how it was made, and its held-out metrics). */
@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show a model's card: name, labels, training data, split, chosen settings and held-out metrics"
                + " (the same card GET /v1/models serves).",
        footer = {"", "Example:", "  taskfit inspect models/tickets.tfc --json | jq .metrics.accuracy"})
final class InspectCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL.tfc", description = "Model file.")
    Path modelFile;

    @Option(names = "--json", description = "Print the whole card as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ClassifierFile.Stored stored = ModelFiles.read(modelFile);
        JsonNode card = JSON.readTree(stored.cardJson());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(card));
            return Main.OK;
        }
        out.printf(Locale.ROOT, "%s (%s, %,d KB)%n", card.path("name").asText(), modelFile, Files.size(modelFile) / 1024);
        out.printf("  %s%n", card.path("description").asText());
        out.printf("labels        %s%n", String.join(", ", stored.model().labels()));
        out.printf("input         %s%n", card.path("inputFormat").asText());
        JsonNode dataset = card.path("dataset");
        out.printf(Locale.ROOT, "trained on    %s (%,d examples, sha256 %.12s)%n", dataset.path("file").asText(),
                dataset.path("examples").asLong(), dataset.path("sha256").asText());
        JsonNode split = card.path("split");
        out.printf(Locale.ROOT, "split         train %,d / validation %,d / test %,d%n", split.path("train").asLong(),
                split.path("validation").asLong(), split.path("test").asLong());
        JsonNode h = card.path("hyperparameters");
        out.printf(Locale.ROOT, "settings      %d buckets, word n-grams 1-%d%s, %s weighting, %d epochs, lr %s, l2 %s,"
                        + " seed %d, temperature %.3f%n", h.path("buckets").asInt(), h.path("wordNgrams").asInt(),
                h.has("charNgrams") ? ", char n-grams 3-" + h.path("charNgrams").asInt() : "",
                h.path("weighting").asText(), h.path("epochs").asInt(), h.path("learningRate").asText(),
                h.path("l2").asText(), h.path("seed").asLong(), h.path("temperature").asDouble());
        JsonNode metrics = card.path("metrics");
        out.printf(Locale.ROOT, "test metrics  accuracy %.4f, macro-F1 %.4f, log-loss %.4f on %,d examples%n",
                metrics.path("accuracy").asDouble(), metrics.path("macroF1").asDouble(),
                metrics.path("logLoss").asDouble(), metrics.path("examples").asLong());
        for (JsonNode label : metrics.path("perLabel")) {
            out.printf(Locale.ROOT, "  %-12s precision %.4f, recall %.4f, F1 %.4f, support %d%n",
                    label.path("label").asText(), label.path("precision").asDouble(), label.path("recall").asDouble(),
                    label.path("f1").asDouble(), label.path("support").asInt());
        }
        return Main.OK;
    }
}
