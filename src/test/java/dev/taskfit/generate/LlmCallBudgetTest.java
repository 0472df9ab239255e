package dev.taskfit.generate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * taskfit.generate.max-calls-per-minute = 2 against a fake OpenAI server, through the Lambda path: two calls reach
 * the provider; the next ones do not, {@code auto} falls back naming the key, {@code llm} gets 429 with Retry-After,
 * and the pipeline, which calls the same generate service, is held by the same bound.
 */
@QuarkusTest
@TestProfile(LlmCallBudgetTest.Profile.class)
class LlmCallBudgetTest {

    /** A fake OpenAI-compatible server; two LLM calls a minute. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeLlmResource.class, Map.of("provider", "openai",
                    "taskfit.generate.max-calls-per-minute", "2")));
        }
    }

    @Test
    void overTheBoundAutoFallsBackAndLlmIs429() {
        int before = providerCalls();
        generate("first", "auto").statusCode(200).body("generator", equalTo("llm")).body("fallback", equalTo(false));
        generate("second", "auto").statusCode(200).body("generator", equalTo("llm")).body("fallback", equalTo(false));
        assertEquals(before + 2, providerCalls(), "the first two calls reach the provider");

        String reason = "openai: not called, taskfit.generate.max-calls-per-minute (2) reached in this instance; "
                + "next call in about ";
        generate("third", "auto")
                .statusCode(200)
                .body("generator", equalTo("ngram"))
                .body("fallback", equalTo(true))
                .body("fallbackReason", startsWith(reason));

        String retryAfter = generate("fourth", "llm")
                .statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/llm-rate-limited"))
                .body("status", equalTo(429))
                .body("detail", startsWith(reason))
                .extract().header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 60, "Retry-After within the one-minute window: " + retryAfter);

        given().contentType(ContentType.JSON)
                .body(Map.of("prompt", "fifth", "generator", "llm", "candidates", 2, "maxTokens", 8, "seed", 3,
                        "filters", List.of(Map.of("model", "sentiment", "accept", List.of("negative", "positive")))))
                .post("/v1/pipeline")
                .then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/llm-rate-limited"))
                .body("detail", containsString("taskfit.generate.max-calls-per-minute"));

        assertEquals(before + 2, providerCalls(), "over the bound, the provider is not called");
    }

    private static ValidatableResponse generate(String prompt, String generator) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("prompt", prompt, "maxTokens", 8, "seed", 1, "generator", generator))
                .post("/v1/generate").then();
    }

    private static int providerCalls() {
        String url = ConfigProvider.getConfig().getValue("taskfit.test.fake-llm-url", String.class);
        return Integer.parseInt(given().baseUri(url).port(-1).get("/__requests").asString().strip());
    }
}
