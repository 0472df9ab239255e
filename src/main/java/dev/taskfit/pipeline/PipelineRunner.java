package dev.taskfit.pipeline;

import dev.taskfit.api.DaemonThreads;
import dev.taskfit.classify.ClassifyService;
import dev.taskfit.classify.ClassifyService.Classification;
import dev.taskfit.generate.GenerateService;
import dev.taskfit.generate.GenerateService.Choice;
import dev.taskfit.generate.GeneratorAnswer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link Plan}: workers generate candidates concurrently, each from its own seed, and classify each with every
 * filter's model; the calling thread examines them strictly in generation order, dropping exact duplicates, and stops
 * once {@code want} are accepted, the candidates run out, or the deadline passes. Examining in order is what makes a
 * seeded n-gram run give the same answer however the workers were scheduled.
 */
@ApplicationScoped
public class PipelineRunner {

    private final GenerateService generator;
    private final ClassifyService classifier;
    private final int llmConcurrency;
    private final boolean llmConfigured;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final ExecutorService workers = Executors.newCachedThreadPool(DaemonThreads.numbered("taskfit-pipeline"));

    @Inject
    public PipelineRunner(GenerateService generator, ClassifyService classifier, PipelineConfig config) {
        this(generator, classifier, config.concurrency(), generator.llmConfigured());
    }

    /**
     * @param llmConcurrency LLM calls in flight at once for one run
     * @param llmConfigured  whether an LLM may answer; without one, candidates come from the n-gram model, one worker
     *                       per core
     */
    public PipelineRunner(GenerateService generator, ClassifyService classifier, int llmConcurrency, boolean llmConfigured) {
        if (llmConcurrency < 1) {
            throw new IllegalArgumentException("taskfit.pipeline.concurrency must be at least 1, was " + llmConcurrency);
        }
        this.generator = generator;
        this.classifier = classifier;
        this.llmConcurrency = llmConcurrency;
        this.llmConfigured = llmConfigured;
    }

    public PipelineResponse run(Plan plan) {
        return new Run(plan).execute();
    }

    @PreDestroy
    void close() {
        workers.shutdownNow();
    }

    /** One generated and classified candidate; {@code classifications} follow the plan's filters. */
    private record Candidate(String text, GeneratorAnswer generation, boolean fellBack, List<Classification> classifications,
                             long generateNanos, long filterNanos) {
    }

    /** The state of one pipeline call. */
    private final class Run {
        private final Plan plan;
        private final long started = System.nanoTime();
        private final long deadlineAt;
        private final CompletableFuture<Candidate>[] slots;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicReference<String> fallbackReason = new AtomicReference<>();
        private volatile boolean stopped;

        @SuppressWarnings("unchecked")
        Run(Plan plan) {
            this.plan = plan;
            this.deadlineAt = started + plan.deadline().toNanos();
            this.slots = new CompletableFuture[plan.candidates()];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = new CompletableFuture<>();
            }
        }

        PipelineResponse execute() {
            boolean llm = llmConfigured && plan.choice() != Choice.NGRAM;
            int count = Math.min(plan.candidates(), llm ? llmConcurrency : cores);
            for (int i = 0; i < count; i++) {
                workers.execute(this::work);
            }
            try {
                return examine();
            } finally {
                // Workers take no new candidate. A call in flight is left to end on its own (an LLM call within
                // taskfit.generate.timeout) and its answer is dropped: interrupting it would count as a provider
                // failure in the circuit breaker.
                stopped = true;
            }
        }

        private void work() {
            int i;
            while (!stopped && (i = next.getAndIncrement()) < slots.length) {
                try {
                    slots[i].complete(make(i));
                } catch (Throwable t) {
                    slots[i].completeExceptionally(t);
                }
            }
        }

