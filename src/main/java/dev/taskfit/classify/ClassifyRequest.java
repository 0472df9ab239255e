package dev.taskfit.classify;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Body of {@code POST /v1/classify}: a model and either one {@code text} or a batch of {@code texts}; with
 * {@code explain} (k), each prediction also names the k stretches of text that moved it most.
 */
@Schema(description = "A model name and either `text` or `texts` (not both).")
public record ClassifyRequest(
        @Schema(description = "Model name, see GET /v1/models", examples = "sentiment", required = true) String model,
        @Schema(description = "One text to classify", examples = "A warm, funny and beautifully acted film.") String text,
        @Schema(description = "Several texts to classify in one call") List<String> texts,
        @Schema(description = "Also return, per prediction, the k words or word pairs that moved it most", examples = "5") Integer explain) {

    /** Without explanations. */
    public ClassifyRequest(String model, String text, List<String> texts) {
        this(model, text, texts, null);
    }
}
