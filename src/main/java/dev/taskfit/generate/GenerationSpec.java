package dev.taskfit.generate;

/**
 * What to generate, already validated at the edge.
 *
 * @param system      instructions for an LLM (the n-gram model ignores them), or null
 * @param maxTokens   at most this many tokens of output, at least 1
 * @param temperature 0 (always the likeliest token) to 2
 * @param seed        makes the n-gram model's text reproducible; passed on to LLMs that accept one
 */
public record GenerationSpec(String prompt, String system, int maxTokens, double temperature, long seed) {

    public GenerationSpec {
        if (prompt == null) {
            throw new IllegalArgumentException("prompt must not be null");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be >= 1, was " + maxTokens);
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be in [0, 2], was " + temperature);
        }
    }
}
