package dev.taskfit.advise;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** {@code POST /v1/advise} in test mode: REST Assured -> mock event server -> API Gateway v2 event -> Lambda handler. */
@QuarkusTest
class AdviseResourceTest extends AdviseApiContract {

    @Test
    void answersARawApiGatewayV2Event() {
        String body = "{\"task\":\"is this review fake or genuine?\"}";
        String event = """
                {"version":"2.0","routeKey":"POST /v1/advise","rawPath":"/v1/advise","rawQueryString":"",
                 "headers":{"content-type":"application/json"},
                 "requestContext":{"http":{"method":"POST","path":"/v1/advise","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"test"},
                   "requestId":"advise-raw-1","routeKey":"POST /v1/advise","stage":"$default","timeEpoch":0},
                 "body":"%s","isBase64Encoded":true}
                """.formatted(Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
        given().contentType(ContentType.JSON).body(event).post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"family\":\"discriminative\""));
    }
}
