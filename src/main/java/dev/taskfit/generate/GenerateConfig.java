package dev.taskfit.generate;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/**
 * The LLM behind {@code POST /v1/generate} ({@code taskfit.generate.*}). Values are read as text and checked by
 * {@link LlmSettings}, so that a mistake here disables the LLM with a reason instead of stopping the application.
 */
@ConfigMapping(prefix = "taskfit.generate")
public interface GenerateConfig {

    /** none | openai | anthropic | ollama | bedrock. */
    String provider();

    /** Model name or id; the provider's default when absent. */
    Optional<String> model();

    /** Server URL: an OpenAI-compatible {@code .../v1}, an Ollama server, or a Bedrock endpoint override. */
    Optional<String> baseUrl();

    /** API key (environment variable {@code TASKFIT_GENERATE_API_KEY}); never logged. */
    Optional<String> apiKey();

    /** ARN of a Secrets Manager secret or SSM parameter holding the API key, read once at start-up. */
    Optional<String> apiKeySecret();

    /** AWS region for Bedrock; the AWS SDK's default region chain when absent. */
    Optional<String> region();

    /** Bound on one whole LLM call, retries included, e.g. {@code 10s} or {@code 1500ms}. */
    String timeout();

    /** Further attempts after a connection error, 429 or 5xx, within the timeout. */
    String maxRetries();

    /**
     * Most LLM calls this instance makes in any minute (generate, and route and pipeline through it); over it
     * {@code auto} falls back to the n-gram model and {@code llm} answers 429. Bounds spend even behind a leaked token.
     */
    String maxCallsPerMinute();

    /** When repeated failures stop the LLM being called. */
    CircuitBreaker circuitBreaker();

    /** The circuit opens when {@code failure-ratio} of the last {@code request-volume} calls failed. */
    interface CircuitBreaker {

        String requestVolume();

        String failureRatio();

        /** How long it stays open before one trial call, e.g. {@code 30s}. */
        String delay();
    }
}
