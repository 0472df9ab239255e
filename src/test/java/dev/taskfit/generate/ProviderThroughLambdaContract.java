package dev.taskfit.generate;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

/**
 * One provider configured against a {@link FakeLlmServer}, through the Lambda path (mock event server -> handler ->
 * resource -> guard -> LangChain4j -> HTTP): the {@link ProviderAnswerContract}, and the guard's part, the same for
 * every provider: a slow answer falls back within the timeout, {@code "generator":"llm"} gets 503/504 instead of a
 * fallback, and {@code "generator":"ngram"} never calls the LLM. Each provider's wire format on its own is
 * {@link ProviderWireContractTest}'s.
 */
abstract class ProviderThroughLambdaContract extends ProviderAnswerContract {

    @Test
    void aSlowAnswerFallsBackWithinTheTimeout() {
        generate("Warm up the client classes first.", "auto").statusCode(200);
        long start = System.nanoTime();
        fallsBack("Hello #slow", provider().id() + ": timeout after 1 s");
        long millis = (System.nanoTime() - start) / 1_000_000;
        // The server takes 20 s; the call ends at the 1 s timeout plus the n-gram model's time (and a loaded
        // machine's slack), never at the server's pace.
        assertThat("whole call, n-gram included", millis, lessThan(1_000L + 5_000L));
    }

    @Test
    void llmRequestedAndFailingIs503() {
        generate("Hello #500", "llm")
                .statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/llm-unavailable"))
                .body("detail", equalTo(provider().id() + ": HTTP 500 (the provider failed; try again later)"));
    }

    @Test
    void llmRequestedAndTimingOutIs504() {
        generate("Hello #slow", "llm")
                .statusCode(504)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/llm-timeout"))
                .body("detail", equalTo(provider().id() + ": timeout after 1 s"));
    }

    @Test
    void ngramRequestedNeverCallsTheLlm() {
        generate("Hello #500", "ngram")
                .statusCode(200)
                .body("generator", equalTo("ngram"))
                .body("fallback", equalTo(false));
    }
}
