package dev.taskfit.generate;

import dev.taskfit.PackagedFunction;
import dev.taskfit.local.LocalLambda;
import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;

/**
 * The packaged function (JVM, or native after -Dnative) under the local Lambda runtime, configured for one provider
 * against a {@link FakeLlmServer} the way Lambda configures it, through the environment; REST Assured points at it.
 * Register it as a static {@code @RegisterExtension} field: one function for the whole class.
 */
final class PackagedProviderFunction implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final LlmProvider provider;
    private FakeLlmServer server;
    private LocalLambda lambda;

    PackagedProviderFunction(LlmProvider provider) {
        this.provider = provider;
    }

    LlmProvider provider() {
        return provider;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = new FakeLlmServer(20_000);
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

    @Override
    public void beforeEach(ExtensionContext context) {
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = lambda.port();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (lambda != null) {
            lambda.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
