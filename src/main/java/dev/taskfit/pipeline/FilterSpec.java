package dev.taskfit.pipeline;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One filter: a classifier and the labels it lets through ({@code accept}) or stops ({@code reject}), and how sure
 * the classifier must be of the passing label.
 */
@RegisterForReflection
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
@Schema(description = "A classifier and either the labels to accept or the labels to reject (not both)")
public record FilterSpec(
        @Schema(description = "Classifier name, see GET /v1/models", required = true, examples = "sentiment") String model,
        @Schema(description = "Pass only when the classifier's label is one of these", examples = "[\"positive\"]") List<String> accept,
        @Schema(description = "Pass only when the classifier's label is none of these", examples = "[\"spam\"]") List<String> reject,
        @Schema(description = "The classifier must give the passing label at least this probability, 0 to 1",
                defaultValue = "0", examples = "0.7") Double minConfidence) {
}
