package dev.taskfit.classify;

import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static dev.taskfit.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Every kind of bad input gets the right 4xx as problem+json, never a 500 and never a stack trace. */
abstract class BadClassifyInputContract {

    static Stream<Arguments> cases() {
        // API Gateway (and Quarkus's mock of it) refuses bodies of 10 MB and more before any function runs;
        // just under that, the function's own limit (taskfit.limits.max-body-bytes) must answer.
        String big = "x".repeat(10 * 1024 * 1024 - 1024);
        String manyTexts = "[" + String.join(",", java.util.Collections.nCopies(257, "\"ok\"")) + "]";
        return Stream.of(
                Arguments.of("empty body", "application/json", bytes(""), 400, "/problems/"),
                Arguments.of("not JSON", "application/json", bytes("hello"), 400, "/problems/malformed-json"),
                Arguments.of("truncated JSON", "application/json", bytes("{\"model\":\"sentiment\",\"text\":"), 400, "/problems/malformed-json"),
                Arguments.of("JSON array", "application/json", bytes("[1,2]"), 400, "/problems/malformed-json"),
                Arguments.of("JSON string", "application/json", bytes("\"text\""), 400, "/problems/malformed-json"),
                Arguments.of("null body", "application/json", bytes("null"), 400, "/problems/validation"),
                Arguments.of("text is a number", "application/json", bytes("{\"model\":\"sentiment\",\"text\":42}"), 400, "/problems/validation"),
                Arguments.of("texts is a string", "application/json", bytes("{\"model\":\"sentiment\",\"texts\":\"a\"}"), 400, "/problems/validation"),
                Arguments.of("model is an object", "application/json", bytes("{\"model\":{},\"text\":\"a\"}"), 400, "/problems/validation"),
                Arguments.of("unknown field", "application/json", bytes("{\"model\":\"sentiment\",\"txt\":\"a\"}"), 400, "/problems/validation"),
                Arguments.of("missing text", "application/json", bytes("{\"model\":\"sentiment\"}"), 400, "/problems/validation"),
                Arguments.of("missing model", "application/json", bytes("{\"text\":\"fine\"}"), 400, "/problems/validation"),
                Arguments.of("empty text", "application/json", bytes("{\"model\":\"sentiment\",\"text\":\"\"}"), 400, "/problems/validation"),
                Arguments.of("blank text", "application/json", bytes("{\"model\":\"sentiment\",\"text\":\" \\n\\t \"}"), 400, "/problems/validation"),
                Arguments.of("both text and texts", "application/json", bytes("{\"model\":\"sentiment\",\"text\":\"a\",\"texts\":[\"b\"]}"), 400, "/problems/validation"),
                Arguments.of("empty batch", "application/json", bytes("{\"model\":\"sentiment\",\"texts\":[]}"), 400, "/problems/validation"),
                Arguments.of("null in batch", "application/json", bytes("{\"model\":\"sentiment\",\"texts\":[\"a\",null]}"), 400, "/problems/validation"),
                Arguments.of("batch over the limit", "application/json", bytes("{\"model\":\"sentiment\",\"texts\":" + manyTexts + "}"), 400, "/problems/validation"),
                Arguments.of("text over the limit", "application/json", bytes("{\"model\":\"sentiment\",\"text\":\"" + "a".repeat(100_001) + "\"}"), 400, "/problems/validation"),
                Arguments.of("unknown model", "application/json", bytes("{\"model\":\"nope\",\"text\":\"a\"}"), 404, "/problems/unknown-model"),
                Arguments.of("2 MB body", "application/json", bytes("{\"model\":\"sentiment\",\"text\":\"" + "y".repeat(2 << 20) + "\"}"), 413, "/problems/body-too-large"),
                Arguments.of("10 MB body", "application/json", bytes("{\"model\":\"sentiment\",\"text\":\"" + big + "\"}"), 413, "/problems/body-too-large"),
                Arguments.of("wrong content type", "text/plain", bytes("{\"model\":\"sentiment\",\"text\":\"a\"}"), 415, "/problems/http-415"),
                Arguments.of("XML content type", "application/xml", bytes("<model>sentiment</model>"), 415, "/problems/http-415"),
                Arguments.of("trailing garbage", "application/json", bytes("{\"model\":\"sentiment\",\"text\":\"a\"} {}"), 400, "/problems/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void getsAProblem(String name, String contentType, byte[] body, int status, String typePrefix) {
        assertProblem(given().contentType(contentType).body(body).post("/v1/classify"), status, typePrefix);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherRoutes")
    void otherMistakesAreProblemsToo(String name, String method, String path, int status) {
        given().contentType(ContentType.JSON).body("{}").request(method, path)
                .then().statusCode(status).contentType(startsWith("application/problem+json"));
    }

    static Stream<Arguments> otherRoutes() {
        return Stream.of(
                Arguments.of("unknown path", "POST", "/v1/nothing-here", 404),
                Arguments.of("GET on a POST resource", "GET", "/v1/classify", 405),
                Arguments.of("PUT on the models resource (GET lists, POST trains)", "PUT", "/v1/models", 405));
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
