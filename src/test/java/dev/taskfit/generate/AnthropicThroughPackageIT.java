package dev.taskfit.generate;

/** taskfit.generate.provider=anthropic against a local server speaking its wire format, through the packaged function. */
class AnthropicThroughPackageIT extends ProviderThroughPackageIT {

    @Override
    LlmProvider provider() {
        return LlmProvider.ANTHROPIC;
    }
}
