package dev.taskfit.advise;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** {@code POST /v1/route} in test mode: REST Assured -> mock event server -> API Gateway v2 event -> Lambda handler. */
@QuarkusTest
class RouteResourceTest extends RouteApiContract {

    @Test
    void routesARawApiGatewayV2Event() {
        String body = "{\"task\":\"keep junk mail out of our customers' inboxes\",\"input\":\"" + SPAM + "\"}";
        String event = """
                {"version":"2.0","routeKey":"POST /v1/route","rawPath":"/v1/route","rawQueryString":"",
                 "headers":{"content-type":"application/json"},
                 "requestContext":{"http":{"method":"POST","path":"/v1/route","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"test"},
                   "requestId":"route-raw-1","routeKey":"POST /v1/route","stage":"$default","timeEpoch":0},
                 "body":"%s","isBase64Encoded":true}
                """.formatted(Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
        given().contentType(ContentType.JSON).body(event).post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"label\":\"spam\""))
                .body("body", containsString("\"family\":\"discriminative\""));
    }
}
