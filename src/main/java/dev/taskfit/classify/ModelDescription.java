package dev.taskfit.classify;

import java.util.List;

/** One entry of {@code GET /v1/models}: the model card and where the model was loaded from. */
public record ModelDescription(String name, String description, List<String> labels, String inputFormat,
                               String origin, ModelCard.Dataset dataset, ModelCard.Split split,
                               ModelCard.Hyperparameters hyperparameters, Evaluation metrics) {

    static ModelDescription of(ModelRegistry.LoadedModel loaded) {
        ModelCard card = loaded.card();
        return new ModelDescription(card.name(), card.description(), card.labels(), card.inputFormat(),
                loaded.origin(), card.dataset(), card.split(), card.hyperparameters(), card.metrics());
    }

    /** The listing itself. */
    public record Listing(List<ModelDescription> models) {
    }
}
