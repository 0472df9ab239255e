package dev.taskfit.classify;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** Answer of {@code POST /v1/classify}: label fields for a single text, {@code results} for a batch. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClassifyResponse(String model, String label, Double confidence, Map<String, Double> scores,
                               List<ClassifyService.Classification> results) {

    static ClassifyResponse single(String model, ClassifyService.Classification c) {
        return new ClassifyResponse(model, c.label(), c.confidence(), c.scores(), null);
    }

    static ClassifyResponse batch(String model, List<ClassifyService.Classification> results) {
        return new ClassifyResponse(model, null, null, null, results);
    }
}
