package dev.taskfit.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** API Gateway HTTP API (payload 2.0) events, as tests post them to the Lambda mock's raw {@code /_lambda_} route. */
public final class RawEvents {

    private RawEvents() {
    }

    /** A {@code POST path} event carrying {@code json} as its body. */
    public static String post(String path, String json, String requestId) {
        return post(path, json.getBytes(StandardCharsets.UTF_8), requestId);
    }

    /** A {@code POST path} event carrying {@code body} base64-encoded, bytes intact, as API Gateway hands binary on. */
    public static String post(String path, byte[] body, String requestId) {
        return request("POST", path, Map.of("content-type", "application/json"), body, requestId);
    }

    /**
     * A {@code method path} event with exactly these headers (none added) and, unless null, {@code body}
     * base64-encoded. The path goes as given, so it may hold what an HTTP client would refuse to send.
     */
    public static String request(String method, String path, Map<String, String> headers, byte[] body, String requestId) {
        String headerJson = headers.entrySet().stream()
                .map(h -> quote(h.getKey()) + ":" + quote(h.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        String bodyJson = body == null ? "" : ",\"body\":\"" + Base64.getEncoder().encodeToString(body) + "\",\"isBase64Encoded\":true";
        return """
                {"version":"2.0","routeKey":"%1$s %2$s","rawPath":%3$s,"rawQueryString":"",
                 "headers":%4$s,
                 "requestContext":{"http":{"method":"%1$s","path":%3$s,"protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"test"},
                   "requestId":"%5$s","routeKey":"%1$s %2$s","stage":"$default","timeEpoch":0}%6$s}
                """.formatted(method, path.replace("\"", ""), quote(path), headerJson, requestId, bodyJson);
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
