package dev.taskfit.generate;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * What one provider's answers become once the function is configured for it against a {@link FakeLlmServer}: its
 * reply with token counts, and its refusals and failures as an n-gram fallback with the reason. Run against the
 * packaged function for every provider, since each provider's wire types must survive packaging (native: their
 * reflection); {@link ProviderThroughLambdaContract} adds what the guard does whatever the provider.
 */
abstract class ProviderAnswerContract {

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

    static void fallsBack(String prompt, String reason) {
        generate(prompt, "auto")
                .statusCode(200)
                .body("generator", equalTo("ngram"))
                .body("model", equalTo("ngram:english"))
                .body("fallback", equalTo(true))
                .body("fallbackReason", equalTo(reason));
    }
}
