package dev.taskfit.generate.ngram;

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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Generation speed and load time of the shipped n-gram model.
 *
 * <ul>
 *   <li>{@code generate}: tokens per second on one thread, continuing "The whale" for {@value #TOKENS} tokens with a
 *       new seed each call. {@code sampling=default} is {@link SamplingOptions#defaults()} (temperature 0.8, top-k 40,
 *       top-p 0.95), the acceptance figure; {@code greedy} is temperature 0; {@code ancestral} samples the model's
 *       distribution untruncated at temperature 1; {@code fullVocabularyScan} (temperature 0.8, untruncated) scores every
 *       word of the vocabulary for each token, the naive design the ranked candidate lists avoid: the peer whose score
 *       {@code default} is read against.</li>
 *   <li>{@code loadCold}: reading the model from the classpath once in a fresh JVM, as at a cold start, over several
 *       forks; {@code loadWarm}: the same in a warmed-up JVM.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -Pbench -DskipTests test -Djmh.args='NgramBenchmark'}. The model is the classpath resource
 * {@value NgramModelFile#SHIPPED_RESOURCE} when the build has trained it; otherwise the shipped configuration is trained
 * once from {@code src/data} into {@code target/ngram-bench/english.bin} (or the system property {@code taskfit.data}).
 */
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NgramBenchmark {

    static final int TOKENS = 256;

    /** The model and the options of one sampling configuration. */
    @State(Scope.Thread)
    public static class Generation {

        @Param({"default", "greedy", "ancestral", "fullVocabularyScan"})
        public String sampling;

        NgramTextGenerator generator;
        SamplingOptions options;
        long seed;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            generator = new NgramTextGenerator(NgramModelFile.read(ShippedModel.bytes()));
            SamplingOptions defaults = SamplingOptions.defaults().withMaxTokens(TOKENS);
            options = switch (sampling) {
                case "default" -> defaults;
                case "greedy" -> defaults.withTemperature(0);
                case "ancestral" -> new SamplingOptions(TOKENS, 1.0, 0, 1.0, false, 0);
                case "fullVocabularyScan" -> new SamplingOptions(TOKENS, 0.8, 0, 1.0, false, 0);
                default -> throw new IllegalArgumentException("unknown sampling " + sampling);
            };
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(TOKENS)
    public GeneratedText generate(Generation state) {
        GeneratedText text = state.generator.generate("The whale", state.options.withSeed(state.seed++));
        if (text.generatedTokens() != TOKENS) {
            throw new IllegalStateException("generated " + text.generatedTokens() + " tokens, not " + TOKENS);
        }
        return text;
    }

    /** Makes sure the model file exists before a load is timed. */
    @State(Scope.Benchmark)
    public static class ModelFile {
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            ShippedModel.bytes();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Fork(value = 10, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public KneserNeyModel loadCold(ModelFile file) throws IOException {
        return ShippedModel.load();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public KneserNeyModel loadWarm(ModelFile file) throws IOException {
        return ShippedModel.load();
    }

    /** Where the benchmarked model comes from: the build's classpath resource, or a file trained here once. */
    static final class ShippedModel {

        private static final Path TRAINED = Path.of("target", "ngram-bench", "english.bin");

        private ShippedModel() {
        }

        static boolean onClasspath() {
            return ShippedModel.class.getClassLoader().getResource(NgramModelFile.SHIPPED_RESOURCE) != null;
        }

        /** Loads the way the service does: from the classpath stream, or from the trained file. */
        static KneserNeyModel load() throws IOException {
            if (onClasspath()) {
                return NgramModelFile.readShipped();
            }
            return NgramModelFile.read(TRAINED);
        }

        static byte[] bytes() throws IOException {
            if (onClasspath()) {
                try (InputStream in = ShippedModel.class.getClassLoader()
                        .getResourceAsStream(NgramModelFile.SHIPPED_RESOURCE)) {
                    return in.readAllBytes();
                }
            }
            if (!Files.exists(TRAINED)) {
                Path data = Path.of(System.getProperty("taskfit.data", "src/data"));
                try {
                    NgramTraining.trainShipped(data, TRAINED).print(System.out);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot train the benchmark model from " + data, e);
                }
            }
            return Files.readAllBytes(TRAINED);
        }
    }
}
