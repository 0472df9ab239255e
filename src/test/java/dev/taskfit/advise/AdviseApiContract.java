package dev.taskfit.advise;

import dev.taskfit.classify.DatasetSplit;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** {@code POST /v1/advise} through the real Lambda path (mock event server -> API Gateway v2 event -> handler). */
abstract class AdviseApiContract {

    private static io.restassured.response.ValidatableResponse advise(String task) {
        return given().contentType(ContentType.JSON).body(Map.of("task", task)).post("/v1/advise").then();
    }

    @Test
    void answersTheContract() {
        advise("flag fraudulent card transactions in real time")
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("family", equalTo("discriminative"))
                .body("confidence", allOf(greaterThan(0.5f), lessThanOrEqualTo(1.0f)))
                .body("reasons", not(hasSize(0)))
                .body("cues.kind", hasItems("judges", "constraint"))
                .body("cues.text", hasItem("flag"))
                .body("warnings", notNullValue())
                .body("endpoint", equalTo("/v1/classify"))
                .body("exampleRequest", hasKey("model"))
                .body("modelProbabilities.keySet()", hasItems("discriminative", "generative", "composite"))
                .body("modelProbabilities.collect { it.value }.sum()", closeTo(1.0, 1e-3));
    }

    @Test
    void theMisleadingWordingOfIssueFourIsSeenThrough() {
        advise("Generate a relevance score for each search result").statusCode(200).body("family", equalTo("discriminative"));
        advise("predict how a melody continues").statusCode(200).body("family", equalTo("generative"));
        advise("summarise each support call as resolved or unresolved").statusCode(200).body("family", equalTo("discriminative"));
        advise("we don't need a classifier, we need new level designs").statusCode(200).body("family", equalTo("generative"))
                .body("cues.find { it.kind == 'negation' }.text", equalTo("don't need a classifier"));
    }

    @Test
    void warnsWhenTheTaskProposesTheWrongFamily() {
        advise("use an LLM to flag spam")
                .statusCode(200)
                .body("family", equalTo("discriminative"))
                .body("warnings[0]", containsString("a giant generative model to flag spam"))
                .body("cues.find { it.kind == 'wrong-family' }.text", equalTo("an LLM to flag"))
                .body("exampleRequest.model", equalTo("spam"));
        advise("use a classifier to write ad copy")
                .statusCode(200)
                .body("family", equalTo("generative"))
                .body("warnings[0]", containsString("expecting a classifier to write copy"))
                .body("endpoint", equalTo("/v1/generate"));
    }

    @Test
    void everyReasonQuotesTheTask() {
        advise("Write product descriptions for our catalogue, then drop any that read like spam")
                .statusCode(200)
                .body("family", equalTo("composite"))
                .body("endpoint", equalTo("/v1/pipeline"))
                .body("reasons", everyItem(containsString("\"")))
                .body("reasons[0]", allOf(containsString("\"Write\""), containsString("\"drop any\"")))
                .body("exampleRequest.filters[0].model", equalTo("spam"))
                .body("exampleRequest.filters[0].reject[0]", equalTo("spam"));
    }

    @Test
    void noSecondOpinionUnlessAsked() {
        advise("compose a jingle for our radio ad").statusCode(200).body("$", not(hasKey("secondOpinion")));
    }

    @Test
    void aSecondOpinionWithoutAnLlmSaysWhyThereIsNone() {
        given().contentType(ContentType.JSON).body(Map.of("task", "compose a jingle for our radio ad", "secondOpinion", true))
                .post("/v1/advise")
                .then().statusCode(200)
                .body("family", equalTo("generative"))
                .body("secondOpinion.family", nullValue())
                .body("secondOpinion.agrees", nullValue())
                .body("secondOpinion.unavailable", containsString("no LLM configured"));
    }

    @Test
    void theGenerateExampleRequestCarriesTheTaskAsItsPrompt() {
        advise("write a haiku about kubernetes")
                .statusCode(200)
                .body("family", equalTo("generative"))
                .body("exampleRequest.prompt", equalTo("write a haiku about kubernetes"))
                .body("exampleRequest.maxTokens", greaterThan(0));
    }

    @Test
    void aCaseAndPunctuationChangeKeepsTheFamily() {
        advise("WRITE CAPTIONS FOR THE PHOTOS AND DROP ANY THAT THE PROFANITY MODEL FLAGS!!").statusCode(200)
                .body("family", equalTo("composite"));
    }


    @Test
    void theAdvisorIsListedWithItsProvenanceAndHeldOutMetrics() {
        given().get("/v1/models")
                .then().statusCode(200)
                .body("models.find { it.name == 'advisor' }.labels", hasItems("composite", "discriminative", "generative"))
                .body("models.find { it.name == 'advisor' }.split.rule", containsString("stratified by family"))
                .body("models.find { it.name == 'advisor' }.split.test", equalTo(AdvisorData.parts().get(DatasetSplit.TEST).size()))
                .body("models.find { it.name == 'advisor' }.hyperparameters.charNgrams", equalTo(4))
                .body("models.find { it.name == 'advisor' }.metrics.accuracy", greaterThan(0.8f));
    }

    @Test
    void openApiDescribesAdviseAndRoute() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/v1/advise"))
                .body("paths", hasKey("/v1/route"));
    }
}
