package dev.taskfit.generate;

import dev.taskfit.PackagedFunction;
import dev.taskfit.local.LocalLambda;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.Map;

/**
 * The provider contract against the packaged function (JVM, or native after -Dnative) under the local Lambda
 * runtime: proves each provider's wire types survive packaging (for native: that their reflection is declared).
 * Configured the way Lambda configures it, through the environment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ProviderThroughPackageIT extends ProviderThroughLambdaContract {

    private FakeLlmServer server;
    private LocalLambda lambda;

    @BeforeAll
    void start() throws IOException {
        server = new FakeLlmServer(20_000);
        LlmProvider provider = provider();
        lambda = PackagedFunction.startWith(Map.of(
                "TASKFIT_GENERATE_PROVIDER", provider.id(),
                "TASKFIT_GENERATE_BASE_URL", server.baseUrl(provider),
                "TASKFIT_GENERATE_MODEL", provider.id() + "-test-model",
                "TASKFIT_GENERATE_API_KEY", FakeLlmResource.KEY,
                "TASKFIT_GENERATE_REGION", "eu-west-1",
                "TASKFIT_GENERATE_TIMEOUT", "1s",
                "TASKFIT_GENERATE_MAX_RETRIES", "0",
                "TASKFIT_GENERATE_CIRCUIT_BREAKER_REQUEST_VOLUME", "1000",
                // Bedrock signs with the AWS SDK's default credential chain, which reads these first.
                "AWS_ACCESS_KEY_ID", "AKIDTASKFITTEST",
                "AWS_SECRET_ACCESS_KEY", "taskfit-test-secret-access-key"));
    }

    @BeforeEach
    void pointRestAssuredAtIt() {
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = lambda.port();
    }

    @AfterAll
    void stop() {
        if (lambda != null) {
            lambda.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
