package dev.taskfit.classify;

import dev.taskfit.train.LabelledFileReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prediction latency, batch throughput and model load time of the shipped classifiers, on real texts from
 * the held-out test split (never seen in training).
 *
 * <ul>
 *   <li>{@code classify200} / {@code classify2000}: one classification of the test-split text whose length is
 *       closest to 200 / 2,000 characters (for {@code sentiment}: an IMDB review; for {@code spam}: a raw
 *       email, headers and MIME included). SampleTime gives the percentiles (p50 is the acceptance figure),
 *       AverageTime the mean.</li>
 *   <li>{@code explain2000}: {@code classify2000} plus its explanation (five strongest spans).</li>
 *   <li>{@code batch256}: the first 256 test-split texts in file order, one thread; the score is documents
 *       per second on one core.</li>
 *   <li>{@code loadAllModels}: reading every model listed in {@code /models/index.txt} from the classpath,
 *       once per fresh JVM (cold, as at a start-up), over several forks.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -Pbench -DskipTests test -Djmh.args='ClassifyBenchmark'}. The data directory is
 * {@code src/data} relative to the working directory, or the system property {@code taskfit.data}.
 */
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifyBenchmark {

    /** One model and the texts it is benchmarked on. */
    @State(Scope.Benchmark)
    public static class Texts {

        @Param({"sentiment", "spam"})
        public String model;

        LinearClassifier classifier;
        String text200;
        String text2000;
        String[] batch;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            classifier = loadModel(model);
            InputFormat format = classifier.format();
            List<String> test = new ArrayList<>();
            for (Path file : dataFiles(model)) {
                for (LabelledExample example : LabelledFileReader.read(file).examples()) {
                    if (DatasetSplit.of(format.splitKey(example.text())) == DatasetSplit.TEST) {
                        test.add(example.text());
                    }
                }
            }
            if (test.size() < 256) {
                throw new IllegalStateException("too few test texts for " + model + ": " + test.size());
            }
            text200 = closestInLength(test, 200);
            text2000 = closestInLength(test, 2000);
            batch = test.subList(0, 256).toArray(String[]::new);
            System.out.printf("%n%s: %d test texts; lengths %d and %d chars; batch of %d, %d chars in all%n",
                    model, test.size(), text200.length(), text2000.length(), batch.length,
                    Stream.of(batch).mapToLong(String::length).sum());
        }
    }

    /** A caller's reusable output array, as a service thread would keep one. */
    @State(Scope.Thread)
    public static class Scratch {
        double[] probabilities;

        @Setup(Level.Trial)
        public void setUp(Texts texts) {
            probabilities = new double[texts.classifier.labels().size()];
        }
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int classify200(Texts texts, Scratch scratch) {
        return texts.classifier.predictInto(texts.text200, scratch.probabilities);
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int classify2000(Texts texts, Scratch scratch) {
        return texts.classifier.predictInto(texts.text2000, scratch.probabilities);
    }

    /**
     * {@code classify2000} with {@code "explain": 5}: the same prediction with the margin over the runner-up split
     * over the text's words and word pairs, and the five largest picked (what ClassifyService does).
     */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<FeatureContribution> explain2000(Texts texts, Scratch scratch) {
        LinearClassifier classifier = texts.classifier;
        LinearClassifier.Explained explained = classifier.predictExplained(texts.text2000, scratch.probabilities);
        return explained.attribution().strongest(5, classifier.labels().get(explained.labelIndex()),
                classifier.labels().get(explained.runnerUpIndex()));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(256)
    public void batch256(Texts texts, Scratch scratch, Blackhole blackhole) {
        LinearClassifier classifier = texts.classifier;
        double[] probabilities = scratch.probabilities;
        for (String text : texts.batch) {
            blackhole.consume(classifier.predictInto(text, probabilities));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 10, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    public List<LinearClassifier> loadAllModels() throws IOException {
        List<LinearClassifier> models = new ArrayList<>();
        for (String name : shippedModelNames()) {
            models.add(loadModel(name));
        }
        return models;
    }

    static List<String> shippedModelNames() throws IOException {
        try (InputStream in = resource("/models/index.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    static LinearClassifier loadModel(String name) throws IOException {
        try (InputStream in = resource("/models/" + name + ".tfc")) {
            return ClassifierFile.read(in).model();
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = ClassifyBenchmark.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " not on the classpath: build the models first (./mvnw process-classes)");
        }
        return in;
    }

    /** {@code <data>/<model>.jsonl.gz} or its shards {@code <model>-N.jsonl.gz}, in shard order. */
    static List<Path> dataFiles(String model) throws IOException {
        Path dir = Path.of(System.getProperty("taskfit.data", "src/data"));
        Path single = dir.resolve(model + ".jsonl.gz");
        if (Files.exists(single)) {
            return List.of(single);
        }
        try (Stream<Path> listing = Files.list(dir)) {
            List<Path> shards = listing
                    .filter(p -> p.getFileName().toString().matches(model + "-\\d+\\.jsonl\\.gz"))
                    .sorted((a, b) -> Integer.compare(shard(a), shard(b)))
                    .toList();
            if (shards.isEmpty()) {
                throw new IOException("no data for " + model + " in " + dir.toAbsolutePath());
            }
            return shards;
        }
    }

    private static int shard(Path file) {
        return Integer.parseInt(file.getFileName().toString().replaceAll(".*-(\\d+)\\.jsonl\\.gz", "$1"));
    }

    /** The first text (in file order) whose length is closest to {@code target}. */
    static String closestInLength(List<String> texts, int target) {
        String best = texts.get(0);
        for (String text : texts) {
            if (Math.abs(text.length() - target) < Math.abs(best.length() - target)) {
                best = text;
            }
        }
        return best;
    }
}
