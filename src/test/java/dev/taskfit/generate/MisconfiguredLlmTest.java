package dev.taskfit.generate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/** A configuration that cannot work still starts the application: every endpoint serves, generate says what is wrong. */
@QuarkusTest
@TestProfile(MisconfiguredLlmTest.Profile.class)
class MisconfiguredLlmTest {

    /** anthropic without a key, and a timeout that is not a duration. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("taskfit.generate.provider", "anthropic",
                    "taskfit.generate.timeout", "soon",
                    "taskfit.generate.max-retries", "many");
        }
    }

    @Test
    void otherEndpointsStillServe() {
        given().get("/v1/models").then().statusCode(200).body("models.name", hasItems("sentiment", "spam"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'generate' }.data.llm", equalTo("none"));
    }

    @Test
    void generateFallsBackNamingEveryMistake() {
        given().contentType(ContentType.JSON).body(Map.of("prompt", "The Union", "maxTokens", 8, "seed", 1))
                .post("/v1/generate")
                .then().statusCode(200)
                .body("generator", equalTo("ngram"))
                .body("fallback", equalTo(true))
                .body("fallbackReason", startsWith("anthropic: not configured correctly: "))
                .body("fallbackReason", containsString("taskfit.generate.timeout 'soon' is not a duration"))
                .body("fallbackReason", containsString("taskfit.generate.max-retries 'many' is not a whole number"))
                .body("fallbackReason", containsString("anthropic needs an API key"));
    }

    @Test
    void llmRequestedIs503WithTheSameReason() {
        given().contentType(ContentType.JSON).body(Map.of("prompt", "The Union", "generator", "llm"))
                .post("/v1/generate")
                .then().statusCode(503)
                .body("detail", startsWith("anthropic: not configured correctly: "));
    }
}
