package dev.taskfit.generate;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import java.util.List;
import java.util.Map;

/** taskfit.generate.provider=anthropic against a local server speaking its wire format, through the Lambda path. */
@QuarkusTest
@TestProfile(AnthropicThroughLambdaTest.Profile.class)
class AnthropicThroughLambdaTest extends ProviderThroughLambdaContract {

    /** The fake anthropic server, started before Quarkus. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeLlmResource.class, Map.of("provider", "anthropic")));
        }
    }

    @Override
    LlmProvider provider() {
        return LlmProvider.ANTHROPIC;
    }
}
