package dev.taskfit.advise;

import dev.taskfit.generate.FakeLlmResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The LLM's second opinion, with openai configured against a local server speaking its wire format that always answers
 * "Generative ...": it is reported next to the advisor's own answer, which it never changes.
 */
@QuarkusTest
@TestProfile(SecondOpinionTest.Profile.class)
class SecondOpinionTest {

    static final String REPLY = "Generative. The task asks for new content rather than a judgement about existing inputs.";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeLlmResource.class, Map.of("provider", "openai", "reply", REPLY)));
        }
    }

    private static ValidatableResponse adviseWithSecondOpinion(String task) {
        return given().contentType(ContentType.JSON).body(Map.of("task", task, "secondOpinion", true))
                .post("/v1/advise").then();
    }

    @Test
    void anAgreeingLlmIsReportedAsAgreeing() {
        adviseWithSecondOpinion("compose a jingle for our radio ad")
                .statusCode(200)
                .body("family", equalTo("generative"))
                .body("secondOpinion.family", equalTo("generative"))
                .body("secondOpinion.agrees", equalTo(true))
                .body("secondOpinion.model", equalTo("openai:openai-test-model"))
                .body("secondOpinion.answer", equalTo(REPLY))
                .body("secondOpinion.unavailable", nullValue());
    }

    @Test
    void aDisagreeingLlmDoesNotChangeTheAdvice() {
        adviseWithSecondOpinion("flag the spam in our support inbox")
                .statusCode(200)
                .body("family", equalTo("discriminative"))
                .body("endpoint", equalTo("/v1/classify"))
                .body("secondOpinion.family", equalTo("generative"))
                .body("secondOpinion.agrees", equalTo(false));
    }

    @Test
    void aFailingLlmIsTheReasonThereIsNoSecondOpinion() {
        // The fake server answers 500 when the prompt (here, the task) holds "#500".
        adviseWithSecondOpinion("write a limerick about error #500")
                .statusCode(200)
                .body("family", equalTo("generative"))
                .body("secondOpinion.family", nullValue())
                .body("secondOpinion.unavailable", startsWith("openai: "))
                .body("secondOpinion.unavailable", containsString("500"));
    }
}
