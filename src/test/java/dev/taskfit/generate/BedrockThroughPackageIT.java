package dev.taskfit.generate;

/** taskfit.generate.provider=bedrock against a local server speaking its wire format, through the packaged function. */
class BedrockThroughPackageIT extends ProviderThroughPackageIT {

    @Override
    LlmProvider provider() {
        return LlmProvider.BEDROCK;
    }
}
