package dev.taskfit.route;

import dev.taskfit.advise.Advisor;
import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.RequestLimits;
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

/** Advise, then run: the advised function applied to the caller's input. */
@Path("/v1")
@Tag(name = "advise", description = "Recommend a model family (discriminative, generative, composite) for a described task")
@Produces(MediaType.APPLICATION_JSON)
public class RouteResource {

    private final Router router;
    private final RequestLimits limits;

    public RouteResource(Router router, RequestLimits limits) {
        this.router = router;
        this.limits = limits;
    }

    @POST
    @Path("/route")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Advise, then run the advised function", description = "Advises on the task, then runs the "
            + "function the advice names on `input`: classify (with `model`, or the classifier the task points to: spam "
            + "or sentiment), generate (`input` is the prompt, `options` the other fields of /v1/generate), or the "
            + "generate-then-filter pipeline (`input` is the prompt, `options` its other fields; unless `options.filters` "
            + "is given, the filter is the classifier the task points to: spam dropping spam, or sentiment keeping "
            + "positive, and the result says which and why). Returns the advice and the result.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "classify", value = "{\"task\":\"tell me whether each incoming email is spam\","
                    + "\"input\":\"Subject: You have won a free cruise! Click here to claim your prize.\"}"),
            @ExampleObject(name = "classify with a named model", value = "{\"task\":\"is each review happy or unhappy?\","
                    + "\"input\":\"A warm, funny and beautifully acted film.\",\"model\":\"sentiment\"}"),
            @ExampleObject(name = "generate", value = "{\"task\":\"write a short story about the sea\","
                    + "\"input\":\"The ship left the harbour\",\"options\":{\"maxTokens\":32,\"seed\":7}}"),
            @ExampleObject(name = "pipeline", value = "{\"task\":\"write product blurbs and drop any that look like spam\","
                    + "\"input\":\"Our new espresso machine\",\"options\":{\"candidates\":8,\"want\":3,\"seed\":42}}")}))
    @APIResponse(responseCode = "200", description = "The advice and the result", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "classify", value = "{\"advice\":{\"family\":\"discriminative\",\"confidence\":0.99,"
                    + "\"endpoint\":\"/v1/classify\",\"reasons\":[\"...\"]},\"result\":{\"model\":\"spam\",\"modelChosenBecause\":"
                    + "\"the task mentions \\\"spam\\\", which points to the spam classifier\",\"label\":\"spam\",\"confidence\":0.98,"
                    + "\"scores\":{\"ham\":0.02,\"spam\":0.98}}}")))
    @APIResponse(responseCode = "400", description = "Invalid request (problem+json with per-field errors)")
    @APIResponse(responseCode = "404", description = "Unknown model")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "422", description = "A discriminative or composite task that points to no shipped "
            + "classifier and names none")
    public RouteResponse route(RouteRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "a JSON object with task and input is required").throwIfAny();
        }
        Advisor.checkTask(errors, request.task(), limits);
        if (request.input() == null) {
            errors.add("input", "is required: the text to run the advised function on");
        } else if (request.input().isBlank()) {
            errors.add("input", "must not be empty");
        } else if (request.input().length() > limits.maxTextChars()) {
            errors.tooLong("input", request.input(), limits.maxTextChars(), "taskfit.limits.max-text-chars");
        }
        errors.check(request.model() == null || !request.model().isBlank(), "model", "must not be empty when given");
        errors.throwIfAny();
        return router.route(request);
    }
}
