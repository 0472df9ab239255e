package dev.taskfit.generate;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /v1/generate}. Only {@code prompt} is required. */
@RegisterForReflection
@Schema(description = "A prompt to continue or answer, and how.")
public record GenerateRequest(
        @Schema(description = "Text to continue (n-gram model) or answer (LLM)", required = true,
                examples = "The history of the United States") String prompt,
        @Schema(description = "Most tokens to generate, 1 to taskfit.limits.max-tokens", defaultValue = "64",
                examples = "48") Integer maxTokens,
        @Schema(description = "Sampling temperature, 0 (always the likeliest token) to 2", defaultValue = "0.8",
                examples = "0.8") Double temperature,
        @Schema(description = "Same prompt, settings and seed, same n-gram text; passed on to LLMs that take one. "
                + "Random when absent", examples = "42") Long seed,
        @Schema(description = "Instructions for an LLM (the n-gram model ignores them)",
                examples = "Answer in one sentence.") String system,
        @Schema(description = "Who answers: auto (the LLM, the n-gram model if it fails), llm (no fallback), ngram",
                defaultValue = "auto", enumeration = {"auto", "llm", "ngram"}) String generator) {

    /** The options this body gives, to be checked as every caller's are. */
    public GenerationOptions options() {
        return new GenerationOptions(prompt, maxTokens, temperature, seed, system, generator);
    }
}
