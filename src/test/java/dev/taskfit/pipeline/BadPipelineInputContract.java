package dev.taskfit.pipeline;

import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static dev.taskfit.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every kind of bad pipeline input gets the right 4xx as problem+json naming the field (and, for a label the model
 * lacks, the model's labels), never a 500 and never a stack trace.
 */
abstract class BadPipelineInputContract {

    private static final String F = ",\"filters\":[{\"model\":\"sentiment\",\"accept\":[\"positive\"]}]";

    /** A body with the prompt "a", the given fields, and one valid filter unless the fields hold filters. */
    private static String body(String fields) {
        return "{\"prompt\":\"a\"" + (fields.isEmpty() ? "" : "," + fields) + (fields.contains("\"filters\"") ? "" : F) + "}";
    }

    private static String withFilter(String filter) {
        return body("\"filters\":[" + filter + "]");
    }

    static Stream<Arguments> cases() {
        String tooLong = "a".repeat(20_001);
        return Stream.of(
                Arguments.of("empty body", "", 400, "/problems/", null, null),
                Arguments.of("not JSON", "prompt=a", 400, "/problems/malformed-json", null, null),
                Arguments.of("JSON array", "[\"a\"]", 400, "/problems/malformed-json", null, null),
                Arguments.of("null body", "null", 400, "/problems/validation", "body", null),
                Arguments.of("missing prompt", "{" + F.substring(1) + "}", 400, "/problems/validation", "prompt", null),
                Arguments.of("blank prompt", "{\"prompt\":\"  \"" + F + "}", 400, "/problems/validation", "prompt", null),
                Arguments.of("prompt is a number", "{\"prompt\":1" + F + "}", 400, "/problems/validation", "prompt", null),
                Arguments.of("prompt over the limit", "{\"prompt\":\"" + tooLong + "\"" + F + "}", 400, "/problems/validation", "prompt", "max-prompt-chars"),
                Arguments.of("maxTokens 0", body("\"maxTokens\":0"), 400, "/problems/validation", "maxTokens", null),
                Arguments.of("maxTokens over the limit", body("\"maxTokens\":1025"), 400, "/problems/validation", "maxTokens", "max-tokens"),
                Arguments.of("temperature over 2", body("\"temperature\":2.5"), 400, "/problems/validation", "temperature", null),
                Arguments.of("seed is a string", body("\"seed\":\"42\""), 400, "/problems/validation", "seed", null),
                Arguments.of("unknown generator", body("\"generator\":\"gpt\""), 400, "/problems/validation", "generator", null),
                Arguments.of("candidates 0", body("\"candidates\":0"), 400, "/problems/validation", "candidates", null),
                Arguments.of("candidates over the limit", body("\"candidates\":65"), 400, "/problems/validation", "candidates", "max-candidates"),
                Arguments.of("candidates is a string", body("\"candidates\":\"8\""), 400, "/problems/validation", "candidates", null),
                Arguments.of("want 0", body("\"want\":0"), 400, "/problems/validation", "want", null),
                Arguments.of("want over candidates", body("\"candidates\":4,\"want\":5"), 400, "/problems/validation", "want", "more than candidates (4)"),
                Arguments.of("want over the default candidates", body("\"want\":9"), 400, "/problems/validation", "want", "more than candidates (8)"),
                Arguments.of("deadlineMs 0", body("\"deadlineMs\":0"), 400, "/problems/validation", "deadlineMs", null),
                Arguments.of("deadlineMs over the configured one", body("\"deadlineMs\":20001"), 400, "/problems/validation", "deadlineMs", "taskfit.pipeline.deadline"),
                Arguments.of("deadlineMs is a fraction", body("\"deadlineMs\":1.5"), 400, "/problems/validation", "deadlineMs", null),
                Arguments.of("unknown field", body("\"count\":3"), 400, "/problems/validation", "count", null),
                Arguments.of("no filters", "{\"prompt\":\"a\"}", 400, "/problems/validation", "filters", null),
                Arguments.of("empty filters", body("\"filters\":[]"), 400, "/problems/validation", "filters", null),
                Arguments.of("filters is an object", body("\"filters\":{\"model\":\"spam\"}"), 400, "/problems/validation", "filters", null),
                Arguments.of("too many filters", body("\"filters\":[" + String.join(",",
                        java.util.Collections.nCopies(9, "{\"model\":\"spam\",\"reject\":[\"spam\"]}")) + "]"), 400, "/problems/validation", "filters", "max-filters"),
                Arguments.of("null filter", withFilter("null"), 400, "/problems/validation", "filters[0]", null),
                Arguments.of("filter without model", withFilter("{\"accept\":[\"positive\"]}"), 400, "/problems/validation", "filters[0].model", null),
                Arguments.of("filter with blank model", withFilter("{\"model\":\" \",\"accept\":[\"positive\"]}"), 400, "/problems/validation", "filters[0].model", null),
                Arguments.of("accept and reject", withFilter("{\"model\":\"spam\",\"accept\":[\"ham\"],\"reject\":[\"spam\"]}"), 400, "/problems/validation", "filters[0]", "not both"),
                Arguments.of("neither accept nor reject", withFilter("{\"model\":\"spam\"}"), 400, "/problems/validation", "filters[0]", "accept"),
                Arguments.of("empty accept", withFilter("{\"model\":\"spam\",\"accept\":[]}"), 400, "/problems/validation", "filters[0].accept", null),
                Arguments.of("accept is a string", withFilter("{\"model\":\"spam\",\"accept\":\"ham\"}"), 400, "/problems/validation", "filters[0].accept", null),
                Arguments.of("null label", withFilter("{\"model\":\"spam\",\"reject\":[null]}"), 400, "/problems/validation", "filters[0].reject[0]", null),
                Arguments.of("label the model lacks", withFilter("{\"model\":\"sentiment\",\"accept\":[\"happy\"]}"), 400, "/problems/validation", "filters[0].accept[0]", "its labels are negative, positive"),
                Arguments.of("rejected label the model lacks", withFilter("{\"model\":\"spam\",\"reject\":[\"spam\",\"junk\"]}"), 400, "/problems/validation", "filters[0].reject[1]", "its labels are ham, spam"),
                Arguments.of("label in another case", withFilter("{\"model\":\"spam\",\"reject\":[\"SPAM\"]}"), 400, "/problems/validation", "filters[0].reject[0]", "ham, spam"),
                Arguments.of("minConfidence over 1", withFilter("{\"model\":\"spam\",\"reject\":[\"spam\"],\"minConfidence\":1.5}"), 400, "/problems/validation", "filters[0].minConfidence", null),
                Arguments.of("minConfidence negative", withFilter("{\"model\":\"spam\",\"reject\":[\"spam\"],\"minConfidence\":-0.1}"), 400, "/problems/validation", "filters[0].minConfidence", null),
                Arguments.of("minConfidence is a string", withFilter("{\"model\":\"spam\",\"reject\":[\"spam\"],\"minConfidence\":\"high\"}"), 400, "/problems/validation", "filters[0].minConfidence", null),
                Arguments.of("unknown field in a filter", withFilter("{\"model\":\"spam\",\"labels\":[\"spam\"]}"), 400, "/problems/validation", "filters[0].labels", null),
                Arguments.of("unknown model", withFilter("{\"model\":\"nope\",\"accept\":[\"x\"]}"), 404, "/problems/unknown-model", null, "available: "),
                Arguments.of("unknown model in the second filter", body("\"filters\":[{\"model\":\"spam\",\"reject\":[\"spam\"]},{\"model\":\"toxicity\",\"reject\":[\"toxic\"]}]"), 404, "/problems/unknown-model", null, "toxicity"),
                Arguments.of("generator llm without an LLM", body("\"generator\":\"llm\""), 503, "/problems/llm-unavailable", null, "taskfit.generate.provider=none"),
                Arguments.of("2 MB body", "{\"prompt\":\"" + "y".repeat(2 << 20) + "\"" + F + "}", 413, "/problems/body-too-large", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void getsAProblem(String name, String body, int status, String typePrefix, String field, String detail) {
        ValidatableResponse response = assertProblem(given().contentType("application/json")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/v1/pipeline"), status, typePrefix);
        if (field != null) {
            response.body("errors[0].field", equalTo(field));
        }
        if (detail != null) {
            response.body("detail", containsString(detail));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherMistakes")
    void otherMistakesAreProblemsToo(String name, String method, String contentType, int status) {
        given().contentType(contentType).body(body("")).request(method, "/v1/pipeline")
                .then().statusCode(status).contentType(startsWith("application/problem+json"));
    }

    static Stream<Arguments> otherMistakes() {
        return Stream.of(
                Arguments.of("GET on pipeline", "GET", "application/json", 405),
                Arguments.of("text/plain body", "POST", "text/plain", 415));
    }
}
