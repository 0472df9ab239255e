package dev.taskfit.advise;

import dev.taskfit.api.RawEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** {@code POST /v1/advise} in test mode: REST Assured -> mock event server -> API Gateway v2 event -> Lambda handler. */
@QuarkusTest
class AdviseResourceTest extends AdviseApiContract {

    @Test
    void answersARawApiGatewayV2Event() {
        String body = "{\"task\":\"is this review fake or genuine?\"}";
        String event = RawEvents.post("/v1/advise", body, "advise-raw-1");
        given().contentType(ContentType.JSON).body(event).post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"family\":\"discriminative\""));
    }
}
