package dev.taskfit.classify;

import java.util.List;

/**
 * One entry of {@code GET /v1/models}: the model card, where the model was loaded from, and its version (the first
 * 12 hex digits of its file's SHA-256, also in every classify answer as {@code modelVersion}).
 */
public record ModelListing(String name, String description, List<String> labels, String inputFormat,
                               String origin, String version, ModelCard.Dataset dataset, ModelCard.Split split,
                               ModelCard.Hyperparameters hyperparameters, Evaluation metrics) {

    public static ModelListing of(ModelRegistry.LoadedModel loaded) {
        ModelCard card = loaded.card();
        return new ModelListing(card.name(), card.description(), card.labels(), card.inputFormat(),
                loaded.origin(), loaded.version(), card.dataset(), card.split(), card.hyperparameters(), card.metrics());
    }

    /** The listing itself. */
    public record Listing(List<ModelListing> models) {
    }
}
