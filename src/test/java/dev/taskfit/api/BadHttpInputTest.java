package dev.taskfit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static dev.taskfit.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;

/** The HTTP-envelope table in test mode: raw API Gateway v2 events through the mock's {@code /_lambda_} to the handler. */
@QuarkusTest
class BadHttpInputTest extends BadHttpInputContract {

    @Override
    protected JsonPath invoke(String event) {
        return given().contentType(ContentType.JSON).body(event).post("/_lambda_")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413() {
        // An InputStream body goes chunked, with no Content-Length for the function to check up front.
        byte[] body = ("{\"model\":\"sentiment\",\"text\":\"" + "y".repeat(1 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertProblem(given().contentType("application/json").body(new ByteArrayInputStream(body)).post("/v1/classify"),
                413, "/problems/body-too-large");
    }
}
