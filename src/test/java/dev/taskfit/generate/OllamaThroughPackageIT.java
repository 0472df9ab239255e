package dev.taskfit.generate;

/** taskfit.generate.provider=ollama against a local server speaking its wire format, through the packaged function. */
class OllamaThroughPackageIT extends ProviderThroughPackageIT {

    @Override
    LlmProvider provider() {
        return LlmProvider.OLLAMA;
    }
}
