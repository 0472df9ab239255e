package dev.taskfit.generate;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * {@code POST /v1/generate} with no LLM configured (taskfit.generate.provider=none, the default), through the real
 * Lambda path: the shipped n-gram model answers, reproducibly, and asking for the LLM is a 503 saying why.
 */
abstract class GenerateContract {

    static ValidatableResponse generate(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/generate").then();
    }

    static String text(Map<String, ?> body) {
        return generate(body).statusCode(200).extract().path("text");
    }

    @Test
    void answersFromTheShippedNgramModelWhenNoLlmIsConfigured() {
        generate(Map.of("prompt", "The history of the United States", "maxTokens", 40, "seed", 42))
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("generator", equalTo("ngram"))
                .body("model", equalTo("ngram:english"))
                .body("fallback", equalTo(false))
                .body("fallbackReason", nullValue())
                .body("usage.promptTokens", equalTo(6))
                .body("usage.completionTokens", allOf(greaterThan(0), lessThanOrEqualTo(40)));
    }

    @Test
    void theTextLooksLikeEnglish() {
        String text = text(Map.of("prompt", "It was the best of times, and", "maxTokens", 60, "seed", 3));
        String[] words = text.split("\\s+");
        assertEquals(true, words.length >= 20, text);
        long alphabetic = java.util.Arrays.stream(words).filter(w -> w.matches("[A-Za-z'-]+[.,;:!?\"]*")).count();
        assertEquals(true, alphabetic >= words.length * 0.7, text);
    }

    @Test
    void sameSeedSamePromptSameText() {
        Map<String, Object> body = Map.of("prompt", "Call me Ishmael.", "maxTokens", 48, "temperature", 0.9, "seed", 7);
        assertEquals(text(body), text(body));
    }

    @Test
    void anotherSeedGivesAnotherText() {
        String a = text(Map.of("prompt", "Call me Ishmael.", "maxTokens", 48, "temperature", 1.0, "seed", 1));
        String b = text(Map.of("prompt", "Call me Ishmael.", "maxTokens", 48, "temperature", 1.0, "seed", 2));
        assertNotEquals(a, b);
    }

    @Test
    void temperatureZeroIsTheSameTextWithoutASeed() {
        Map<String, Object> body = Map.of("prompt", "We the people", "maxTokens", 24, "temperature", 0);
        assertEquals(text(body), text(body));
    }

    @Test
    void maxTokensBoundsTheOutput() {
        generate(Map.of("prompt", "The whale", "maxTokens", 3, "seed", 5))
                .statusCode(200)
                .body("usage.completionTokens", lessThanOrEqualTo(3));
    }

    @Test
    void onlyThePromptIsRequired() {
        generate(Map.of("prompt", "The sea"))
                .statusCode(200)
                .body("generator", equalTo("ngram"))
                .body("usage.completionTokens", lessThanOrEqualTo(GenerationOptions.DEFAULT_MAX_TOKENS));
    }

    @Test
    void systemInstructionsAreAcceptedAndIgnoredByTheNgramModel() {
        Map<String, Object> plain = Map.of("prompt", "The sea", "maxTokens", 20, "seed", 11);
        Map<String, Object> withSystem = Map.of("prompt", "The sea", "maxTokens", 20, "seed", 11, "system", "Be brief.");
        assertEquals(text(plain), text(withSystem));
    }

    @Test
    void explicitNgramAnswersFromTheNgramModel() {
        generate(Map.of("prompt", "Congress shall", "generator", "ngram", "seed", 1))
                .statusCode(200)
                .body("generator", equalTo("ngram"))
                .body("fallback", equalTo(false));
    }

    @Test
    void explicitLlmWithoutAProviderIs503SayingSo() {
        generate(Map.of("prompt", "Congress shall", "generator", "llm"))
                .statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/llm-unavailable"))
                .body("status", equalTo(503))
                .body("detail", equalTo("no LLM configured (taskfit.generate.provider=none)"));
    }

    @Test
    void readinessReportsTheNgramModelAndNoLlm() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'generate' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'generate' }.data.ngram", equalTo("ngram:english"))
                .body("checks.find { it.name == 'generate' }.data.llm", equalTo("none"));
    }

    @Test
    void theOpenApiDocumentDescribesGenerateWithExamples() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/v1/generate'.post.summary", equalTo("Generate text"))
                .body("paths.'/v1/generate'.post.requestBody.content.'application/json'.examples.continue.value.prompt",
                        not(nullValue()))
                .body("paths.'/v1/generate'.post.responses.'503'.description", containsString("generator=llm"))
                .body("paths.'/v1/generate'.post.responses.'200'.content.'application/json'.examples.fallback.value.fallbackReason",
                        equalTo("openai: timeout after 10 s"));
    }
}
