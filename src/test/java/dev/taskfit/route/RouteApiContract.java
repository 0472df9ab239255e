package dev.taskfit.route;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * {@code POST /v1/route}: advice and a real result through the Lambda path (classify, generate, or the pipeline with
 * the filter the task points to).
 */
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
    void aCompositeTaskRunsThePipelineWithTheFilterTheTaskPointsTo() {
        ValidatableResponse response = given().contentType(ContentType.JSON)
                .body(Map.of("task", "write product blurbs and drop any that look like spam",
                        "input", "Our new espresso machine",
                        "options", Map.of("candidates", 8, "want", 3, "seed", 42, "generator", "ngram")))
                .post("/v1/route")
                .then().statusCode(200)
                .body("advice.family", equalTo("composite"))
                .body("advice.endpoint", equalTo("/v1/pipeline"))
                .body("result.filters", hasSize(1))
                .body("result.filters[0].model", equalTo("spam"))
                .body("result.filters[0].reject", equalTo(List.of("spam")))
                .body("result.filters[0].minConfidence", equalTo(0.7f))
                .body("result.filtersChosenBecause", containsString("\"spam\", which points to the spam classifier"))
                .body("result.generator", equalTo("ngram"))
                .body("result.seed", equalTo(42))
                .body("result.generated", lessThanOrEqualTo(8))
                .body("result.accepted.every { it.filters[0].label == 'ham' && it.filters[0].confidence >= 0.7 }", equalTo(true))
                .body("result.rejected.every { it.failedFilter == 0 }", equalTo(true));
        int generated = response.extract().path("result.generated");
        int accounted = response.extract().<Integer>path("result.duplicates") + response.extract().<Integer>path("result.acceptedCount")
                + response.extract().<Integer>path("result.rejectedCount");
        org.junit.jupiter.api.Assertions.assertEquals(generated, accounted);
    }

    @Test
    void aCompositeSentimentTaskKeepsWhatReadsPositive() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "Generate 50 taglines and keep only the ones our sentiment model calls positive",
                        "input", "taglines", "options", Map.of("candidates", 4, "seed", 1)))
                .post("/v1/route")
                .then().statusCode(200)
                .body("advice.family", equalTo("composite"))
                .body("result.filters[0].model", equalTo("sentiment"))
                .body("result.filters[0].accept", equalTo(List.of("positive")))
                .body("result.filtersChosenBecause", containsString("only candidates it calls positive are kept"))
                .body("result.accepted.every { it.filters[0].label == 'positive' }", equalTo(true));
    }

    @Test
    void aCompositeTaskAskingForNegativeKeepsNegative() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "generate movie reviews and keep only the negative ones for our test set",
                        "input", "The film", "options", Map.of("candidates", 4, "seed", 1)))
                .post("/v1/route")
                .then().statusCode(200)
                .body("advice.family", equalTo("composite"))
                .body("result.filters[0].accept", equalTo(List.of("negative")));
    }

    @Test
    void repliesToComplaintsAreKeptWhenTheyReadPositive() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "draft replies to customer complaints and keep only the polite ones",
                        "input", "Dear customer, thank you for", "options", Map.of("candidates", 4, "seed", 2)))
                .post("/v1/route")
                .then().statusCode(200)
                .body("advice.family", equalTo("composite"))
                .body("result.filters[0].model", equalTo("sentiment"))
                .body("result.filters[0].accept", equalTo(List.of("positive")))
                .body("result.filtersChosenBecause", containsString("\"complaints\""));
    }

    @Test
    void aCompositeTaskThatPointsToNoClassifierNeedsAFilter() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "write product descriptions, then rank them and keep the best three", "input", "A lamp"))
                .post("/v1/route")
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/filter-needed"))
                .body("detail", containsString("\"options\":{\"filters\""))
                .body("detail", containsString("sentiment, spam"));
    }

    @Test
    void theOptionsCanGiveTheFilters() {
        given().contentType(ContentType.JSON)
                .body(Map.of("task", "write product blurbs and drop any that look like spam", "input", "Our new espresso machine",
                        "options", Map.of("candidates", 4, "seed", 3, "filters",
                                List.of(Map.of("model", "sentiment", "accept", List.of("negative", "positive"))))))
                .post("/v1/route")
                .then().statusCode(200)
                .body("result.filtersChosenBecause", equalTo("given in options.filters"))
                .body("result.filters[0].model", equalTo("sentiment"))
                .body("result.rejectedCount", equalTo(0));
    }

    @Test
    void badPipelineOptionsAreProblemsNamingTheOptionsField() {
        String task = "write product blurbs and drop any that look like spam";
        badOption(Map.of("task", task, "input", "x", "options", Map.of("prompt", "y")), 400, "options.prompt");
        badOption(Map.of("task", task, "input", "x", "options", Map.of("candidates", "8")), 400, "options.candidates");
        badOption(Map.of("task", task, "input", "x", "options", Map.of("count", 3)), 400, "options.count");
        badOption(Map.of("task", task, "input", "x", "options", Map.of("candidates", 2, "want", 3)), 400, "options.want");
        badOption(Map.of("task", task, "input", "x", "options", Map.of("filters",
                List.of(Map.of("model", "spam", "reject", List.of("junk"))))), 400, "options.filters[0].reject[0]");
        badOption(Map.of("task", task, "input", "x", "model", "nope"), 404, null);
        badOption(Map.of("task", task, "input", "x", "model", "spam", "options", Map.of("filters",
                List.of(Map.of("model", "spam", "reject", List.of("spam"))))), 400, "model");
    }

    private static void badOption(Map<String, Object> body, int status, String field) {
        ValidatableResponse response = given().contentType(ContentType.JSON).body(body).post("/v1/route")
                .then().statusCode(status)
                .contentType(startsWith("application/problem+json"));
        if (field != null) {
            response.body("errors[0].field", equalTo(field));
        }
    }
}
