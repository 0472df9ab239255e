package dev.taskfit.startup;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.not;

/**
 * The classify function (TASKFIT_FUNCTION=classify) starts without the n-gram model and the advisor, is ready
 * anyway, and still answers generate and advise by loading their models on first use.
 */
@QuarkusTest
@TestProfile(ClassifyFunctionStartupTest.ClassifyFunction.class)
class ClassifyFunctionStartupTest {

    public static class ClassifyFunction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("taskfit.function", "classify");
        }
    }

    @Test
    void theOtherFunctionsModelsLoadOnFirstUse() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'generate' }.data.ngram", equalTo("loaded on first use"))
                .body("checks.find { it.name == 'classifiers' }.data.models", allOf(containsString("spam"), containsString("sentiment")));

        given().contentType(ContentType.JSON).body("{\"prompt\":\"The old house\",\"maxTokens\":8,\"seed\":7}")
                .post("/v1/generate")
                .then().statusCode(200)
                .body("generator", equalTo("ngram"))
                .body("text", not(emptyString()));
        given().contentType(ContentType.JSON).body("{\"task\":\"flag fraudulent card transactions in real time\"}")
                .post("/v1/advise")
                .then().statusCode(200)
                .body("family", equalTo("discriminative"));

        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'generate' }.data.ngram", equalTo("ngram:english"));
    }
}
