package dev.taskfit.generate;

import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.RequestLimits;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.concurrent.ThreadLocalRandom;

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

    static final int DEFAULT_MAX_TOKENS = 64;
    static final double DEFAULT_TEMPERATURE = 0.8;

    /** A checked request: what to generate, and who should answer. */
    public record Prepared(GenerationSpec generation, GenerateService.Choice choice) {
    }

    /**
     * Checks every field against {@code limits} and fills in the defaults; a 400 names each invalid field, prefixed
     * with {@code fieldPrefix} (route passes its options as {@code "options."}).
     */
    public Prepared prepare(RequestLimits limits, String fieldPrefix) {
        FieldErrors errors = new FieldErrors();
        checkText(errors, fieldPrefix + "prompt", prompt, true, limits);
        checkText(errors, fieldPrefix + "system", system, false, limits);
        if (maxTokens != null) {
            errors.check(maxTokens >= 1, fieldPrefix + "maxTokens", "must be at least 1");
            if (maxTokens > limits.maxTokens()) {
                errors.overLimit(fieldPrefix + "maxTokens", "is " + maxTokens, limits.maxTokens(), "taskfit.limits.max-tokens");
            }
        }
        if (temperature != null) {
            errors.check(temperature >= 0 && temperature <= 2, fieldPrefix + "temperature", "must be between 0 and 2");
        }
        GenerateService.Choice choice = GenerateService.Choice.AUTO;
        if (generator != null) {
            choice = GenerateService.Choice.parse(generator).orElse(null);
            errors.check(choice != null, fieldPrefix + "generator", "must be one of auto, llm, ngram");
        }
        errors.throwIfAny();
        return new Prepared(new GenerationSpec(prompt, system,
                maxTokens != null ? maxTokens : DEFAULT_MAX_TOKENS,
                temperature != null ? temperature : DEFAULT_TEMPERATURE,
                seed != null ? seed : ThreadLocalRandom.current().nextLong()), choice);
    }

    private static void checkText(FieldErrors errors, String field, String text, boolean required, RequestLimits limits) {
        if (text == null) {
            errors.check(!required, field, "is required");
        } else if (text.isBlank()) {
            errors.add(field, required ? "must not be empty" : "must not be blank (leave it out instead)");
        } else if (text.length() > limits.maxPromptChars()) {
            errors.tooLong(field, text, limits.maxPromptChars(), "taskfit.limits.max-prompt-chars");
        }
    }
}
