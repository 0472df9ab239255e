package dev.taskfit.generate;

import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.RequestLimits;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Generation options as a caller gives them (every one may be absent). The one place they are checked and their
 * defaults filled in, for {@code /v1/generate}, the pipeline and route alike; not an HTTP body of its own.
 */
@RegisterForReflection
public record GenerationOptions(String prompt, Integer maxTokens, Double temperature, Long seed, String system,
                                String generator) {

    static final int DEFAULT_MAX_TOKENS = 64;
    static final double DEFAULT_TEMPERATURE = 0.8;

    /** Checked options: what to generate, and who should answer. */
    public record Checked(GenerationSpec spec, GenerateService.Choice choice) {
    }

    /** These options with {@code maxTokens} filled in when absent (the pipeline's candidates are shorter). */
    public GenerationOptions withDefaultMaxTokens(int defaultMaxTokens) {
        return maxTokens != null ? this
                : new GenerationOptions(prompt, defaultMaxTokens, temperature, seed, system, generator);
    }

    /**
     * Checks every option against {@code limits} and fills in the defaults; a 400 names each invalid field, prefixed
     * with {@code fieldPrefix} (route passes its options as {@code "options."}).
     */
    public Checked check(RequestLimits limits, String fieldPrefix) {
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
        return new Checked(new GenerationSpec(prompt, system,
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
