package dev.taskfit.generate;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The generate endpoint in test mode: REST Assured -> mock event server -> API Gateway v2 event -> Lambda handler. */
@QuarkusTest
class GenerateResourceTest extends GenerateContract {

    @Test
    void answersARawApiGatewayV2Event() {
        String body = "{\"prompt\":\"Four score and seven years ago\",\"maxTokens\":12,\"seed\":4}";
        String event = """
                {"version":"2.0","routeKey":"POST /v1/generate","rawPath":"/v1/generate","rawQueryString":"",
                 "headers":{"content-type":"application/json"},
                 "requestContext":{"http":{"method":"POST","path":"/v1/generate","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"test"},
                   "requestId":"raw-generate-1","routeKey":"POST /v1/generate","stage":"$default","timeEpoch":0},
                 "body":"%s","isBase64Encoded":true}
                """.formatted(Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
        given().contentType(ContentType.JSON).body(event)
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"generator\":\"ngram\""))
                .body("body", containsString("\"fallbackReason\":null"));
    }
}
