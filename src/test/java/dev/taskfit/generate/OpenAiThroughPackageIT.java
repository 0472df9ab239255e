package dev.taskfit.generate;

/** taskfit.generate.provider=openai against a local server speaking its wire format, through the packaged function. */
class OpenAiThroughPackageIT extends ProviderThroughPackageIT {

    @Override
    LlmProvider provider() {
        return LlmProvider.OPENAI;
    }
}
