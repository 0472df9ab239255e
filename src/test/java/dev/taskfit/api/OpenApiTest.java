package dev.taskfit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document names the API and shows an example for every operation. */
@QuarkusTest
class OpenApiTest {

    @Test
    void describesTheApiAndExemplifiesEveryOperation() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("taskfit", doc.getString("info.title"));
        assertFalse(doc.getString("info.version").isBlank());
        assertTrue(doc.getString("info.description").contains("model family"));
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        assertTrue(paths.keySet().containsAll(java.util.List.of("/v1/classify", "/v1/models")), paths.keySet()::toString);
        paths.forEach((path, operations) -> operations.forEach((method, operation) ->
                assertTrue(String.valueOf(operation).contains("example"), method + " " + path + " has no example")));
    }
}
