package dev.taskfit.generate;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code POST /v1/generate}: the text, who wrote it, and whether that was a fallback and why. */
@RegisterForReflection
public record GenerateResponse(
        String text,
        @Schema(enumeration = {"llm", "ngram"}) String generator,
        @Schema(description = "provider:model for an LLM, ngram:name for the n-gram model", examples = "ngram:english") String model,
        @Schema(description = "true when the n-gram model answered because the LLM failed") boolean fallback,
        @Schema(description = "Why the LLM failed, when fallback is true; null otherwise",
                examples = "openai: timeout after 10 s") String fallbackReason,
        Usage usage) {

    /** Tokens read and written, as the generator counts them (null when an LLM did not report them). */
    @RegisterForReflection
    public record Usage(Integer promptTokens, Integer completionTokens) {
    }

    public static GenerateResponse of(GenerateService.Outcome outcome) {
        GeneratorAnswer g = outcome.generation();
        return new GenerateResponse(g.text(), g.generator(), g.model(), outcome.fallback(), outcome.fallbackReason(),
                new Usage(g.promptTokens(), g.completionTokens()));
    }
}
