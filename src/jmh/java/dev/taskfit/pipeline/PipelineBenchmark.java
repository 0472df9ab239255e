package dev.taskfit.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.classify.ClassifyService;
import dev.taskfit.classify.ModelRegistry;
import dev.taskfit.generate.GenerateService;
import dev.taskfit.generate.GenerateService.Choice;
import dev.taskfit.generate.GenerationSpec;
import dev.taskfit.generate.NgramFallbackGenerator;
import dev.taskfit.generate.ngram.NgramTextGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One pipeline call with the shipped n-gram model and classifiers, warm, as the endpoint makes it (validation and
 * HTTP excluded): {@value #CANDIDATES} candidates of {@value #TOKENS} tokens, continuing "Our new espresso machine"
 * with a new seed each call, {@code want} = candidates so that every candidate is generated and classified.
 *
 * <ul>
 *   <li>{@code twoFilters}: spam rejecting spam (minConfidence 0.7) and sentiment accepting positive (0.7); its
 *       percentiles are the acceptance figure (at most 50 ms).</li>
 *   <li>{@code oneFilter}: sentiment accepting positive only; the score is candidates per second.</li>
 *   <li>{@code sequentialTwoFilters} / {@code sequentialOneFilter}, the peers read against: the same candidates
 *       generated and classified one after another in a plain loop on the calling thread, without the runner.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -Pbench -DskipTests test -Djmh.args='PipelineBenchmark'}. Needs the models the build trains
 * ({@code target/classes/models}).
 */
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PipelineBenchmark {

    static final int CANDIDATES = 32;
    static final int TOKENS = 40;
    static final String PROMPT = "Our new espresso machine";

    /** The services as the endpoint uses them, built without CDI. */
    @State(Scope.Benchmark)
    public static class Pipeline {

        PipelineRunner runner;
        GenerateService generator;
        ClassifyService classifier;
        List<Filter> twoFilters;
        List<Filter> oneFilter;
        long seed;

        @Setup(Level.Trial)
        public void setUp() {
            ModelRegistry registry = new ModelRegistry(new ObjectMapper(), Optional.empty());
            registry.load();
            classifier = new ClassifyService(registry);
            generator = new GenerateService(request -> {
                throw new IllegalStateException("no LLM in this benchmark");
            }, new NgramFallbackGenerator(NgramTextGenerator.shipped()));
            runner = new PipelineRunner(generator, classifier, 4, false);
            Filter notSpam = new Filter("spam", List.of("spam"), false, 0.7);
            Filter positive = new Filter("sentiment", List.of("positive"), true, 0.7);
            twoFilters = List.of(notSpam, positive);
            oneFilter = List.of(positive);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            runner.close();
        }

        Plan plan(List<Filter> filters) {
            return new Plan(new GenerationSpec(PROMPT, null, TOKENS, 0.8, seed++), Choice.NGRAM, CANDIDATES,
                    CANDIDATES, filters, Duration.ofSeconds(20));
        }
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PipelineResponse twoFilters(Pipeline p) {
        return checked(p.runner.run(p.plan(p.twoFilters)));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(CANDIDATES)
    public PipelineResponse oneFilter(Pipeline p) {
        return checked(p.runner.run(p.plan(p.oneFilter)));
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void sequentialTwoFilters(Pipeline p, Blackhole out) {
        sequential(p, p.plan(p.twoFilters), out);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(CANDIDATES)
    public void sequentialOneFilter(Pipeline p, Blackhole out) {
        sequential(p, p.plan(p.oneFilter), out);
    }

    private static void sequential(Pipeline p, Plan plan, Blackhole out) {
        for (int i = 0; i < plan.candidates(); i++) {
            String text = p.generator.generate(plan.candidate(i), Choice.NGRAM).generation().text();
            for (Filter filter : plan.filters()) {
                out.consume(filter.passes(p.classifier.classify(filter.model(), text)));
            }
        }
    }

    /** Every candidate must have been made and judged, or the figure measures less than it claims. */
    private static PipelineResponse checked(PipelineResponse r) {
        if (r.generated() != CANDIDATES || r.partial()) {
            throw new IllegalStateException("examined " + r.generated() + " of " + CANDIDATES + " candidates: " + r.stoppedBecause());
        }
        return r;
    }
}
