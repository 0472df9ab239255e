package dev.taskfit.advise;

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

/** The advisor: which model family does a described task need, and why? */
@Path("/v1")
@Tag(name = "advise", description = "Recommend a model family (discriminative, generative, composite) for a described task")
@Produces(MediaType.APPLICATION_JSON)
public class AdviseResource {

    private final Advisor advisor;
    private final LlmSecondOpinion llm;
    private final RequestLimits limits;

    public AdviseResource(Advisor advisor, LlmSecondOpinion llm, RequestLimits limits) {
        this.advisor = advisor;
        this.llm = llm;
        this.limits = limits;
    }

    @POST
    @Path("/advise")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Advise a model family for a task", description = "Reads the task with explicit cues from the "
            + "guidance (what it produces vs what it judges, pipeline words, negation, tools from the wrong family) and "
            + "the advisor's own classifier, and answers the family, why (each reason quotes the task), warnings, the "
            + "endpoint to call and an example request for it. With secondOpinion=true it also asks the configured LLM "
            + "(guidance in its prompt, no fallback, bounded by taskfit.generate.timeout) and reports its family and "
            + "whether it agrees; without an LLM, or when it fails, secondOpinion.unavailable says why.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "discriminative", value = "{\"task\":\"flag fraudulent card transactions in real time\"}"),
            @ExampleObject(name = "composite", value = "{\"task\":\"write product descriptions for our catalogue, then drop any that read like spam\"}"),
            @ExampleObject(name = "misleading wording", value = "{\"task\":\"Generate a relevance score for each search result\"}"),
            @ExampleObject(name = "wrong family proposed", value = "{\"task\":\"use an LLM to flag spam\"}"),
            @ExampleObject(name = "with an LLM's second opinion", value = "{\"task\":\"compose a jingle for our radio ad\",\"secondOpinion\":true}")}))
    @APIResponse(responseCode = "200", description = "The advice", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "wrong family proposed", value = "{\"family\":\"discriminative\",\"confidence\":0.99,"
                    + "\"reasons\":[\"The task asks for a judgement about inputs that already exist (\\\"flag\\\"): a label, score, "
                    + "decision or ranking for each. ...\"],\"cues\":[{\"kind\":\"wrong-family\",\"text\":\"an LLM to flag\","
                    + "\"detail\":\"discriminative\"},{\"kind\":\"judges\",\"text\":\"flag\"},{\"kind\":\"model-hint\",\"text\":\"spam\","
                    + "\"detail\":\"spam\"}],\"warnings\":[\"\\\"an LLM to flag\\\" proposes a generative model for a labelling task. ...\"],"
                    + "\"endpoint\":\"/v1/classify\",\"exampleRequest\":{\"model\":\"spam\",\"text\":\"...\"},"
                    + "\"modelProbabilities\":{\"composite\":0.01,\"discriminative\":0.98,\"generative\":0.01}}")))
    @APIResponse(responseCode = "400", description = "Invalid request (problem+json with per-field errors)")
    @APIResponse(responseCode = "413", description = "Body too large")
    public Recommendation advise(AdviseRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "a JSON object with a task is required").throwIfAny();
        }
        Advisor.checkTask(errors, request.task(), limits);
        errors.throwIfAny();
        Recommendation advice = advisor.advise(request.task());
        return Boolean.TRUE.equals(request.secondOpinion())
                ? advice.withSecondOpinion(llm.ask(request.task(), advice.family()))
                : advice;
    }
}
