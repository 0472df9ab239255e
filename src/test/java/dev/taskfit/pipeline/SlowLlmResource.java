package dev.taskfit.pipeline;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts a {@link SlowOpenAiServer} answering in 400 ms before Quarkus and points {@code taskfit.generate.*} at it
 * (timeout 5 s, no retries, a circuit breaker that does not open), with two LLM calls in flight per pipeline run.
 * The server's stats are at {@code taskfit.test.slow-llm-url}/__stats.
 */
public class SlowLlmResource implements QuarkusTestResourceLifecycleManager {

    static final long DELAY_MILLIS = 400;
    static final int CONCURRENCY = 2;

    private SlowOpenAiServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = new SlowOpenAiServer(DELAY_MILLIS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("taskfit.generate.provider", "openai",
                "taskfit.generate.base-url", server.baseUrl(),
                "taskfit.generate.model", "gpt-test",
                "taskfit.generate.api-key", "sk-taskfit-slow-0123456789",
                "taskfit.generate.timeout", "5s",
                "taskfit.generate.max-retries", "0",
                "taskfit.generate.circuit-breaker.request-volume", "1000",
                "taskfit.pipeline.concurrency", Integer.toString(CONCURRENCY),
                "taskfit.test.slow-llm-url", server.baseUrl().replace("/v1", ""));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
