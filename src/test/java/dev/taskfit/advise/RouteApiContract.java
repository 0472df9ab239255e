package dev.taskfit.advise;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;

/** {@code POST /v1/route}: advice and a real result through the Lambda path; missing steps are 501 problems. */
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
    void aGenerativeTaskNamesTheMissingGenerateStep() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "write a haiku about kubernetes", "input", "kubernetes"))
                .post("/v1/route")
                .then().statusCode(501)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/step-not-available"))
                .body("detail", containsString("generative"))
                .body("detail", containsString("missing step: generate"));
    }

    @Test
    void aCompositeTaskNamesTheMissingStep() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "Generate 50 taglines and keep only the ones our sentiment model calls positive", "input", "taglines"))
                .post("/v1/route")
                .then().statusCode(501)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("/v1/pipeline"))
                .body("detail", containsString("missing step: generate"));
    }

}
