package dev.taskfit.startup;

import dev.taskfit.PackagedFunction;
import dev.taskfit.local.LocalLambda;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packaged function (JVM, or native after -Dnative) builds its OpenAPI document on the first request for it, not
 * while it starts (see {@link LazyOpenApiDocument}), and serves the whole document then and after.
 */
class OpenApiOnFirstRequestIT {

    private static final Pattern BUILT = Pattern.compile("built the OpenAPI document <default> on its first request");

    @Test
    void theDocumentIsBuiltOnItsFirstRequestOnly(@TempDir Path logs) throws IOException {
        Path log = logs.resolve("function.log");
        try (LocalLambda lambda = PackagedFunction.startWith(Map.of("TASKFIT_FUNCTION", "advise",
                "QUARKUS_LOG_FILE_ENABLED", "true", "QUARKUS_LOG_FILE_PATH", log.toString()))) {
            given().baseUri("http://127.0.0.1").port(lambda.port()).contentType(ContentType.JSON)
                    .body("{\"task\":\"flag fraudulent card transactions in real time\"}")
                    .post("/v1/advise").then().statusCode(200);
            assertEquals(0L, timesBuilt(log), "built before anyone asked for it");

            for (int request = 0; request < 2; request++) {
                given().baseUri("http://127.0.0.1").port(lambda.port()).accept(ContentType.JSON)
                        .get("/q/openapi")
                        .then().statusCode(200)
                        .body("info.title", equalTo("taskfit"))
                        .body("paths", hasKey("/v1/route"));
            }
            assertEquals(1L, timesBuilt(log));
        }
    }

    private static long timesBuilt(Path log) throws IOException {
        return BUILT.matcher(Files.readString(log)).results().count();
    }
}
