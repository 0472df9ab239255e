package dev.taskfit.generate.ngram;

/**
 * A continuation of a prompt: {@code text} excludes the prompt and has no leading space (join with a space unless it
 * starts with punctuation such as "," or "."); token counts are the model's tokens (words, numbers, punctuation and
 * sentence ends), and {@code stoppedAtSentenceEnd} says whether the last generated token ended a sentence.
 */
public record GeneratedText(String text, int promptTokens, int generatedTokens, boolean stoppedAtSentenceEnd) {

    public GeneratedText {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (promptTokens < 0 || generatedTokens < 0) {
            throw new IllegalArgumentException("token counts must be >= 0");
        }
    }
}
