package dev.taskfit.generate;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * taskfit.generate.provider=openai against a local server speaking its wire format, through the packaged function:
 * the whole provider contract, the guard's part included.
 */
class OpenAiThroughPackageIT extends ProviderThroughLambdaContract {

    @RegisterExtension
    static final PackagedProviderFunction FUNCTION = new PackagedProviderFunction(LlmProvider.OPENAI);

    @Override
    LlmProvider provider() {
        return FUNCTION.provider();
    }
}
