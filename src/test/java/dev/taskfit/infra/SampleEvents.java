package dev.taskfit.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample API Gateway HTTP API (payload 2.0) events in {@code infra/events/}, one per endpoint. */
final class SampleEvents {

    static final Path DIR = Path.of("infra", "events");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleEvents() {
    }

    /** Every event file, by name. */
    static Stream<Path> all() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static byte[] read(Path event) {
        try {
            return Files.readAllBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event is a payload 2.0 event whose routeKey names its method and path, as API Gateway sends it. */
    static void assertWellFormed(Path event) throws IOException {
        JsonNode e = JSON.readTree(read(event));
        assertEquals("2.0", e.path("version").asText(), "version");
        JsonNode http = e.path("requestContext").path("http");
        assertEquals(e.path("routeKey").asText(), http.path("method").asText() + " " + http.path("path").asText(),
                "routeKey is METHOD PATH");
        assertEquals(http.path("path").asText(), e.path("rawPath").asText(), "rawPath");
        assertTrue(e.has("requestContext") && e.path("requestContext").has("requestId"), "requestContext.requestId");
        if (e.has("body")) {
            JSON.readTree(e.path("body").asText()); // a JSON body, not base64
            assertEquals(false, e.path("isBase64Encoded").asBoolean(true), "isBase64Encoded");
        }
    }

    /** The function's raw Lambda answer to the event is a 2xx with a JSON body. */
    static void assertAnswered(Path event, byte[] answer) throws IOException {
        JsonNode response = JSON.readTree(answer);
        int status = response.path("statusCode").asInt();
        assertTrue(status >= 200 && status < 300,
                event.getFileName() + " answered " + status + ": " + response.path("body").asText());
        JSON.readTree(response.path("body").asText());
    }
}
