package dev.taskfit.generate;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * taskfit.generate.provider=anthropic against a local server speaking its wire format, through the packaged function: its
 * answers and failures (the guard's part, the same for every provider, is {@link OpenAiThroughPackageIT}'s).
 */
class AnthropicThroughPackageIT extends ProviderAnswerContract {

    @RegisterExtension
    static final PackagedProviderFunction FUNCTION = new PackagedProviderFunction(LlmProvider.ANTHROPIC);

    @Override
    LlmProvider provider() {
        return FUNCTION.provider();
    }
}
