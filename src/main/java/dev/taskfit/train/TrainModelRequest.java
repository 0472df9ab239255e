package dev.taskfit.train;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /v1/models} as JSON: the new model's name, an optional description and its examples. */
@RegisterForReflection // the ndjson body is read row by row with Jackson, outside a REST signature
@Schema(description = "A model name and labelled examples; the same rows may be sent as ndjson or CSV with ?name=")
public record TrainModelRequest(
        @Schema(description = "Model name: lower-case letters, digits, '-' or '_'", examples = "tickets", required = true) String name,
        @Schema(description = "What the model labels, for the model card") String description,
        @Schema(description = "Labelled examples", required = true) List<Example> examples) {

    /** One labelled example. */
    @RegisterForReflection
    public record Example(String text, String label) {
    }
}
