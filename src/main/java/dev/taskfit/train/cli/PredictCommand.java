package dev.taskfit.train.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.taskfit.classify.LinearClassifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code taskfit predict}: one text a line in, one JSON line with the label and probabilities out. */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Classify texts, one a line (UTF-8), from a file or standard input.",
                "Prints one JSON object a line, in input order: {\"label\", \"confidence\", \"probabilities\"}"
                        + " and, with --explain, \"explanation\"."},
        footer = {"", "Example:", "  echo 'my parcel never arrived' | taskfit predict models/tickets.tfc --explain 3"})
final class PredictCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Parameters(index = "0", paramLabel = "MODEL.tfc", description = "Model file.")
    Path modelFile;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE",
            description = "Texts, one a line; '-' or nothing for standard input.")
    String input;

    @Option(names = "--explain", paramLabel = "K", defaultValue = "0",
            description = "Also list the K stretches of each text (words or word pairs as written) that pull most"
                    + " towards the predicted label, with their pull in log-odds. Default: none.")
    int explain;

    @Override
    public Integer call() throws IOException {
        if (explain < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--explain must be 0 or more");
        }
        LinearClassifier model = ModelFiles.read(modelFile).model();
        List<String> labels = model.labels();
        double[] probabilities = new double[labels.size()];
        PrintWriter out = spec.commandLine().getOut();
        try (InputStream in = input == null || input.equals("-") ? main.stdin : Files.newInputStream(Path.of(input));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line; (line = reader.readLine()) != null; ) {
                int best = model.predictInto(line, probabilities);
                ObjectNode result = JSON.createObjectNode();
                result.put("label", labels.get(best));
                result.put("confidence", probabilities[best]);
                ObjectNode all = result.putObject("probabilities");
                for (int i = 0; i < labels.size(); i++) {
                    all.put(labels.get(i), probabilities[i]);
                }
                if (explain > 0) {
                    ArrayNode explanation = result.putArray("explanation");
                    for (LinearClassifier.Evidence evidence : model.evidence(line, best, explain)) {
                        explanation.addObject().put("text", evidence.text()).put("contribution", evidence.weight());
                    }
                }
                out.println(JSON.writeValueAsString(result));
            }
        }
        return Main.OK;
    }
}
