package dev.taskfit.train;

import dev.taskfit.classify.ClassifierFile;
import dev.taskfit.classify.InputFormat;
import dev.taskfit.classify.ModelCard;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains your own classifier: a {@code text,label} CSV or JSONL (optionally .gz) in; a model file that the
 * service loads from {@code taskfit.classify.models-dir}, and a JSON metrics report, out. The same recipe as
 * the shipped models: deterministic split, tuning on validation only, metrics on the untouched test part.
 *
 * <pre>
 * TrainCommand --data tickets.csv --name tickets --out models/tickets.tfc
 *              [--format plain|email] [--report tickets-report.json] [--description "..."] [--seed 42]
 * </pre>
 */
public final class TrainCommand {

    private TrainCommand() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        if (options == null || !options.containsKey("data") || !options.containsKey("name") || !options.containsKey("out")) {
            System.err.println("usage: TrainCommand --data FILE(.csv|.jsonl)[.gz] --name NAME --out MODEL.tfc "
                    + "[--format plain|email] [--report REPORT.json] [--description TEXT] [--seed N]");
            System.exit(2);
        }
        String name = options.get("name");
        if (!name.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            System.err.println("--name must be lower-case letters, digits, '-' or '_' (at most 64)");
            System.exit(2);
        }
        Path data = Path.of(options.get("data"));
        InputFormat format = InputFormat.valueOf(options.getOrDefault("format", "plain").toUpperCase(Locale.ROOT));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));

        long start = System.nanoTime();
        System.out.printf("reading %s%n", data);
        LabelledFiles.Loaded loaded = LabelledFiles.read(data);
        System.out.printf("%d examples, %d malformed records skipped%n", loaded.examples().size(), loaded.skipped());
        ModelBuilder.SearchSpace space = ModelBuilder.SearchSpace.forUserData(seed);
        ModelCard.Dataset dataset = new ModelCard.Dataset("user file", data.getFileName().toString(),
                BuildModels.sha256(List.of(data)), loaded.examples().size(), loaded.skipped());
        ModelBuilder.Built built = new ModelBuilder(System.out).build(name,
                options.getOrDefault("description", "Trained from " + data.getFileName()),
                loaded.examples(), format, space, dataset, dataset.sha256());

        Path out = Path.of(options.get("out"));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            ClassifierFile.write(built.model(), BuildModels.JSON.writeValueAsString(built.card()), stream);
        }
        Path report = Path.of(options.getOrDefault("report", out + ".report.json"));
        BuildModels.JSON.writeValue(report.toFile(), built.card());
        System.out.printf("wrote %s (%d KB) and %s in %.1f s%n", out, Files.size(out) / 1024, report,
                (System.nanoTime() - start) / 1e9);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return null;
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
