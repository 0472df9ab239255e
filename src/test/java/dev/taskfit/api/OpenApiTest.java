package dev.taskfit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document names the API, shows an example for every operation and types every error as a Problem. */
@QuarkusTest
class OpenApiTest {

    private static JsonPath document() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void describesTheApiAndExemplifiesEveryOperation() {
        JsonPath doc = document();
        assertEquals("taskfit", doc.getString("info.title"));
        assertFalse(doc.getString("info.version").isBlank());
        assertTrue(doc.getString("info.description").contains("model family"));
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        assertTrue(paths.keySet().containsAll(List.of("/v1/classify", "/v1/models")), paths.keySet()::toString);
        paths.forEach((path, operations) -> operations.forEach((method, operation) ->
                assertTrue(String.valueOf(operation).contains("example"), method + " " + path + " has no example")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyErrorResponseIsAProblemWithAnExample() {
        JsonPath doc = document();
        Map<String, Object> problem = doc.getMap("components.schemas.Problem");
        assertNotNull(problem, "a Problem schema");
        Map<String, Object> properties = (Map<String, Object>) problem.get("properties");
        assertTrue(properties.keySet().containsAll(List.of("type", "title", "status", "detail", "instance", "errors")), properties::toString);
        int errors = 0;
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String name = operation.getKey() + " " + path.getKey();
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.getValue().get("responses");
                assertTrue(responses.containsKey("500"), name + " lists no 500");
                for (var response : responses.entrySet()) {
                    if (!response.getKey().matches("[45]..|default")) {
                        continue;
                    }
                    errors++;
                    Map<String, Object> content = (Map<String, Object>) response.getValue().get("content");
                    assertEquals(List.of(Problem.MEDIA_TYPE), List.copyOf(content.keySet()), name + " " + response.getKey());
                    Map<String, Object> media = (Map<String, Object>) content.get(Problem.MEDIA_TYPE);
                    assertEquals("#/components/schemas/Problem", ((Map<String, Object>) media.get("schema")).get("$ref"), name);
                    Map<String, Object> example = (Map<String, Object>) media.get("example");
                    assertEquals(Integer.parseInt(response.getKey()), example.get("status"), name + " " + response.getKey());
                    assertTrue(example.keySet().containsAll(List.of("type", "title", "detail", "instance")), example::toString);
                }
            }
        }
        assertTrue(errors > 10, "error responses found: " + errors);
    }
}
