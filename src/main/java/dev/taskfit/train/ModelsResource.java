package dev.taskfit.train;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.ProblemException;
import dev.taskfit.api.ProblemMappers;
import dev.taskfit.classify.ModelListing;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Training and removing your own classifiers over HTTP, where the models directory is writable. */
@Path("/v1")
@Tag(name = "classify")
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    private final CustomModels models;
    private final ObjectMapper json;

    public ModelsResource(CustomModels models, ObjectMapper json) {
        this.models = models;
        this.json = json;
    }

    @POST
    @Path("/models")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Train your own classifier", description = "Trains with the train command's recipe (split by "
            + "text hash, hyperparameters chosen on validation, measured once on the test part), writes the model into "
            + "taskfit.classify.models-dir and answers its card, as GET /v1/models lists it. The same rows may be sent "
            + "as application/x-ndjson or text/csv (header text,label) with ?name=. Only where models-dir is writable.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
            @ExampleObject(name = "tickets", value = "{\"name\":\"tickets\",\"examples\":[{\"text\":\"my parcel never came\",\"label\":\"delivery\"},{\"text\":\"please refund me\",\"label\":\"refund\"}]}")))
    @APIResponse(responseCode = "201", description = "Trained and loaded: the model's card with its held-out metrics and version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "card",
                    value = "{\"name\":\"tickets\",\"labels\":[\"delivery\",\"refund\"],\"origin\":\"tickets.tfc\",\"version\":\"3f9a0c1b2d4e\",\"metrics\":{\"accuracy\":0.94,\"macroF1\":0.94}}")))
    @APIResponse(responseCode = "400", description = "Bad examples or name (problem+json naming each)")
    @APIResponse(responseCode = "403", description = "The models directory is read-only or not set here")
    @APIResponse(responseCode = "409", description = "The name is a shipped model's")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "422", description = "Training did not finish within taskfit.classify.training.max-time")
    public Response train(TrainModelRequest request) {
        if (request == null) {
            new FieldErrors().add("body", "a JSON object with name and examples is required").throwIfAny();
        }
        return created(request.name(), request.description(), request.examples());
    }

    @POST
    @Path("/models")
    @Consumes(NDJSON)
    @Operation(hidden = true)
    public Response trainFromNdjson(@QueryParam("name") String name, @QueryParam("description") String description,
                                    String body) {
        List<TrainModelRequest.Example> rows = new ArrayList<>();
        String[] lines = (body == null ? "" : body).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                rows.add(json.readValue(lines[i], TrainModelRequest.Example.class));
            } catch (JsonMappingException e) {
                throw ProblemException.invalid(List.of(ProblemMappers.fieldError(e, "line " + (i + 1) + ".")));
            } catch (IOException e) {
                new FieldErrors().add("line " + (i + 1), "is not a JSON object with text and label").throwIfAny();
            }
        }
        return created(name, description, rows);
    }

    @POST
    @Path("/models")
    @Consumes(CSV)
    @Operation(hidden = true)
    public Response trainFromCsv(@QueryParam("name") String name, @QueryParam("description") String description,
                                 String body) {
        List<List<String>> records;
        try {
            records = CsvRecords.parse(new BufferedReader(new StringReader(body == null ? "" : body)));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        FieldErrors errors = new FieldErrors();
        if (records.isEmpty()) {
            errors.add("body", "a CSV with a header naming the columns text and label is required").throwIfAny();
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase()).toList();
        int text = header.indexOf("text"), label = header.indexOf("label");
        if (text < 0 || label < 0) {
            errors.add("header", "must name the columns text and label, found " + records.get(0)).throwIfAny();
        }
        List<TrainModelRequest.Example> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() != header.size()) {
                errors.add("record " + i, "has " + record.size() + " fields; the header has " + header.size()).throwIfAny();
            }
            rows.add(new TrainModelRequest.Example(record.get(text), record.get(label)));
        }
        return created(name, description, rows);
    }

    @DELETE
    @Path("/models/{name}")
    @Operation(summary = "Remove your own classifier", description = "Deletes a model file from taskfit.classify.models-dir;"
            + " a shipped model is never removed (409).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "The models directory is read-only or not set here")
    @APIResponse(responseCode = "404", description = "Unknown model")
    @APIResponse(responseCode = "409", description = "A shipped model", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "shipped", value = "{\"type\":\"/problems/shipped-model\",\"title\":\"Shipped model\",\"status\":409,\"detail\":\"'sentiment' ships with taskfit and cannot be removed; only models in taskfit.classify.models-dir can\"}")))
    public Response delete(@PathParam("name") String name) {
        models.delete(name);
        return Response.noContent().build();
    }

    private Response created(String name, String description, List<TrainModelRequest.Example> rows) {
        ModelListing card = models.train(name, description, rows);
        return Response.status(Response.Status.CREATED).entity(card).build();
    }
}
