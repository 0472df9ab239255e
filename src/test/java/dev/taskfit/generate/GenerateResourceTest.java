package dev.taskfit.generate;

import dev.taskfit.api.RawEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The generate endpoint in test mode: REST Assured -> mock event server -> API Gateway v2 event -> Lambda handler. */
@QuarkusTest
class GenerateResourceTest extends GenerateContract {

    @Test
    void answersARawApiGatewayV2Event() {
        String body = "{\"prompt\":\"Four score and seven years ago\",\"maxTokens\":12,\"seed\":4}";
        String event = RawEvents.post("/v1/generate", body, "raw-generate-1");
        given().contentType(ContentType.JSON).body(event)
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"generator\":\"ngram\""))
                .body("body", containsString("\"fallbackReason\":null"));
    }
}
