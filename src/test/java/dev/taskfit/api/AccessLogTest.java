package dev.taskfit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every request leaves one JSON access line carrying the Lambda request id, path, status and latency. */
@QuarkusTest
class AccessLogTest {

    @Test
    void logsOneJsonLinePerRequestWithTheLambdaRequestId() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(String.format(record.getMessage(), record.getParameters() == null ? new Object[0] : record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("taskfit.access");
        logger.addHandler(capture);
        try {
            given().contentType(ContentType.JSON).body("{\"model\":\"nope\",\"text\":\"secret words\"}").post("/v1/classify")
                    .then().statusCode(404);
        } finally {
            logger.removeHandler(capture);
        }
        String line = lines.stream().filter(l -> l.contains("/v1/classify")).findFirst().orElseThrow(
                () -> new AssertionError("no access line in " + lines));
        assertTrue(line.matches("\\{\"type\":\"access\",\"requestId\":\"[^\"]+\",\"method\":\"POST\",\"path\":\"/v1/classify\",\"status\":404,\"latencyMs\":[0-9.]+}"), line);
        assertTrue(!line.contains("secret words"), "the body is never logged");
    }
}
