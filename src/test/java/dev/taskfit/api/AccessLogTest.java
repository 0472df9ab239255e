package dev.taskfit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every request leaves one JSON access line: the Lambda request id (the same one its problem names as instance),
 * the function, endpoint, status, latency and what decided the answer; never a header, never the input.
 */
@QuarkusTest
class AccessLogTest {

    private static Map<String, Object> accessLineFor(LogCapture capture, String endpoint) {
        return capture.lines().stream().map(JsonPath::new).map(line -> line.<String, Object>getMap(""))
                .filter(line -> endpoint.equals(line.get("endpoint"))).findFirst()
                .orElseThrow(() -> new AssertionError("no access line for " + endpoint + " in " + capture.lines()));
    }

    @Test
    void aProblemAndItsAccessLineNameTheSameLambdaRequest() {
        try (LogCapture capture = new LogCapture("taskfit.access")) {
            String instance = given().contentType(ContentType.JSON).body("{\"model\":\"nope\",\"text\":\"a\"}").post("/v1/classify")
                    .then().statusCode(404).extract().path("instance");
            Map<String, Object> line = accessLineFor(capture, "/v1/classify");
            assertEquals("access", line.get("type"));
            assertEquals("INFO", line.get("level"));
            assertEquals(404, line.get("status"));
            assertEquals("POST", line.get("method"));
            assertEquals("/problems/unknown-model", line.get("problem"));
            assertEquals("all", line.get("function"), "the function this container serves, outside Lambda");
            assertTrue(((Number) line.get("latencyMs")).doubleValue() >= 0);
            assertTrue(String.valueOf(line.get("requestId")).matches("[0-9a-f-]{36}"), line::toString);
            assertEquals(line.get("requestId"), instance);
        }
    }

    @Test
    void theAccessLineSaysWhatDecidedTheAnswer() {
        try (LogCapture capture = new LogCapture("taskfit.access")) {
            given().contentType(ContentType.JSON).body("{\"model\":\"sentiment\",\"text\":\"a fine film\"}").post("/v1/classify").then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"task\":\"tell me whether each review is positive\"}").post("/v1/advise").then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"prompt\":\"The sea\",\"maxTokens\":8,\"seed\":1}").post("/v1/generate").then().statusCode(200);
            assertEquals("sentiment", accessLineFor(capture, "/v1/classify").get("model"));
            assertEquals("discriminative", accessLineFor(capture, "/v1/advise").get("family"));
            Map<String, Object> generate = accessLineFor(capture, "/v1/generate");
            assertEquals("ngram", generate.get("generator"));
            assertTrue(String.valueOf(generate.get("model")).startsWith("ngram:"), generate::toString);
        }
    }

    @Test
    void noLogLineHoldsAHeaderValueOrTheInputText() {
        String secret = "sk-live-0123456789abcdef";
        String text = "my neighbour's private diary entry about the weekend";
        // The access and metrics lines have their own handler, apart from the root's.
        try (LogCapture everything = new LogCapture(""); LogCapture access = new LogCapture("taskfit.access");
             LogCapture metrics = new LogCapture("taskfit.metrics")) {
            given().contentType(ContentType.JSON).header("Authorization", "Bearer " + secret).header("X-Api-Key", secret)
                    .body("{\"model\":\"sentiment\",\"text\":\"" + text + "\"}").post("/v1/classify").then().statusCode(200);
            given().contentType(ContentType.JSON).header("Authorization", "Bearer " + secret)
                    .body("{\"model\":\"" + text + "\",\"text\":\"" + text + "\"}").post("/v1/classify").then().statusCode(404);
            given().contentType(ContentType.JSON).body("{\"prompt\":\"" + text + "\",\"maxTokens\":4}").post("/v1/generate").then().statusCode(200);
            List<String> lines = new java.util.ArrayList<>(everything.lines());
            lines.addAll(access.lines());
            lines.addAll(metrics.lines());
            assertTrue(lines.stream().anyMatch(l -> l.contains("\"type\":\"access\"")), "the capture sees the access lines");
            for (String line : lines) {
                assertFalse(line.contains(secret), () -> "a secret in: " + line);
                assertFalse(line.contains("private diary"), () -> "the input in: " + line);
            }
        }
    }
}
