package dev.taskfit.generate;

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


/** The generative function: produce new text, from an LLM or the local n-gram model. */
@Path("/v1")
@Tag(name = "generate", description = "Generative: new text from the configured LLM, or the local n-gram model")
@Produces(MediaType.APPLICATION_JSON)
public class GenerateResource {

    private final GenerateService generator;
    private final RequestLimits limits;

    public GenerateResource(GenerateService generator, RequestLimits limits) {
        this.generator = generator;
        this.limits = limits;
    }

    @POST
    @Path("/generate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate text", description = "With an LLM configured (taskfit.generate.provider) it answers; "
            + "when it fails (timeout, connection, 401/403, 429, 5xx, malformed answer) or its circuit breaker is open, "
            + "the local n-gram model answers with fallback=true and the reason. generator=llm never falls back: 503, "
            + "or 504 on timeout. Without an LLM the n-gram model answers (fallback=false).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "continue", value = "{\"prompt\":\"The history of the United States\",\"maxTokens\":32,\"temperature\":0.8,\"seed\":42}"),
            @ExampleObject(name = "llm with instructions", value = "{\"prompt\":\"Name three rivers in Europe.\",\"system\":\"Answer in one sentence.\",\"maxTokens\":64,\"generator\":\"llm\"}"),
            @ExampleObject(name = "n-gram only", value = "{\"prompt\":\"Call me Ishmael.\",\"maxTokens\":40,\"seed\":7,\"generator\":\"ngram\"}")}))
    @APIResponse(responseCode = "200", description = "Generated", content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "llm", value = "{\"text\":\"The Danube, the Rhine and the Seine.\",\"generator\":\"llm\",\"model\":\"openai:gpt-4o-mini\",\"fallback\":false,\"fallbackReason\":null,\"usage\":{\"promptTokens\":24,\"completionTokens\":11}}"),
            @ExampleObject(name = "fallback", value = "{\"text\":\"has been one of the great experiments of free government.\",\"generator\":\"ngram\",\"model\":\"ngram:english\",\"fallback\":true,\"fallbackReason\":\"openai: timeout after 10 s\",\"usage\":{\"promptTokens\":6,\"completionTokens\":12}}")}))
    @APIResponse(responseCode = "400", description = "Invalid request (problem+json with per-field errors)")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "503", description = "generator=llm and the LLM is unavailable or not configured (problem+json with the reason)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unavailable",
                    value = "{\"type\":\"/problems/llm-unavailable\",\"title\":\"LLM unavailable\",\"status\":503,\"detail\":\"anthropic: HTTP 401 (check taskfit.generate.api-key)\"}")))
    @APIResponse(responseCode = "504", description = "generator=llm and the LLM timed out",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "timeout",
                    value = "{\"type\":\"/problems/llm-timeout\",\"title\":\"LLM timed out\",\"status\":504,\"detail\":\"openai: timeout after 10 s\"}")))
    public GenerateResponse generate(GenerateRequest request) {
        if (request == null) {
            new FieldErrors().add("body", "a JSON object with at least a prompt is required").throwIfAny();
        }
        return generator.answer(request.options().check(limits, ""));
    }
}
