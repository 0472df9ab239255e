package dev.taskfit.pipeline;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The composite function: generate candidates, keep the ones every filter's classifier accepts. */
@Path("/v1")
@Tag(name = "pipeline", description = "Composite: generate candidates, then keep only the ones the classifiers accept")
@Produces(MediaType.APPLICATION_JSON)
public class PipelineResource {

    private final PipelineValidator validator;
    private final PipelineRunner runner;

    public PipelineResource(PipelineValidator validator, PipelineRunner runner) {
        this.validator = validator;
        this.runner = runner;
    }

    @POST
    @Path("/pipeline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate, then filter", description = "Generates up to `candidates` texts from the prompt "
            + "(concurrently; each n-gram candidate from its own seed derived from `seed`, so a seeded request repeats), "
            + "drops exact duplicates, classifies each with every filter's model and keeps those that pass every filter, "
            + "stopping once `want` are accepted. The deadline (taskfit.pipeline.deadline, lowered by `deadlineMs`) "
            + "bounds the call: past it the answer holds what was done, with partial=true. Generator fallback works as "
            + "in /v1/generate.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "upbeat, not spam", value = "{\"prompt\":\"Our new espresso machine\",\"candidates\":8,"
                    + "\"want\":3,\"maxTokens\":40,\"seed\":42,\"filters\":[{\"model\":\"spam\",\"reject\":[\"spam\"],"
                    + "\"minConfidence\":0.7},{\"model\":\"sentiment\",\"accept\":[\"positive\"],\"minConfidence\":0.7}]}"),
            @ExampleObject(name = "with a deadline", value = "{\"prompt\":\"The history of the United States\","
                    + "\"candidates\":32,\"want\":5,\"deadlineMs\":2000,\"filters\":[{\"model\":\"sentiment\","
                    + "\"accept\":[\"negative\"]}]}")}))
    @APIResponse(responseCode = "200", description = "The accepted and rejected candidates", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "upbeat, not spam", value =
            "{\"accepted\":[{\"index\":2,\"text\":\"is a great and good people.\",\"score\":0.83,\"generator\":\"ngram\","
                    + "\"filters\":[{\"model\":\"spam\",\"label\":\"ham\",\"confidence\":0.97,\"passed\":true},"
                    + "{\"model\":\"sentiment\",\"label\":\"positive\",\"confidence\":0.86,\"passed\":true}]}],"
                    + "\"rejected\":[{\"index\":0,\"text\":\"...\",\"generator\":\"ngram\",\"failedFilter\":1,"
                    + "\"reason\":\"sentiment said negative (0.81); the filter accepts only positive\",\"filters\":[]}],"
                    + "\"generated\":8,\"duplicates\":0,\"acceptedCount\":3,\"rejectedCount\":5,\"generator\":\"ngram\","
                    + "\"models\":[\"ngram:english\"],\"fallback\":false,\"fallbackReason\":null,"
                    + "\"stoppedBecause\":\"want-reached\",\"partial\":false,\"deadlineMs\":20000,\"seed\":42,"
                    + "\"timings\":{\"generateMs\":6.1,\"filterMs\":0.4,\"totalMs\":4.2}}")))
    @APIResponse(responseCode = "400", description = "Invalid request (problem+json with per-field errors), including a "
            + "label the filter's model does not have (the detail lists its labels) and want > candidates")
    @APIResponse(responseCode = "404", description = "A filter names an unknown model")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "503", description = "generator=llm and the LLM is unavailable or not configured")
    @APIResponse(responseCode = "504", description = "generator=llm and the LLM timed out")
    public PipelineResponse pipeline(PipelineRequest request) {
        return runner.run(validator.check(request));
    }
}
