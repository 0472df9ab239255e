package dev.taskfit.advise;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

/** {@code POST /v1/route}: advice and a real result through the Lambda path; a step this deployment lacks is a 501 problem. */
abstract class RouteApiContract {

    static final String SPAM = "Subject: WIN a FREE iPhone now!!! Click here to claim your prize, limited offer, 100% free";

    @Test
    void aSpamTaskIsClassifiedWithTheSpamModel() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "tell me whether each incoming email is spam", "input", SPAM))
                .post("/v1/route")
                .then().statusCode(200)
                .body("advice.family", equalTo("discriminative"))
                .body("advice.endpoint", equalTo("/v1/classify"))
                .body("result.model", equalTo("spam"))
                .body("result.modelChosenBecause", containsString("\"spam\""))
                .body("result.label", equalTo("spam"))
                .body("result.confidence", greaterThan(0.5f))
                .body("result.scores.collect { it.value }.sum()", closeTo(1.0, 1e-5));
    }

    @Test
    void aReviewTaskIsClassifiedWithTheSentimentModel() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "is the customer happy or unhappy in each review?",
                        "input", "A wonderful, moving film. The acting is superb and I loved every minute of it."))
                .post("/v1/route")
                .then().statusCode(200)
                .body("result.model", equalTo("sentiment"))
                .body("result.label", equalTo("positive"));
    }

    @Test
    void theRequestCanNameTheModel() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "flag the junk", "input", "Dreadful. A boring, badly written mess; avoid.", "model", "sentiment"))
                .post("/v1/route")
                .then().statusCode(200)
                .body("result.model", equalTo("sentiment"))
                .body("result.modelChosenBecause", equalTo("named in the request"))
                .body("result.label", equalTo("negative"));
    }

    @Test
    void aDiscriminativeTaskThatPointsToNoShippedModelNeedsOne() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "detect defects in the weld photos", "input", "weld 17"))
                .post("/v1/route")
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/model-needed"))
                .body("detail", containsString("spam"));
    }

    @Test
    void aGenerativeTaskGetsGeneratedText() {
        Map<String, Object> body = Map.of("task", "write a short story about the sea", "input", "The ship left the harbour",
                "options", Map.of("maxTokens", 24, "seed", 7, "generator", "ngram"));
        String text = given().contentType(ContentType.JSON).body(body)
                .post("/v1/route")
                .then().statusCode(200)
                .body("advice.family", equalTo("generative"))
                .body("advice.endpoint", equalTo("/v1/generate"))
                .body("result.generator", equalTo("ngram"))
                .body("result.model", equalTo("ngram:english"))
                .body("result.usage.completionTokens", allOf(greaterThan(0), lessThanOrEqualTo(24)))
                .extract().path("result.text");
        // The same text as /v1/generate gives for the same prompt and settings: route runs the real function.
        given().contentType(ContentType.JSON)
                .body(Map.of("prompt", "The ship left the harbour", "maxTokens", 24, "seed", 7, "generator", "ngram"))
                .post("/v1/generate")
                .then().statusCode(200)
                .body("text", equalTo(text));
    }

    @Test
    void generateOptionsAreCheckedAsGenerateChecksThem() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "write a short story about the sea", "input", "The ship",
                        "options", Map.of("maxTokens", 0, "temperature", 3)))
                .post("/v1/route")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("options.maxTokens", "options.temperature"));
    }

    @Test
    void aCompositeTaskNamesTheMissingStep() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "Generate 50 taglines and keep only the ones our sentiment model calls positive", "input", "taglines"))
                .post("/v1/route")
                .then().statusCode(501)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("/v1/pipeline"))
                .body("detail", containsString("missing step: pipeline"));
    }

}
