package dev.taskfit.classify;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The classify endpoints in test mode: REST Assured -> mock event server -> API Gateway v2 event -> Lambda handler. */
@QuarkusTest
class ClassifyResourceTest extends ClassifyApiContract {

    @Test
    void answersARawApiGatewayV2Event() {
        String body = "{\"model\":\"sentiment\",\"text\":\"Brilliant and touching, a real gem.\"}";
        String event = """
                {"version":"2.0","routeKey":"POST /v1/classify","rawPath":"/v1/classify","rawQueryString":"",
                 "headers":{"content-type":"application/json"},
                 "requestContext":{"http":{"method":"POST","path":"/v1/classify","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"test"},
                   "requestId":"raw-event-1","routeKey":"POST /v1/classify","stage":"$default","timeEpoch":0},
                 "body":"%s","isBase64Encoded":true}
                """.formatted(Base64.getEncoder().encodeToString(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        given().contentType(ContentType.JSON).body(event)
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"label\":\"positive\""));
    }
}
