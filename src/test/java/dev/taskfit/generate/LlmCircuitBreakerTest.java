package dev.taskfit.generate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
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
 * Repeated failures open the circuit: later calls fall back at once, without calling the provider, and say why
 * and for how long. (Breaker: 2 calls, all failing, stays open 60 s.)
 */
@QuarkusTest
@TestProfile(LlmCircuitBreakerTest.Profile.class)
class LlmCircuitBreakerTest {

    /** A fake OpenAI-compatible server; a breaker that opens after two failed calls. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeLlmResource.class, Map.of("provider", "openai",
                    "taskfit.generate.circuit-breaker.request-volume", "2",
                    "taskfit.generate.circuit-breaker.failure-ratio", "1",
                    "taskfit.generate.circuit-breaker.delay", "60s")));
        }
    }

    @Test
    void repeatedFailuresStopCallingTheProviderUntilTheDelayHasPassed() {
        String reason500 = "openai: HTTP 500 (the provider failed; try again later)";
        post("first #500", "auto").statusCode(200).body("fallbackReason", equalTo(reason500));
        post("second #500", "auto").statusCode(200).body("fallbackReason", equalTo(reason500));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'generate' }.data.llmCircuit", equalTo("open"));

        int calls = providerCalls();
        long start = System.nanoTime();
        post("a healthy prompt", "auto")
                .statusCode(200)
                .body("generator", equalTo("ngram"))
                .body("fallback", equalTo(true))
                .body("fallbackReason", startsWith("openai: not called, repeated failures opened the circuit breaker "
                        + "(last: HTTP 500 (the provider failed; try again later)); next try in about "));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(calls, providerCalls(), "the provider was not called");
        assertTrue(millis < 1_000, "answered in " + millis + " ms, without waiting on the provider");

        post("a healthy prompt", "llm")
                .statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("circuit breaker"));
    }

    private static io.restassured.response.ValidatableResponse post(String prompt, String generator) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("prompt", prompt, "maxTokens", 8, "seed", 1, "generator", generator))
                .post("/v1/generate").then();
    }

    private static int providerCalls() {
        String url = ConfigProvider.getConfig().getValue("taskfit.test.fake-llm-url", String.class);
        return Integer.parseInt(given().baseUri(url).port(-1).get("/__requests").asString().strip());
    }
}
