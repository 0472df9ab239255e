package dev.taskfit.generate;

import dev.taskfit.PackagedFunction;
import dev.taskfit.local.LocalLambda;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

/**
 * End to end: the packaged function (under the local Lambda runtime) with taskfit.generate.provider=openai pointed at
 * a real llama.cpp server answers from it. Skipped, with a message, when no server is given (see {@link LlamaServer}).
 */
class LlamaServerE2EIT {

    private static LocalLambda lambda;

    /** Skips each test, with the message, when no server is given; so the report lists them as skipped. */
    private static synchronized int port() {
        String url = LlamaServer.baseUrlOrSkip();
        if (lambda == null) {
            lambda = PackagedFunction.startWith(Map.of(
                    "TASKFIT_GENERATE_PROVIDER", "openai",
                    "TASKFIT_GENERATE_BASE_URL", url,
                    "TASKFIT_GENERATE_MODEL", "tiny-random",
                    "TASKFIT_GENERATE_TIMEOUT", "20s"));
        }
        return lambda.port();
    }

    @AfterAll
    static void stop() {
        if (lambda != null) {
            lambda.close();
        }
    }

    @Test
    void generateAnswersFromTheLlamaCppServer() {
        given().baseUri("http://127.0.0.1").port(port()).contentType(ContentType.JSON)
                .body(Map.of("prompt", "Once upon a time", "maxTokens", 16, "seed", 42))
                .post("/v1/generate")
                .then().statusCode(200)
                .body("generator", equalTo("llm"))
                .body("model", equalTo("openai:tiny-random"))
                .body("fallback", equalTo(false))
                .body("text", notNullValue())
                .body("usage.completionTokens", greaterThan(0));
    }

    @Test
    void explicitLlmAnswersToo() {
        given().baseUri("http://127.0.0.1").port(port()).contentType(ContentType.JSON)
                .body(Map.of("prompt", "Say something.", "maxTokens", 8, "generator", "llm"))
                .post("/v1/generate")
                .then().statusCode(200)
                .body("generator", equalTo("llm"));
    }
}
