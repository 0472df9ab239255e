package dev.taskfit.advise;

import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static dev.taskfit.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Every kind of bad input to advise and route gets the right 4xx as problem+json, never a 500 or a stack trace. */
abstract class BadAdviseInputContract {

    static Stream<Arguments> advise() {
        return Stream.of(
                Arguments.of("empty body", "application/json", "", 400, "/problems/"),
                Arguments.of("not JSON", "application/json", "write a poem", 400, "/problems/malformed-json"),
                Arguments.of("JSON array", "application/json", "[\"write a poem\"]", 400, "/problems/malformed-json"),
                Arguments.of("JSON string", "application/json", "\"write a poem\"", 400, "/problems/malformed-json"),
                Arguments.of("null body", "application/json", "null", 400, "/problems/validation"),
                Arguments.of("missing task", "application/json", "{}", 400, "/problems/validation"),
                Arguments.of("null task", "application/json", "{\"task\":null}", 400, "/problems/validation"),
                Arguments.of("empty task", "application/json", "{\"task\":\"\"}", 400, "/problems/validation"),
                Arguments.of("whitespace task", "application/json", "{\"task\":\" \\n\\t \"}", 400, "/problems/validation"),
                Arguments.of("task is a number", "application/json", "{\"task\":42}", 400, "/problems/validation"),
                Arguments.of("task is an array", "application/json", "{\"task\":[\"write\"]}", 400, "/problems/validation"),
                Arguments.of("task is an object", "application/json", "{\"task\":{\"text\":\"write\"}}", 400, "/problems/validation"),
                Arguments.of("task is a boolean", "application/json", "{\"task\":true}", 400, "/problems/validation"),
                Arguments.of("unknown field", "application/json", "{\"task\":\"write a poem\",\"taks\":1}", 400, "/problems/validation"),
                Arguments.of("task of 4,001 characters", "application/json", "{\"task\":\"" + "a".repeat(4001) + "\"}", 400, "/problems/validation"),
                Arguments.of("100 KB task", "application/json", "{\"task\":\"" + "write a poem ".repeat(100 * 1024 / 13) + "\"}", 400, "/problems/validation"),
                Arguments.of("2 MB body", "application/json", "{\"task\":\"" + "y".repeat(2 << 20) + "\"}", 413, "/problems/body-too-large"),
                Arguments.of("truncated JSON", "application/json", "{\"task\":\"write", 400, "/problems/malformed-json"),
                Arguments.of("trailing garbage", "application/json", "{\"task\":\"write a poem\"} {}", 400, "/problems/"),
                Arguments.of("secondOpinion is a string", "application/json", "{\"task\":\"write a poem\",\"secondOpinion\":\"yes\"}", 400, "/problems/validation"),
                Arguments.of("wrong content type", "text/plain", "{\"task\":\"write a poem\"}", 415, "/problems/http-415"));
    }

    static Stream<Arguments> route() {
        return Stream.of(
                Arguments.of("missing input", "application/json", "{\"task\":\"flag spam\"}", 400, "/problems/validation"),
                Arguments.of("missing task", "application/json", "{\"input\":\"hello\"}", 400, "/problems/validation"),
                Arguments.of("blank input", "application/json", "{\"task\":\"flag spam\",\"input\":\"  \"}", 400, "/problems/validation"),
                Arguments.of("input is a number", "application/json", "{\"task\":\"flag spam\",\"input\":7}", 400, "/problems/validation"),
                Arguments.of("input over the limit", "application/json", "{\"task\":\"flag spam\",\"input\":\"" + "a".repeat(100_001) + "\"}", 400, "/problems/validation"),
                Arguments.of("blank model", "application/json", "{\"task\":\"flag spam\",\"input\":\"hi\",\"model\":\"\"}", 400, "/problems/validation"),
                Arguments.of("unknown model", "application/json", "{\"task\":\"flag spam\",\"input\":\"hi\",\"model\":\"nope\"}", 404, "/problems/unknown-model"),
                Arguments.of("options is a string", "application/json", "{\"task\":\"flag spam\",\"input\":\"hi\",\"options\":\"fast\"}", 400, "/problems/validation"),
                Arguments.of("options for classify", "application/json", "{\"task\":\"flag spam\",\"input\":\"hi\",\"options\":{\"maxTokens\":5}}", 400, "/problems/validation"),
                Arguments.of("unknown field", "application/json", "{\"task\":\"flag spam\",\"input\":\"hi\",\"mode\":\"x\"}", 400, "/problems/validation"),
                Arguments.of("100 KB task", "application/json", "{\"task\":\"" + "b".repeat(100 * 1024) + "\",\"input\":\"hi\"}", 400, "/problems/validation"),
                Arguments.of("not JSON", "application/json", "route this", 400, "/problems/malformed-json"),
                Arguments.of("generate: maxTokens 0", "application/json", "{\"task\":\"write a haiku about rain\",\"input\":\"rain\",\"options\":{\"maxTokens\":0}}", 400, "/problems/validation"),
                Arguments.of("generate: maxTokens is text", "application/json", "{\"task\":\"write a haiku about rain\",\"input\":\"rain\",\"options\":{\"maxTokens\":\"5\"}}", 400, "/problems/validation"),
                Arguments.of("generate: unknown option", "application/json", "{\"task\":\"write a haiku about rain\",\"input\":\"rain\",\"options\":{\"topK\":5}}", 400, "/problems/validation"),
                Arguments.of("generate: prompt in options", "application/json", "{\"task\":\"write a haiku about rain\",\"input\":\"rain\",\"options\":{\"prompt\":\"snow\"}}", 400, "/problems/validation"),
                Arguments.of("generate: unknown generator", "application/json", "{\"task\":\"write a haiku about rain\",\"input\":\"rain\",\"options\":{\"generator\":\"gpt\"}}", 400, "/problems/validation"),
                Arguments.of("generate: a classifier named", "application/json", "{\"task\":\"write a haiku about rain\",\"input\":\"rain\",\"model\":\"spam\"}", 400, "/problems/validation"));
    }

    @ParameterizedTest(name = "advise: {0}")
    @MethodSource("advise")
    void adviseGetsAProblem(String name, String contentType, String body, int status, String typePrefix) {
        check(given().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).post("/v1/advise"), status, typePrefix);
    }

    @ParameterizedTest(name = "route: {0}")
    @MethodSource("route")
    void routeGetsAProblem(String name, String contentType, String body, int status, String typePrefix) {
        check(given().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).post("/v1/route"), status, typePrefix);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongMethods")
    void otherMistakesAreProblemsToo(String path) {
        given().get(path).then().statusCode(405).contentType(startsWith("application/problem+json"));
    }

    static Stream<String> wrongMethods() {
        return Stream.of("/v1/advise", "/v1/route");
    }

    private static void check(Response response, int status, String typePrefix) {
        assertProblem(response, status, typePrefix);
    }
}
