package dev.taskfit.classify;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * Answer of {@code POST /v1/classify}: label fields for a single text, {@code results} for a batch; always the
 * version of the model that answered, and explanations when asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClassifyResponse(String model, String modelVersion, String label, Double confidence,
                               Map<String, Double> scores, List<FeatureContribution> explanation,
                               List<ClassifyService.Classification> results) {

    static ClassifyResponse single(String model, ClassifyService.Classification c) {
        return new ClassifyResponse(model, c.modelVersion(), c.label(), c.confidence(), c.scores(), c.explanation(), null);
    }

    static ClassifyResponse batch(String model, List<ClassifyService.Classification> results) {
        return new ClassifyResponse(model, results.isEmpty() ? null : results.get(0).modelVersion(), null, null,
                null, null, results);
    }
}
