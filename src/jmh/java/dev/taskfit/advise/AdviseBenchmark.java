package dev.taskfit.advise;

import dev.taskfit.classify.DatasetSplit;
import dev.taskfit.classify.LinearClassifier;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Latency of one advice, in process, on held-out task descriptions (the test part of the advisor's split,
 * never trained or tuned on), and of its parts, with the advisor's classifier alone as the peer.
 *
 * <ul>
 *   <li>{@code advise}: the full answer of {@code POST /v1/advise} without HTTP (cues, classifier, combination,
 *       reasons with the classifier's evidence, warnings, example request) for the held-out task of median
 *       length; SampleTime gives the percentiles (p50 is issue 4's acceptance figure, at most 1 ms).</li>
 *   <li>{@code adviseLongest}: the same for the longest held-out task.</li>
 *   <li>{@code decide}: the decision only (cues + classifier + combination), no explanation.</li>
 *   <li>{@code cues}: {@link TaskCues#read} only.</li>
 *   <li>{@code classifierAlone}: the advisor's classifier on the same task, the peer the others compare with.</li>
 *   <li>{@code adviseHeldOutTasks}: advices per second over the first {@value #BATCH} held-out tasks (in split
 *       order), one thread.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -Pbench -DskipTests test -Djmh.args='AdviseBenchmark'}. The data directory is
 * {@code src/data} relative to the working directory, or the system property {@code taskfit.data}.
 */
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AdviseBenchmark {

    /** Held-out tasks advised per invocation of {@code adviseHeldOutTasks}. */
    static final int BATCH = 100;

    /** The shipped advisor and the held-out tasks it is measured on. */
    @State(Scope.Benchmark)
    public static class Tasks {
        Advisor advisor;
        AdvisorModel model;
        LinearClassifier classifier;
        String median;
        String longest;
        String[] batch;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            model = AdvisorModel.fromClasspath();
            advisor = new Advisor(model);
            classifier = model.classifier();
            Path data = Path.of(System.getProperty("taskfit.data", "src/data"), "advise");
            List<String> test = AdvisorSplit.ofBatches(AdvisorTasks.readBatches(data)).get(DatasetSplit.TEST).stream()
                    .map(AdvisorTask::task).toList();
            List<String> byLength = test.stream().sorted(Comparator.comparingInt(String::length)).toList();
            median = byLength.get(byLength.size() / 2);
            longest = byLength.get(byLength.size() - 1);
            if (test.size() < BATCH) {
                throw new IllegalStateException("too few held-out tasks: " + test.size());
            }
            batch = test.subList(0, BATCH).toArray(String[]::new);
            System.out.printf("%nadvisor: %d held-out tasks; median %d chars (\"%s\"), longest %d chars%n",
                    test.size(), median.length(), median, longest.length());
        }
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Recommendation advise(Tasks tasks) {
        return tasks.advisor.advise(tasks.median);
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Recommendation adviseLongest(Tasks tasks) {
        return tasks.advisor.advise(tasks.longest);
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public AdvisorModel.Decision decide(Tasks tasks) {
        return tasks.model.decide(tasks.median);
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public TaskCues.Reading cues(Tasks tasks) {
        return TaskCues.read(tasks.median);
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public LinearClassifier.Prediction classifierAlone(Tasks tasks) {
        return tasks.classifier.predict(tasks.median);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public void adviseHeldOutTasks(Tasks tasks, Blackhole blackhole) {
        for (String task : tasks.batch) {
            blackhole.consume(tasks.advisor.advise(task));
        }
    }
}
