package dev.taskfit.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
        return """
                {"version":"2.0","routeKey":"POST %1$s","rawPath":"%1$s","rawQueryString":"",
                 "headers":{"content-type":"application/json"},
                 "requestContext":{"http":{"method":"POST","path":"%1$s","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"test"},
                   "requestId":"%2$s","routeKey":"POST %1$s","stage":"$default","timeEpoch":0},
                 "body":"%3$s","isBase64Encoded":true}
                """.formatted(path, requestId, Base64.getEncoder().encodeToString(body));
    }
}
