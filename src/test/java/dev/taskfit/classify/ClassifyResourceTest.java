package dev.taskfit.classify;

import dev.taskfit.api.RawEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The classify endpoints in test mode: REST Assured -> mock event server -> API Gateway v2 event -> Lambda handler. */
@QuarkusTest
class ClassifyResourceTest extends ClassifyApiContract {

    @Test
    void answersARawApiGatewayV2Event() {
        String body = "{\"model\":\"sentiment\",\"text\":\"Brilliant and touching, a real gem.\"}";
        String event = RawEvents.post("/v1/classify", body, "raw-event-1");
        given().contentType(ContentType.JSON).body(event)
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"label\":\"positive\""));
    }
}
