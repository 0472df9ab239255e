package dev.taskfit.generate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** openai pointed at a closed port: generate falls back within the timeout with the reason; "llm" gets 503. */
@QuarkusTest
@TestProfile(UnreachableLlmTest.Profile.class)
class UnreachableLlmTest {

    /** A port nothing listens on. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return Map.of("taskfit.generate.provider", "openai",
                        "taskfit.generate.base-url", "http://127.0.0.1:" + socket.getLocalPort() + "/v1",
                        "taskfit.generate.timeout", "2s");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void fallsBackWithinTheTimeoutNamingTheServer() {
        given().contentType(ContentType.JSON).body(Map.of("prompt", "Warm up", "generator", "ngram")).post("/v1/generate");
        long start = System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("prompt", "The Congress", "maxTokens", 16, "seed", 2))
                .post("/v1/generate")
                .then().statusCode(200)
                .body("generator", equalTo("ngram"))
                .body("fallback", equalTo(true))
                .body("fallbackReason", startsWith("openai: cannot connect to http://127.0.0.1:"))
                .body("fallbackReason", endsWith("/v1 (connection refused)"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2_000 + 4_000, "answered after " + millis + " ms");
    }

    @Test
    void llmRequestedIs503() {
        given().contentType(ContentType.JSON).body(Map.of("prompt", "The Congress", "generator", "llm"))
                .post("/v1/generate")
                .then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/llm-unavailable"))
                .body("detail", endsWith("(connection refused)"));
    }
}
