package dev.taskfit.generate;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

/**
 * One provider configured against a {@link FakeLlmServer}, through the Lambda path (mock event server -> handler ->
 * resource -> guard -> LangChain4j -> HTTP): it answers, every failure falls back to the shipped n-gram model with
 * its reason, and {@code "generator":"llm"} gets 503/504 instead.
 */
abstract class ProviderThroughLambdaContract {

    abstract LlmProvider provider();

    /** The status the provider refuses a key (or role) with. */
    int authStatus() {
        return provider() == LlmProvider.BEDROCK ? 403 : 401;
    }

    static ValidatableResponse generate(String prompt, String generator) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("prompt", prompt, "maxTokens", 24, "seed", 5, "generator", generator))
                .post("/v1/generate").then();
    }

    @Test
    void answersFromTheLlm() {
        generate("Tell me about foxes.", "auto")
                .statusCode(200)
                .body("text", equalTo(FakeLlmServer.REPLY))
                .body("generator", equalTo("llm"))
                .body("model", equalTo(provider().id() + ":" + provider().id() + "-test-model"))
                .body("fallback", equalTo(false))
                .body("usage.promptTokens", equalTo(FakeLlmServer.PROMPT_TOKENS))
                .body("usage.completionTokens", equalTo(FakeLlmServer.COMPLETION_TOKENS));
    }

    @Test
    void aRefusedKeyFallsBackToTheNgramModelWithTheReason() {
        String reason = provider() == LlmProvider.BEDROCK
                ? "bedrock: HTTP 403 (check the function's IAM role allows bedrock:InvokeModel on taskfit.generate.model, and the region)"
                : provider().id() + ": HTTP 401 (check taskfit.generate.api-key)";
        fallsBack("Hello #" + authStatus(), reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "#429       | HTTP 429 (rate limited or out of quota; try again later)",
            "#500       | HTTP 500 (the provider failed; try again later)",
            "#malformed | malformed answer (not the expected JSON)"})
    void failuresFallBackToTheNgramModelWithTheReason(String scenario, String reason) {
        fallsBack("Hello " + scenario, provider().id() + ": " + reason);
    }

    @Test
    void aSlowAnswerFallsBackWithinTheTimeout() {
        generate("Warm up the client classes first.", "auto").statusCode(200);
        long start = System.nanoTime();
        fallsBack("Hello #slow", provider().id() + ": timeout after 1 s");
        long millis = (System.nanoTime() - start) / 1_000_000;
        // The server takes 20 s; the call ends at the 1 s timeout plus the n-gram model's time (and a loaded
        // machine's slack), never at the server's pace.
        org.hamcrest.MatcherAssert.assertThat("whole call, n-gram included", millis, lessThan(1_000L + 5_000L));
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

    private static void fallsBack(String prompt, String reason) {
        generate(prompt, "auto")
                .statusCode(200)
                .body("generator", equalTo("ngram"))
                .body("model", equalTo("ngram:english"))
                .body("fallback", equalTo(true))
                .body("fallbackReason", equalTo(reason));
    }
}
