package dev.taskfit.generate.ngram;

/**
 * How to pick each next word: keep the {@code topK} most probable words (0 = no limit), then the most probable of those
 * until their model probability reaches {@code topP} (1 = no limit), then sample among them after sharpening or
 * flattening by {@code temperature} (0 = always the most probable word). Same options and prompt, same text.
 */
public record SamplingOptions(int maxTokens, double temperature, int topK, double topP, boolean stopAtSentenceEnd,
                              long seed) {

    public static final int DEFAULT_MAX_TOKENS = 64;
    public static final double DEFAULT_TEMPERATURE = 0.8;
    public static final int DEFAULT_TOP_K = 40;
    public static final double DEFAULT_TOP_P = 0.95;

    public SamplingOptions {
        if (maxTokens < 0) {
            throw new IllegalArgumentException("maxTokens must be >= 0, was " + maxTokens);
        }
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a finite number >= 0, was " + temperature);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("topK must be >= 0 (0 = no limit), was " + topK);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("topP must be in (0, 1], was " + topP);
        }
    }

    /** 64 tokens, temperature 0.8, top-k 40, top-p 0.95, seed 0, not stopping at a sentence end. */
    public static SamplingOptions defaults() {
        return new SamplingOptions(DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE, DEFAULT_TOP_K, DEFAULT_TOP_P, false, 0);
    }

    public SamplingOptions withMaxTokens(int value) {
        return new SamplingOptions(value, temperature, topK, topP, stopAtSentenceEnd, seed);
    }

    public SamplingOptions withTemperature(double value) {
        return new SamplingOptions(maxTokens, value, topK, topP, stopAtSentenceEnd, seed);
    }

    public SamplingOptions withTopK(int value) {
        return new SamplingOptions(maxTokens, temperature, value, topP, stopAtSentenceEnd, seed);
    }

    public SamplingOptions withTopP(double value) {
        return new SamplingOptions(maxTokens, temperature, topK, value, stopAtSentenceEnd, seed);
    }

    public SamplingOptions withStopAtSentenceEnd(boolean value) {
        return new SamplingOptions(maxTokens, temperature, topK, topP, value, seed);
    }

    public SamplingOptions withSeed(long value) {
        return new SamplingOptions(maxTokens, temperature, topK, topP, stopAtSentenceEnd, value);
    }
}
