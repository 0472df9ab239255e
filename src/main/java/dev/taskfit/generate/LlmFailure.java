package dev.taskfit.generate;

import dev.taskfit.api.Problem;
import dev.taskfit.api.ProblemException;

/**
 * Why the LLM did not answer, in words a person can act on ("openai: timeout after 10 s"). The reason is built by
 * us from the kind of failure, never from the provider's message, so it cannot carry a secret back to the caller.
 */
public final class LlmFailure extends RuntimeException {

    /** The kinds of failure; each says whether it counts against the provider's circuit breaker. */
    public enum Kind {
        /** No LLM is configured (taskfit.generate.provider=none). */
        NOT_CONFIGURED(false),
        /** The configuration is wrong; nothing was called. */
        MISCONFIGURED(false),
        TIMEOUT(true),
        CONNECTION(true),
        /** 401/403: the key or the permissions. */
        AUTHENTICATION(true),
        RATE_LIMITED(true),
        SERVER_ERROR(true),
        /** 404: usually the model name or the base URL. */
        NOT_FOUND(true),
        /** Another 4xx: the provider refused this request (e.g. too many tokens for the model). */
        REJECTED(false),
        /** The answer could not be read, or held no text. */
        MALFORMED(true),
        /** The circuit breaker is open after repeated failures: the LLM was not called. */
        CIRCUIT_OPEN(false),
        /** This instance used up taskfit.generate.max-calls-per-minute: the LLM was not called. */
        CALL_BUDGET(false);

        private final boolean countsAgainstProvider;

        Kind(boolean countsAgainstProvider) {
            this.countsAgainstProvider = countsAgainstProvider;
        }

        public boolean countsAgainstProvider() {
            return countsAgainstProvider;
        }

        /** Worth another attempt within the same call. */
        public boolean retriable() {
            return this == CONNECTION || this == RATE_LIMITED || this == SERVER_ERROR;
        }
    }

    private final Kind kind;
    private final long retryAfterSeconds;

    public LlmFailure(Kind kind, String reason) {
        this(kind, reason, 0);
    }

    /** A failure after which the LLM may be called again in {@code retryAfterSeconds}. */
    public LlmFailure(Kind kind, String reason, long retryAfterSeconds) {
        super(reason, null, false, false);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Kind kind() {
        return kind;
    }

    /** The reason, as fallbackReason and problem detail show it. */
    public String reason() {
        return getMessage();
    }

    /**
     * For an explicit {@code "generator":"llm"}: 429 with {@code Retry-After} when this instance's call budget is used
     * up, 504 on timeout, otherwise 503, with the reason as detail.
     */
    public ProblemException toProblem() {
        if (kind == Kind.CALL_BUDGET) {
            return new ProblemException(new Problem("/problems/llm-rate-limited", "LLM call budget used up", 429,
                    reason(), null), retryAfterSeconds);
        }
        if (kind == Kind.TIMEOUT) {
            return new ProblemException(504, "llm-timeout", "LLM timed out", reason());
        }
        return new ProblemException(503, "llm-unavailable", "LLM unavailable", reason());
    }
}
