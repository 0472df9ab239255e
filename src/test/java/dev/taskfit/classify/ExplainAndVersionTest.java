package dev.taskfit.classify;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.taskfit.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Through the Lambda path: explain:k on single and batch classify, the model version on every answer. */
@QuarkusTest
class ExplainAndVersionTest {

    private static final String REVIEW = "A warm, funny and beautifully acted film, though the ending drags.";

    private static String versionOf(String model) {
        return given().get("/v1/models").then().statusCode(200)
                .extract().path("models.find { it.name == '" + model + "' }.version");
    }

    @Test
    void everyAnswerNamesTheModelVersionFromItsCard() {
        String version = versionOf("sentiment");
        assertTrue(version.matches("[0-9a-f]{12}"), version);
        given().contentType(ContentType.JSON).body("{\"model\":\"sentiment\",\"text\":\"" + REVIEW + "\"}")
                .post("/v1/classify").then().statusCode(200)
                .body("modelVersion", equalTo(version))
                .body("explanation", nullValue());
        given().contentType(ContentType.JSON).body("{\"model\":\"sentiment\",\"texts\":[\"great\",\"awful\"]}")
                .post("/v1/classify").then().statusCode(200)
                .body("modelVersion", equalTo(version))
                .body("results.modelVersion", equalTo(List.of(version, version)));
        assertTrue(!version.equals(versionOf("spam")));
    }

    @Test
    void explanationsQuoteTheInputStrongestFirst() {
        JsonPath answer = given().contentType(ContentType.JSON)
                .body("{\"model\":\"sentiment\",\"text\":\"" + REVIEW + "\",\"explain\":5}")
                .post("/v1/classify").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> explanation = answer.getList("explanation");
        assertEquals(5, explanation.size());
        String label = answer.getString("label");
        double previous = Double.MAX_VALUE;
        for (Map<String, Object> feature : explanation) {
            int start = (Integer) feature.get("start"), end = (Integer) feature.get("end");
            assertEquals(REVIEW.substring(start, end), feature.get("text"));
            double contribution = ((Number) feature.get("contribution")).doubleValue();
            assertTrue(Math.abs(contribution) <= previous, "largest first");
            previous = Math.abs(contribution);
            assertEquals(contribution >= 0, label.equals(feature.get("label")), "the label says which side it pushes to");
        }
    }

    @Test
    void aBatchExplainsEachText() {
        given().contentType(ContentType.JSON)
                .body("{\"model\":\"spam\",\"texts\":[\"WIN a FREE iPhone now!!! Click here\",\"lunch tomorrow?\"],\"explain\":2}")
                .post("/v1/classify").then().statusCode(200)
                .body("results[0].explanation.size()", equalTo(2))
                .body("results[1].explanation[0].text", matchesPattern("(?i).*(lunch|tomorrow|\\?).*"));
    }

    @Test
    void explainOutsideItsRangeIsAProblem() {
        for (String explain : new String[] {"0", "51", "\"3\"", "2.5"}) {
            assertProblem(given().contentType(ContentType.JSON)
                    .body("{\"model\":\"sentiment\",\"text\":\"fine\",\"explain\":" + explain + "}")
                    .post("/v1/classify"), 400, "/problems/validation")
                    .body("errors[0].field", equalTo("explain"));
        }
    }

    @Test
    void trainingWhereNoModelsDirectoryIsSetIsRefusedAsReadOnly() {
        assertProblem(given().contentType(ContentType.JSON)
                .body("{\"name\":\"tickets\",\"examples\":[{\"text\":\"a\",\"label\":\"x\"}]}")
                .post("/v1/models"), 403, "/problems/read-only-models")
                .body("detail", containsString("taskfit.classify.models-dir"));
        assertProblem(given().delete("/v1/models/sentiment"), 403, "/problems/read-only-models");
    }
}
