package dev.taskfit.advise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the configured LLM answers when asked the advisor's question with the guidance in its prompt. The advisor's
 * own answer stands either way; this reports the LLM's and whether they agree.
 */
@Schema(description = "The configured LLM's family for the same task, asked with the guidance in its prompt")
public record SecondOpinion(
        @Schema(description = "The family the LLM named first; null when it named none or could not be asked",
                examples = "discriminative") Family family,
        @Schema(description = "Whether the LLM named the advisor's family; null when it named none") Boolean agrees,
        @Schema(description = "Who answered, <provider>:<model>", examples = "openai:gpt-4o-mini") String model,
        @Schema(description = "The LLM's answer, at most " + SecondOpinion.MAX_ANSWER_CHARS + " characters") String answer,
        @Schema(description = "Why there is no second opinion: no LLM configured, or how the call failed",
                examples = "openai: timeout after 10 s") String unavailable) {

    static final int MAX_ANSWER_CHARS = 300;

    static SecondOpinion unavailable(String why) {
        return new SecondOpinion(null, null, null, null, why);
    }
}
