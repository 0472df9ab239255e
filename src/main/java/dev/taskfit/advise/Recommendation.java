package dev.taskfit.advise;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * @param secondOpinion      the configured LLM's family for the same task, when the request asked for it
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
        Map<String, Double> modelProbabilities,
        @JsonInclude(JsonInclude.Include.NON_NULL) SecondOpinion secondOpinion) {

    public Recommendation(Family family, double confidence, List<String> reasons, List<Cue> cues, List<String> warnings,
                          String endpoint, Map<String, Object> exampleRequest, Map<String, Double> modelProbabilities) {
        this(family, confidence, reasons, cues, warnings, endpoint, exampleRequest, modelProbabilities, null);
    }

    /** The shipped classifier the task points to (its model-hint cue), if it points to one. */
    @JsonIgnore
    public Optional<Cue> modelHint() {
        return cues.stream().filter(c -> c.kind() == Cue.Kind.MODEL_HINT).findFirst();
    }

    public Recommendation withSecondOpinion(SecondOpinion opinion) {
        return new Recommendation(family, confidence, reasons, cues, warnings, endpoint, exampleRequest,
                modelProbabilities, opinion);
    }
}
