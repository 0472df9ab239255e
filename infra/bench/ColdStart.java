package dev.taskfit.bench;

import dev.taskfit.local.LocalLambda;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold starts through the local Lambda runtime: for each sample event, N times, a fresh function process gets the
 * event as its first invocation; measured from just before the process starts to the function's answer, plus the
 * process's peak RSS (VmHWM) after answering. Each event goes to the function that serves its path in the deployed
 * set (TASKFIT_FUNCTION, as terraform/main.tf sets it). Appends one tab-separated line per event to the --out file (the
 * function's own log goes to this process's output): {@code mode event status runs median_ms min_ms max_ms
 * init_median_ms rss_median_mb}.
 *
 * <pre>
 * java -cp CLASSES dev.taskfit.bench.ColdStart --package ZIP --mode jvm|native --out RESULTS.tsv
 *      [--runtime-classpath JARS] [--runs 10] [--env KEY=VALUE]... EVENT.json...
 * </pre>
 */
public final class ColdStart {

    private static final Pattern STATUS = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");
    private static final Pattern RAW_PATH = Pattern.compile("\"rawPath\"\\s*:\\s*\"([^\"]+)\"");

    private record Run(int status, double firstMs, double initMs, double rssMb) {
    }

    public static void main(String[] args) throws Exception {
        Path pkg = null, out = null;
        String mode = null, classpath = null;
        int runs = 10;
        List<Path> events = new ArrayList<>();
        // Nothing of the caller's LLM configuration leaks in: generate answers from its shipped n-gram model.
        Map<String, String> env = new LinkedHashMap<>(Map.of("TASKFIT_GENERATE_PROVIDER", "none"));
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--package" -> pkg = Path.of(args[++a]);
                case "--mode" -> mode = args[++a];
                case "--runtime-classpath" -> classpath = args[++a];
                case "--runs" -> runs = Integer.parseInt(args[++a]);
                case "--out" -> out = Path.of(args[++a]);
                case "--env" -> {
                    String[] kv = args[++a].split("=", 2);
                    env.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
                default -> events.add(Path.of(args[a]));
            }
        }
        if (pkg == null || mode == null || out == null || events.isEmpty()) {
            System.err.println("usage: ColdStart --package ZIP --mode jvm|native --out FILE [--runtime-classpath JARS] [--runs N] [--env KEY=VALUE]... EVENT.json...");
            System.exit(2);
        }
        for (Path event : events) {
            byte[] body = Files.readAllBytes(event);
            // As deployed (terraform/main.tf): each endpoint's own function, which loads only its own models.
            Map<String, String> functionEnv = new LinkedHashMap<>(Map.of("TASKFIT_FUNCTION", function(body)));
            functionEnv.putAll(env);
            List<Run> results = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                results.add(once(pkg, mode, classpath, functionEnv, body));
            }
            String name = event.getFileName().toString().replaceFirst("\\.json$", "");
            // 200 when every run answered 2xx; otherwise the first other status (e.g. 404: the build lacks the endpoint).
            int status = results.stream().mapToInt(Run::status).filter(s -> s < 200 || s > 299).findFirst().orElse(200);
            String row = String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%.0f\t%.0f\t%.0f\t%.0f\t%.1f%n", mode, name,
                    status, runs, median(results, Run::firstMs), min(results), max(results),
                    median(results, Run::initMs), median(results, Run::rssMb));
            Files.writeString(out, row, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static Run once(Path pkg, String mode, String classpath, Map<String, String> env, byte[] event) throws Exception {
        try (LocalLambda lambda = LocalLambda.start(new LocalLambda.Options(pkg, 0, mode, classpath, 60, 512, env))) {
            byte[] answer = lambda.invoke(event, 60);
            double firstMs = (System.nanoTime() - lambda.launchNanos()) / 1e6;
            double rssMb = peakRssKb(lambda.functionPid()) / 1024.0;
            double initMs = lambda.awaitReady(1_000);
            Matcher m = STATUS.matcher(new String(answer, StandardCharsets.UTF_8));
            return new Run(m.find() ? Integer.parseInt(m.group(1)) : 0, firstMs, initMs, rssMb);
        }
    }

    /** The function that serves the event's path in the deployed set (terraform/main.tf). */
    private static String function(byte[] event) {
        Matcher path = RAW_PATH.matcher(new String(event, StandardCharsets.UTF_8));
        if (!path.find()) {
            throw new IllegalArgumentException("the event has no rawPath");
        }
        String rawPath = path.group(1);
        return switch (rawPath) {
            case "/v1/classify", "/v1/models" -> "classify";
            case "/v1/generate" -> "generate";
            case "/v1/advise", "/v1/route" -> "advise";
            case "/v1/pipeline" -> "pipeline";
            default -> rawPath.startsWith("/q/") ? "advise" : "all";
        };
    }

    /** Peak resident set of a live process, from /proc (Linux). */
    private static long peakRssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double min(List<Run> runs) {
        return runs.stream().mapToDouble(Run::firstMs).min().orElse(Double.NaN);
    }

    private static double max(List<Run> runs) {
        return runs.stream().mapToDouble(Run::firstMs).max().orElse(Double.NaN);
    }
}
