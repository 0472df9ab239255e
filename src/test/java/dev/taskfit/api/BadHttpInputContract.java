package dev.taskfit.api;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mistakes in the HTTP envelope rather than in a field — the Content-Type header, the body's encoding and size,
 * JSON the parser cannot read, a method a resource does not allow — on every route: each gets a 4xx
 * problem+json that says what is wrong in the caller's terms, quotes no parser internals and echoes no input
 * at length. The events are API Gateway v2 events exactly as given, handed to the Lambda handler.
 */
public abstract class BadHttpInputContract {

    /** The Lambda handler's raw answer to an API Gateway v2 event: {@code statusCode}, {@code headers}, {@code body}. */
    protected abstract JsonPath invoke(String event);

    static final List<String> ROUTES = List.of("POST /v1/classify", "POST /v1/generate", "POST /v1/advise",
            "POST /v1/route", "POST /v1/pipeline", "GET /v1/models", "POST /v1/nothing-here");
    static final String CLASSIFY = "{\"model\":\"sentiment\",\"text\":\"a fine film\"}";

    static Stream<Arguments> malformedContentTypes() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : ROUTES) {
            for (String contentType : List.of("", ";", "/", "json", "application/", "a/b/c", "application/json;;=", "application/json; charset")) {
                cases.add(Arguments.of(route, contentType));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with Content-Type ''{1}''")
    @MethodSource("malformedContentTypes")
    void aMalformedContentTypeIsA400NamingTheHeader(String route, String contentType) {
        String[] methodPath = route.split(" ");
        JsonPath answer = send(methodPath[0], methodPath[1], Map.of("content-type", contentType), bytes("{}"));
        Map<String, Object> problem = problem(answer, 400, "/problems/malformed-header");
        assertTrue(String.valueOf(problem.get("detail")).contains("Content-Type"), problem::toString);
    }

    static Stream<Arguments> badBodies() {
        String prefix = "{\"model\":\"sent";
        byte[] latin1 = "{\"model\":\"sentiment\",\"text\":\"un café très bon\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = CLASSIFY.getBytes(StandardCharsets.UTF_16LE);
        String overMiB = "{\"model\":\"sentiment\",\"text\":\"" + "y".repeat(1 << 20) + "\"}";
        String nested = "[".repeat(1001) + "]".repeat(1001);
        return Stream.of(
                Arguments.of("a byte that is not UTF-8", Map.of("content-type", "application/json"),
                        concat(bytes(prefix), new byte[] {(byte) 0xFF}, bytes("iment\",\"text\":\"ok\"}")),
                        400, "/problems/malformed-json", "byte offset " + prefix.length()),
                Arguments.of("a Latin-1 body declared UTF-8", Map.of("content-type", "application/json; charset=utf-8"), latin1,
                        400, "/problems/malformed-json", "byte offset " + "{\"model\":\"sentiment\",\"text\":\"un caf".length()),
                Arguments.of("a Latin-1 body declared Latin-1", Map.of("content-type", "application/json; charset=ISO-8859-1"), latin1,
                        415, "/problems/unsupported-charset", "ISO-8859-1"),
                Arguments.of("UTF-16 declared", Map.of("content-type", "application/json;charset=UTF-16"), utf16,
                        415, "/problems/unsupported-charset", "UTF-16"),
                Arguments.of("UTF-16 without a BOM", Map.of("content-type", "application/json"), utf16,
                        400, "/problems/malformed-json", "byte offset 1"),
                Arguments.of("UTF-16 with a BOM", Map.of("content-type", "application/json"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16),
                        400, "/problems/malformed-json", "byte offset 0"),
                Arguments.of("over 1 MiB without a Content-Length", Map.of("content-type", "application/json", "transfer-encoding", "chunked"),
                        bytes(overMiB), 413, "/problems/body-too-large", "1048576"),
                Arguments.of("over 1 MiB with a 65,536-character field name", Map.of("content-type", "application/json"),
                        bytes("{\"" + "n".repeat(65_536) + "\":\"" + "y".repeat(1 << 20) + "\"}"), 413, "/problems/body-too-large", "1048576"),
                Arguments.of("a 2 MB field name", Map.of("content-type", "application/json"),
                        bytes("{\"" + "n".repeat(2 << 20) + "\":1}"), 413, "/problems/body-too-large", "1048576"),
                Arguments.of("a 60,000-character field name", Map.of("content-type", "application/json"),
                        bytes("{\"" + "n".repeat(60_000) + "\":1}"), 400, "/problems/malformed-json", "field name"),
                Arguments.of("nesting 1,001 deep", Map.of("content-type", "application/json"),
                        bytes("{\"task\":\"a\",\"input\":\"b\",\"options\":{\"a\":" + nested + "}}"),
                        400, "/problems/malformed-json", "nest"),
                Arguments.of("a 1,001-digit number", Map.of("content-type", "application/json"),
                        bytes("{\"model\":\"sentiment\",\"text\":" + "1".repeat(1001) + "}"), 400, "/problems/malformed-json", "number"),
                Arguments.of("truncated JSON", Map.of("content-type", "application/json"), bytes("{\"model\":\"sentiment\",\n\"text\":"),
                        400, "/problems/malformed-json", "line 2"),
                Arguments.of("an unquoted word", Map.of("content-type", "application/json"), bytes("{\"model\": sentiment}"),
                        400, "/problems/malformed-json", "line 1, column"),
                Arguments.of("a control character in a string", Map.of("content-type", "application/json"), bytes("{\"model\":\"a\u0001b\"}"),
                        400, "/problems/malformed-json", "line 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBodyThatCannotBeReadGetsAProblemInTheCallersTerms(String name, Map<String, String> headers, byte[] body, int status,
                                                           String type, String detailHolds) {
        // The nesting case goes to route, whose options hold any JSON: a typed field would refuse the first '['.
        String path = name.startsWith("nesting") ? "/v1/route" : "/v1/classify";
        Map<String, Object> problem = problem(send("POST", path, headers, body), status, type);
        assertTrue(String.valueOf(problem.get("detail")).contains(detailHolds), problem::toString);
    }

    static Stream<Arguments> echoes() {
        String long99k = "m".repeat(99_000);
        return Stream.of(
                Arguments.of("a 99,000-character model name", "/v1/classify", "{\"model\":\"" + long99k + "\",\"text\":\"a\"}", 404),
                Arguments.of("a model name with control characters", "/v1/classify", "{\"model\":\"a\\u0000\\u001b[31mb\",\"text\":\"a\"}", 404),
                Arguments.of("a 99,000-character filter label", "/v1/pipeline",
                        "{\"prompt\":\"a\",\"filters\":[{\"model\":\"sentiment\",\"accept\":[\"" + long99k + "\"]}]}", 400),
                Arguments.of("a 99,000-character filter model", "/v1/pipeline",
                        "{\"prompt\":\"a\",\"filters\":[{\"model\":\"" + long99k + "\",\"accept\":[\"x\"]}]}", 404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoes")
    void aProblemQuotesAtMostAShortEscapedExcerptOfTheInput(String name, String path, String json, int status) {
        JsonPath answer = send("POST", path, Map.of("content-type", "application/json"), bytes(json));
        assertEquals(status, answer.getInt("statusCode"));
        String body = answer.getString("body");
        assertTrue(body.length() < 2_000, () -> "problem of " + body.length() + " characters");
        assertFalse(body.chars().anyMatch(c -> c < 0x20), "control characters are escaped");
        assertFalse(body.contains("\\u0000") || body.contains("\\u001b"), "control characters are shown, not passed on: " + body);
    }

    static Stream<Arguments> notAllowed() {
        return Stream.of(
                Arguments.of("GET", "/v1/classify", "POST"),
                Arguments.of("PUT", "/v1/generate", "POST"),
                Arguments.of("DELETE", "/v1/advise", "POST"),
                Arguments.of("PUT", "/v1/models", "GET"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("notAllowed")
    void a405NamesTheAllowedMethods(String method, String path, String allowed) {
        JsonPath answer = send(method, path, Map.of("content-type", "application/json"), bytes("{}"));
        problem(answer, 405, "/problems/http-405");
        String allow = header(answer, "Allow");
        assertNotNull(allow, () -> "no Allow header in " + answer.getMap("headers"));
        assertTrue(allow.contains(allowed), allow);
    }

    static Stream<Arguments> unreadableRequests() {
        return Stream.of(
                Arguments.of("GET", "/%"),
                Arguments.of("GET", "/v1/%zz"),
                Arguments.of("POST", "/v1/classify%"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unreadableRequests")
    void aPathThatCannotBeDecodedIsA400(String method, String path) {
        // Quarkus' HTTP root handler refuses it, empty, before any route or filter of ours can shape the answer
        // (docs/known-issues.md); what must hold is that it stays a 400 and the function keeps serving.
        assertEquals(400, send(method, path, Map.of("content-type", "application/json"), bytes("{}")).getInt("statusCode"));
        problem(send("POST", "/v1/classify", Map.of("content-type", "application/json"), bytes("{}")), 400, "/problems/validation");
    }

    /** Sends a raw event and returns the Lambda handler's answer. */
    protected JsonPath send(String method, String path, Map<String, String> headers, byte[] body) {
        return invoke(RawEvents.request(method, path, headers, body, "contract-" + System.nanoTime()));
    }

    /** Asserts the answer is a problem of this status and type and quotes no internals; returns it. */
    static Map<String, Object> problem(JsonPath answer, int status, String typePrefix) {
        assertEquals(status, answer.getInt("statusCode"), () -> answer.prettify());
        assertTrue(String.valueOf(header(answer, "Content-Type")).startsWith("application/problem+json"), answer::prettify);
        Map<String, Object> problem = new JsonPath(answer.getString("body")).getMap("");
        assertEquals(status, problem.get("status"));
        assertTrue(String.valueOf(problem.get("type")).startsWith(typePrefix), problem::toString);
        String detail = String.valueOf(problem.get("detail"));
        for (String internal : List.of("Exception", "StreamRead", "Source:", "fasterxml", "jackson", "`", "JsonToken", "\tat ")) {
            assertFalse(detail.contains(internal), () -> "detail quotes '" + internal + "': " + detail);
        }
        assertTrue(detail.length() < 400, detail);
        assertNotNull(problem.get("instance"), "a problem names its request");
        return problem;
    }

    static String header(JsonPath answer, String name) {
        Map<String, Object> headers = answer.getMap("headers");
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> String.valueOf(h.getValue())).findFirst().orElse(null);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