        private Candidate make(int index) {
            // Once the LLM has failed in this run, the rest go straight to the n-gram model instead of each waiting out
            // the same failure.
            boolean llmFailed = fallbackReason.get() != null;
            Choice choice = plan.choice() == Choice.AUTO && llmFailed ? Choice.NGRAM : plan.choice();
            long t0 = System.nanoTime();
            GenerateService.Outcome outcome = generator.generate(plan.candidate(index), choice);
            if (outcome.fallback()) {
                fallbackReason.compareAndSet(null, outcome.fallbackReason());
            }
            long t1 = System.nanoTime();
            String text = outcome.generation().text();
            Map<String, Classification> byModel = new HashMap<>(4);
            List<Classification> classifications = new ArrayList<>(plan.filters().size());
            for (Filter filter : plan.filters()) {
                classifications.add(byModel.computeIfAbsent(filter.model(), model -> classifier.classify(model, text)));
            }
            long t2 = System.nanoTime();
            return new Candidate(text, outcome.generation(), outcome.fallback() || choice != plan.choice(),
                    classifications, t1 - t0, t2 - t1);
        }

        private PipelineResponse examine() {
            List<PipelineResponse.Accepted> accepted = new ArrayList<>();
            List<PipelineResponse.Rejected> rejected = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Set<String> generators = new LinkedHashSet<>();
            Set<String> models = new LinkedHashSet<>();
            boolean fellBack = false;
            long generateNanos = 0, filterNanos = 0;
            int generated = 0, duplicates = 0;
            String stop = PipelineResponse.CANDIDATES_EXHAUSTED;
            for (int i = 0; i < slots.length; i++) {
                Candidate c;
                try {
                    c = slots[i].get(Math.max(0, deadlineAt - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    stop = PipelineResponse.DEADLINE;
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop = PipelineResponse.DEADLINE;
                    break;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
                generated++;
                generateNanos += c.generateNanos();
                filterNanos += c.filterNanos();
                generators.add(c.generation().generator());
                models.add(c.generation().model());
                fellBack |= c.fellBack();
                if (!seen.add(c.text())) {
                    duplicates++;
                    continue;
                }
                List<PipelineResponse.FilterResult> results = new ArrayList<>(plan.filters().size());
                int failed = -1;
                double score = 1;
                for (int f = 0; f < plan.filters().size(); f++) {
                    Filter filter = plan.filters().get(f);
                    Classification k = c.classifications().get(f);
                    boolean passed = filter.passes(k);
                    results.add(new PipelineResponse.FilterResult(filter.model(), k.label(), k.confidence(), passed));
                    score *= k.confidence();
                    if (!passed && failed < 0) {
                        failed = f;
                    }
                }
                String by = c.generation().generator();
                if (failed >= 0) {
                    rejected.add(new PipelineResponse.Rejected(i, c.text(), by, failed,
                            plan.filters().get(failed).whyNot(c.classifications().get(failed)), results));
                } else {
                    accepted.add(new PipelineResponse.Accepted(i, c.text(), round(score), by, results));
                    if (accepted.size() == plan.want()) {
                        stop = PipelineResponse.WANT_REACHED;
                        break;
                    }
                }
            }
            accepted.sort(Comparator.comparingDouble(PipelineResponse.Accepted::score).reversed()
                    .thenComparingInt(PipelineResponse.Accepted::index));
            String generatorUsed = generators.isEmpty() ? null
                    : generators.size() == 1 ? generators.iterator().next() : "mixed";
            PipelineResponse.Timings timings = new PipelineResponse.Timings(millis(generateNanos), millis(filterNanos),
                    millis(System.nanoTime() - started));
            return new PipelineResponse(List.copyOf(accepted), List.copyOf(rejected), generated, duplicates,
                    accepted.size(), rejected.size(), generatorUsed, List.copyOf(models), fellBack,
                    fellBack ? fallbackReason.get() : null, stop, PipelineResponse.DEADLINE.equals(stop),
                    plan.deadline().toMillis(), plan.seed(), timings);
        }
    }

    private static double round(double p) {
        return Math.round(p * 1e6) / 1e6;
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
