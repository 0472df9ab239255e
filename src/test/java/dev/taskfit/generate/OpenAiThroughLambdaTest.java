package dev.taskfit.generate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import java.util.List;
import java.util.Map;

/**
 * taskfit.generate.provider=openai against a local server speaking its wire format, through the Lambda path: the one
 * provider at this level, since the guard's part is the same for every provider; each provider's wire format is
 * {@link ProviderWireContractTest}'s, and each survives packaging in its {@code *ThroughPackageIT}.
 */
@QuarkusTest
@TestProfile(OpenAiThroughLambdaTest.Profile.class)
class OpenAiThroughLambdaTest extends ProviderThroughLambdaContract {

    /** The fake openai server, started before Quarkus. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeLlmResource.class, Map.of("provider", "openai")));
        }
    }

    @Override
    LlmProvider provider() {
        return LlmProvider.OPENAI;
    }
}
