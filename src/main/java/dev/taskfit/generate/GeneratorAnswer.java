package dev.taskfit.generate;

/**
 * Generated text and where it came from.
 *
 * @param generator        "llm" or "ngram"
 * @param model            "provider:model" for an LLM, "ngram:name" for the n-gram model
 * @param promptTokens     tokens the generator read, as it counts them; null when an LLM did not say
 * @param completionTokens tokens it wrote; null when an LLM did not say
 */
public record GeneratorAnswer(String text, String generator, String model, Integer promptTokens, Integer completionTokens) {

    public static final String LLM = "llm";
    public static final String NGRAM = "ngram";

    public GeneratorAnswer {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
    }
}
