package dev.taskfit.classify;

import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.RequestLimits;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The discriminative function: given this input, what is the label? */
@Path("/v1")
@Tag(name = "classify", description = "Discriminative: label existing inputs with a fast local linear model")
@Produces(MediaType.APPLICATION_JSON)
public class ClassifyResource {

    private final ClassifyService classifier;
    private final ModelRegistry registry;
    private final RequestLimits limits;
    private final int maxExplain;

    public ClassifyResource(ClassifyService classifier, ModelRegistry registry, RequestLimits limits,
                            @ConfigProperty(name = "taskfit.classify.max-explain") int maxExplain) {
        this.classifier = classifier;
        this.registry = registry;
        this.limits = limits;
        this.maxExplain = maxExplain;
    }

    @POST
    @Path("/classify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify one text or a batch", description = "Returns the most probable label, its "
            + "calibrated probability, every label's probability and the model's version. Send `text` for one, `texts` for a "
            + "batch; add `explain: k` for the k words or word pairs (with their offsets) that moved each decision most, "
            + "each with its exact contribution to the logit margin over the runner-up label.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "single", value = "{\"model\":\"sentiment\",\"text\":\"A warm, funny and beautifully acted film.\"}"),
            @ExampleObject(name = "explained", value = "{\"model\":\"sentiment\",\"text\":\"A warm, funny and beautifully acted film.\",\"explain\":3}"),
            @ExampleObject(name = "batch", value = "{\"model\":\"spam\",\"texts\":[\"Subject: WIN a FREE iPhone now!!! Click here\",\"Are we still on for lunch tomorrow?\"]}")}))
    @APIResponse(responseCode = "200", description = "Classified", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "single", value = "{\"model\":\"sentiment\",\"label\":\"positive\",\"confidence\":0.97,\"scores\":{\"negative\":0.03,\"positive\":0.97}}")))
    @APIResponse(responseCode = "400", description = "Invalid request (problem+json with per-field errors)")
    @APIResponse(responseCode = "404", description = "Unknown model")
    @APIResponse(responseCode = "413", description = "Body too large")
    public ClassifyResponse classify(ClassifyRequest request) {
        validate(request);
        int explain = request.explain() == null ? 0 : request.explain();
        if (request.text() != null) {
            return ClassifyResponse.single(request.model(), classifier.classify(request.model(), request.text(), explain));
        }
        return ClassifyResponse.batch(request.model(), classifier.classifyAll(request.model(), request.texts(), explain));
    }

    @GET
    @Path("/models")
    @Operation(summary = "List the classifiers", description = "Every loaded model with its labels, provenance "
            + "(dataset, split, hyperparameters, seed) and metrics measured on its held-out test split.")
    @APIResponse(responseCode = "200", description = "The models", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "models", value = "{\"models\":[{\"name\":\"sentiment\",\"labels\":[\"negative\",\"positive\"],\"metrics\":{\"accuracy\":0.92,\"macroF1\":0.92}}]}")))
    public ModelListing.Listing models() {
        return new ModelListing.Listing(registry.all().values().stream().map(ModelListing::of).toList());
    }

    private void validate(ClassifyRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "a JSON object with model and text (or texts) is required").throwIfAny();
        }
        errors.check(request.model() != null && !request.model().isBlank(), "model", "is required");
        errors.check(request.explain() == null || request.explain() >= 1 && request.explain() <= maxExplain, "explain",
                "must be 1.." + maxExplain + " (taskfit.classify.max-explain), the number of features to return");
        if (request.text() == null && request.texts() == null) {
            errors.add("text", "give text (one) or texts (a batch)");
        } else if (request.text() != null && request.texts() != null) {
            errors.add("texts", "give either text or texts, not both");
        } else if (request.text() != null) {
            checkText(errors, "text", request.text());
        } else {
            int size = request.texts().size();
            errors.check(size > 0, "texts", "must hold at least one text");
            if (size > limits.maxBatchSize()) {
                errors.overLimit("texts", "holds " + size + " texts", limits.maxBatchSize(), "taskfit.limits.max-batch-size");
            }
            for (int i = 0; i < size && size <= limits.maxBatchSize(); i++) {
                checkText(errors, "texts[" + i + "]", request.texts().get(i));
            }
        }
        errors.throwIfAny();
    }

    private void checkText(FieldErrors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            errors.add(field, "must not be empty");
        } else if (text.length() > limits.maxTextChars()) {
            errors.tooLong(field, text, limits.maxTextChars(), "taskfit.limits.max-text-chars");
        }
    }
}
