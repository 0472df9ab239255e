package dev.taskfit.generate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A recognisable fake key, a server that quotes it back in its error bodies (as a careless one might), every kind
 * of failure, DEBUG logging for taskfit, LangChain4j, the AWS SDK and SmallRye: the key appears in no log line (from
 * start-up on, via a log file) and in no response.
 */
@QuarkusTest
@TestProfile(SecretNeverLoggedTest.Profile.class)
class SecretNeverLoggedTest {

    static final String KEY = "sk-taskfit-DO-NOT-LOG-7f3a9c2e51b04d68";
    static final Path LOG_FILE = Path.of("target", "secret-never-logged.log");

    /** The fake key, a fake server, everything logged at DEBUG to a file as well. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.log.file.enabled", "true");
            config.put("quarkus.log.file.path", LOG_FILE.toString());
            config.put("quarkus.log.file.level", "ALL");
            config.put("quarkus.log.file.rotation.rotate-on-boot", "true");
            for (String category : new String[] {"dev.taskfit", "dev.langchain4j", "software.amazon.awssdk",
                    "io.smallrye.faulttolerance", "jdk.internal.httpclient"}) {
                config.put("quarkus.log.category.\"" + category + "\".level", "DEBUG");
            }
            return config;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeLlmResource.class,
                    Map.of("provider", "openai", "taskfit.generate.api-key", KEY)));
        }
    }

    @Test
    void theKeyIsInNoLogLineAndNoResponse() throws IOException {
        List<String> captured = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder line = new StringBuilder(String.valueOf(new java.util.logging.SimpleFormatter().formatMessage(record)));
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    line.append(" | ").append(t);
                    for (StackTraceElement e : t.getStackTrace()) {
                        line.append(' ').append(e);
                    }
                }
                synchronized (captured) {
                    captured.add(line.toString());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        List<String> bodies = new ArrayList<>();
        try {
            for (String generator : new String[] {"auto", "llm"}) {
                for (String scenario : new String[] {"#401", "#403", "#404", "#429", "#500", "#malformed", "#notext", "#slow"}) {
                    bodies.add(given().contentType(ContentType.JSON)
                            .body(Map.of("prompt", "Hello " + scenario, "maxTokens", 8, "seed", 1, "generator", generator))
                            .post("/v1/generate").then().extract().asString());
                }
            }
        } finally {
            root.removeHandler(capture);
        }

        assertTrue(bodies.stream().anyMatch(b -> b.contains("HTTP 401 (check taskfit.generate.api-key)")),
                "the server did refuse the key");
        for (String body : bodies) {
            assertFalse(body.contains(KEY) || body.contains("DO-NOT-LOG"), body);
        }
        assertTrue(captured.stream().anyMatch(line -> line.contains("HTTP 500")), "failures were logged and captured");
        for (String line : captured) {
            assertFalse(line.contains(KEY) || line.contains("DO-NOT-LOG"), line);
        }
        String file = Files.readString(LOG_FILE, StandardCharsets.UTF_8);
        assertTrue(file.contains("generate: LLM openai:openai-test-model"), "start-up is in the log file");
        assertTrue(file.contains("HTTP 429"), "failures are in the log file");
        assertFalse(file.contains(KEY) || file.contains("DO-NOT-LOG"), "the key is in " + LOG_FILE);
    }
}
