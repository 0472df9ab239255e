package dev.taskfit.generate;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.util.TypeLiteral;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The LLM behind a SmallRye Fault Tolerance guard: one deadline for the whole call, retries included, and a circuit
 * breaker, so that once the provider keeps failing later calls fall back at once instead of waiting. The call runs
 * on its own thread and the guard's asynchronous timeout answers at the deadline even if the HTTP client does not
 * notice; the thread is then interrupted, which the JDK HTTP client honours. Before the guard, a per-instance bound
 * on calls per minute ({@code taskfit.generate.max-calls-per-minute}) keeps spend bounded whoever is calling.
 */
final class GuardedLlm implements Generator {

    private static final TypeLiteral<CompletionStage<GeneratorAnswer>> STAGE = new TypeLiteral<>() {
    };

    private final Generator llm;
    private final LlmSettings settings;
    private final ExecutorService executor;
    private final Guard guard;
    private final CallsPerMinute budget;
    private volatile CircuitBreakerState state = CircuitBreakerState.CLOSED;
    private volatile long openedAtNanos;
    private volatile String lastFailure = "none";

    GuardedLlm(Generator llm, LlmSettings settings, ExecutorService executor) {
        this.llm = llm;
        this.settings = settings;
        this.executor = executor;
        this.budget = new CallsPerMinute(settings.maxCallsPerMinute());
        LlmSettings.CircuitSettings circuit = settings.circuit();
        this.guard = Guard.create()
                .withDescription("taskfit generate LLM " + settings.modelId())
                .withTimeout().duration(settings.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker()
                    .requestVolumeThreshold(circuit.requestVolume())
                    .failureRatio(circuit.failureRatio())
                    .delay(circuit.delay().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(1)
                    .when(GuardedLlm::countsAsFailure)
                    .onStateChange(this::stateChanged)
                    .done()
                .build();
    }

    /** closed, open or half_open. */
    String circuitState() {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public GeneratorAnswer generate(GenerationSpec request) {
        long wait = budget.tryAcquire();
        if (wait > 0) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999));
            throw new LlmFailure(LlmFailure.Kind.CALL_BUDGET, settings.provider().id() + ": not called, "
                    + LlmSettings.MAX_CALLS_KEY + " (" + budget.limit() + ") reached in this instance; next call in about "
                    + seconds + " s", seconds);
        }
        AtomicReference<Future<?>> running = new AtomicReference<>();
        try {
            return guard.call(() -> start(request, running), STAGE).toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(new TimeoutException());
        } catch (Exception e) {
            throw failure(e);
        } finally {
            Future<?> task = running.get();
            if (task != null) {
                task.cancel(true); // past the deadline: stop waiting on the provider
            }
        }
    }

    private CompletionStage<GeneratorAnswer> start(GenerationSpec request, AtomicReference<Future<?>> running) {
        CompletableFuture<GeneratorAnswer> result = new CompletableFuture<>();
        running.set(executor.submit(() -> {
            try {
                result.complete(llm.generate(request));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }));
        return result;
    }

    private LlmFailure failure(Throwable error) {
        String provider = settings.provider().id();
        LlmFailure failure;
        if (error instanceof LlmFailure f) {
            failure = f;
        } else if (error instanceof TimeoutException) {
            failure = new LlmFailure(LlmFailure.Kind.TIMEOUT, provider + ": timeout after " + settings.timeoutText());
        } else if (error instanceof CircuitBreakerOpenException) {
            long waited = (System.nanoTime() - openedAtNanos) / 1_000_000;
            long left = Math.max(1, (settings.circuit().delay().toMillis() - waited + 999) / 1000);
            return new LlmFailure(LlmFailure.Kind.CIRCUIT_OPEN, provider + ": not called, repeated failures opened the "
                    + "circuit breaker (last: " + lastFailure + "); next try in about " + left + " s");
        } else {
            failure = new LlmFailure(LlmFailure.Kind.MALFORMED, provider + ": unexpected failure ("
                    + error.getClass().getSimpleName() + ")");
        }
        if (failure.kind().countsAgainstProvider()) {
            lastFailure = failure.reason().startsWith(provider + ": ")
                    ? failure.reason().substring(provider.length() + 2) : failure.reason();
        }
        return failure;
    }

    private static boolean countsAsFailure(Throwable error) {
        return !(error instanceof LlmFailure f) || f.kind().countsAgainstProvider();
    }

    private void stateChanged(CircuitBreakerState newState) {
        if (newState == CircuitBreakerState.OPEN) {
            openedAtNanos = System.nanoTime();
        }
        state = newState;
    }
}
