package dev.taskfit.advise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The advisor's answer ({@code POST /v1/advise}): the model family a task needs, why, and how to call it.
 *
 * @param family             discriminative, generative or composite
 * @param confidence         probability of {@code family} after combining the classifier with the cues
 * @param reasons            plain sentences, each quoting the task words (a cue or the classifier's evidence) it rests on
 * @param cues               the evidence found in the task text, quoted verbatim
 * @param warnings           when the description proposes the wrong family, or taskfit cannot serve the task as is
 * @param endpoint           the taskfit endpoint to call
 * @param exampleRequest     a request body for {@code endpoint}
 * @param modelProbabilities the advisor's classifier alone, before the cues
 */
@Schema(description = "Which model family a task needs, why, and a request to run it")
public record Recommendation(
        @Schema(examples = "discriminative") Family family,
        @Schema(examples = "0.97") double confidence,
        List<String> reasons,
        List<Cue> cues,
        List<String> warnings,
        @Schema(examples = "/v1/classify") String endpoint,
        Map<String, Object> exampleRequest,
        Map<String, Double> modelProbabilities) {
}
