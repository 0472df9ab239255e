package dev.taskfit.pipeline;

import dev.taskfit.api.RawEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;


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
        String event = RawEvents.post("/v1/pipeline", body, "raw-pipeline-1");
        given().contentType(ContentType.JSON).body(event)
                .post("/_lambda_")
                .then().statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"generator\":\"ngram\""))
                .body("body", containsString("\"seed\":3"));
    }
}
