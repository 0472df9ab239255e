package dev.taskfit.classify;

import dev.taskfit.PackagedFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The bad-input table against the packaged function (function.zip, JVM or native) under a local Lambda runtime. */
@ExtendWith(PackagedFunction.class)
class BadClassifyInputIT extends BadClassifyInputContract {

    @Test
    void invalidUtf8IsMalformedJson() {
        // The local API Gateway, like the real one, passes a body that is not valid text on base64-encoded.
        byte[] body = concat(bytes("{\"model\":\"sentiment\",\"text\":\""), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, bytes("\"}"));
        given().contentType("application/json").body(body).post("/v1/classify")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/malformed-json"));
    }
}
