package dev.taskfit.pipeline;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The pipeline in test mode: REST Assured -> mock event server -> API Gateway v2 event -> Lambda handler. */
@QuarkusTest
class PipelineResourceTest extends PipelineContract {

    @Test
    void answersARawApiGatewayV2Event() {
        String body = "{\"prompt\":\"Our new espresso machine\",\"candidates\":4,\"want\":2,\"seed\":3,"
                + "\"filters\":[{\"model\":\"spam\",\"reject\":[\"spam\"]}]}";
        String event = """
                {"version":"2.0","routeKey":"POST /v1/pipeline","rawPath":"/v1/pipeline","rawQueryString":"",
                 "headers":{"content-type":"application/json"},
                 "requestContext":{"http":{"method":"POST","path":"/v1/pipeline","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"test"},
                   "requestId":"raw-pipeline-1","routeKey":"POST /v1/pipeline","stage":"$default","timeEpoch":0},
                 "body":"%s","isBase64Encoded":true}
                """.formatted(Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
        given().contentType(ContentType.JSON).body(event)
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"generator\":\"ngram\""))
                .body("body", containsString("\"seed\":3"));
    }
}
