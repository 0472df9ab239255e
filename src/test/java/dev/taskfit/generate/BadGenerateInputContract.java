package dev.taskfit.generate;

import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static dev.taskfit.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every kind of bad generate input gets the right 4xx as problem+json naming the field, never a 500, never a
 * stack trace, and never reaches a generator.
 */
abstract class BadGenerateInputContract {

    static Stream<Arguments> cases() {
        String tooLong = "a".repeat(20_001);
        return Stream.of(
                Arguments.of("empty body", "", 400, "/problems/", null),
                Arguments.of("not JSON", "prompt=hello", 400, "/problems/malformed-json", null),
                Arguments.of("truncated JSON", "{\"prompt\":\"The sea\",", 400, "/problems/malformed-json", null),
                Arguments.of("JSON array", "[\"The sea\"]", 400, "/problems/malformed-json", null),
                Arguments.of("null body", "null", 400, "/problems/validation", "body"),
                Arguments.of("missing prompt", "{\"maxTokens\":10}", 400, "/problems/validation", "prompt"),
                Arguments.of("null prompt", "{\"prompt\":null}", 400, "/problems/validation", "prompt"),
                Arguments.of("empty prompt", "{\"prompt\":\"\"}", 400, "/problems/validation", "prompt"),
                Arguments.of("blank prompt", "{\"prompt\":\" \\n\\t \"}", 400, "/problems/validation", "prompt"),
                Arguments.of("prompt is a number", "{\"prompt\":42}", 400, "/problems/validation", "prompt"),
                Arguments.of("prompt is an array", "{\"prompt\":[\"a\"]}", 400, "/problems/validation", "prompt"),
                Arguments.of("prompt over the limit", "{\"prompt\":\"" + tooLong + "\"}", 400, "/problems/validation", "prompt"),
                Arguments.of("system over the limit", "{\"prompt\":\"a\",\"system\":\"" + tooLong + "\"}", 400, "/problems/validation", "system"),
                Arguments.of("blank system", "{\"prompt\":\"a\",\"system\":\"  \"}", 400, "/problems/validation", "system"),
                Arguments.of("maxTokens 0", "{\"prompt\":\"a\",\"maxTokens\":0}", 400, "/problems/validation", "maxTokens"),
                Arguments.of("maxTokens negative", "{\"prompt\":\"a\",\"maxTokens\":-5}", 400, "/problems/validation", "maxTokens"),
                Arguments.of("maxTokens over the limit", "{\"prompt\":\"a\",\"maxTokens\":1025}", 400, "/problems/validation", "maxTokens"),
                Arguments.of("maxTokens is a string", "{\"prompt\":\"a\",\"maxTokens\":\"64\"}", 400, "/problems/validation", "maxTokens"),
                Arguments.of("maxTokens is a fraction", "{\"prompt\":\"a\",\"maxTokens\":1.5}", 400, "/problems/validation", "maxTokens"),
                Arguments.of("maxTokens beyond int", "{\"prompt\":\"a\",\"maxTokens\":99999999999}", 400, "/problems/", null),
                Arguments.of("temperature negative", "{\"prompt\":\"a\",\"temperature\":-0.1}", 400, "/problems/validation", "temperature"),
                Arguments.of("temperature over 2", "{\"prompt\":\"a\",\"temperature\":2.5}", 400, "/problems/validation", "temperature"),
                Arguments.of("temperature is a string", "{\"prompt\":\"a\",\"temperature\":\"hot\"}", 400, "/problems/validation", "temperature"),
                Arguments.of("temperature is true", "{\"prompt\":\"a\",\"temperature\":true}", 400, "/problems/validation", "temperature"),
                Arguments.of("seed is a string", "{\"prompt\":\"a\",\"seed\":\"42\"}", 400, "/problems/validation", "seed"),
                Arguments.of("seed is a fraction", "{\"prompt\":\"a\",\"seed\":4.2}", 400, "/problems/validation", "seed"),
                Arguments.of("unknown generator", "{\"prompt\":\"a\",\"generator\":\"gpt\"}", 400, "/problems/validation", "generator"),
                Arguments.of("generator in capitals", "{\"prompt\":\"a\",\"generator\":\"LLM\"}", 400, "/problems/validation", "generator"),
                Arguments.of("generator is a number", "{\"prompt\":\"a\",\"generator\":1}", 400, "/problems/validation", "generator"),
                Arguments.of("unknown field", "{\"prompt\":\"a\",\"max_tokens\":5}", 400, "/problems/validation", "max_tokens"),
                Arguments.of("trailing garbage", "{\"prompt\":\"a\"} {}", 400, "/problems/", null),
                Arguments.of("2 MB body", "{\"prompt\":\"" + "y".repeat(2 << 20) + "\"}", 413, "/problems/body-too-large", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void getsAProblem(String name, String body, int status, String typePrefix, String field) {
        ValidatableResponse response = assertProblem(given().contentType("application/json")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/v1/generate"), status, typePrefix);
        if (field != null) {
            response.body("errors[0].field", equalTo(field));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherMistakes")
    void otherMistakesAreProblemsToo(String name, String method, String contentType, int status) {
        given().contentType(contentType).body("{\"prompt\":\"a\"}").request(method, "/v1/generate")
                .then().statusCode(status).contentType(startsWith("application/problem+json"));
    }

    static Stream<Arguments> otherMistakes() {
        return Stream.of(
                Arguments.of("GET on generate", "GET", "application/json", 405),
                Arguments.of("text/plain body", "POST", "text/plain", 415),
                Arguments.of("XML body", "POST", "application/xml", 415));
    }
}
