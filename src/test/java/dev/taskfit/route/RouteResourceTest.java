package dev.taskfit.route;

import dev.taskfit.api.RawEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** {@code POST /v1/route} in test mode: REST Assured -> mock event server -> API Gateway v2 event -> Lambda handler. */
@QuarkusTest
class RouteResourceTest extends RouteApiContract {

    @Test
    void routesARawApiGatewayV2Event() {
        String body = "{\"task\":\"keep junk mail out of our customers' inboxes\",\"input\":\"" + SPAM + "\"}";
        String event = RawEvents.post("/v1/route", body, "route-raw-1");
        given().contentType(ContentType.JSON).body(event).post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"label\":\"spam\""))
                .body("body", containsString("\"family\":\"discriminative\""));
    }
}
