package dev.taskfit.classify;

import dev.taskfit.api.RawEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The bad-input table in test mode: REST Assured -> mock event server -> API Gateway v2 event -> Lambda handler. */
@QuarkusTest
class BadClassifyInputTest extends BadClassifyInputContract {

    @Test
    void invalidUtf8IsMalformedJson() {
        // API Gateway hands bodies it does not treat as text to the function base64-encoded, bytes intact.
        byte[] body = concat(bytes("{\"model\":\"sentiment\",\"text\":\""), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, bytes("\"}"));
        String event = RawEvents.post("/v1/classify", body, "bad-utf8");
        given().contentType(ContentType.JSON).body(event).post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(400))
                .body("headers.Content-Type", startsWith("application/problem+json"))
                .body("body", containsString("malformed-json"));
    }
}
