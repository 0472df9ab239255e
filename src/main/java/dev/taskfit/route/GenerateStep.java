package dev.taskfit.route;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.advise.Family;
import dev.taskfit.advise.Recommendation;
import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.RequestLimits;
import dev.taskfit.generate.GenerationOptions;
import dev.taskfit.generate.GenerateResponse;
import dev.taskfit.generate.GenerateService;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Route's generative step: the input is the prompt, and {@code options} are the other fields of
 * {@code POST /v1/generate} ({@code maxTokens}, {@code temperature}, {@code seed}, {@code system}, {@code generator}),
 * read and checked exactly as that endpoint reads them.
 */
@ApplicationScoped
public class GenerateStep implements RouteTarget {

    /** The generated text, as {@code POST /v1/generate} answers it. */
    @RegisterForReflection
    public record GeneratedOutput(@JsonUnwrapped GenerateResponse generation) implements RouteResult {
    }

    private final GenerateService generator;
    private final RequestLimits limits;
    private final ObjectMapper json;

    public GenerateStep(GenerateService generator, RequestLimits limits, ObjectMapper json) {
        this.generator = generator;
        this.limits = limits;
        this.json = json;
    }

    @Override
    public Family family() {
        return Family.GENERATIVE;
    }

    @Override
    public GeneratedOutput run(RouteRequest request, Recommendation advice) {
        FieldErrors errors = new FieldErrors().check(request.model() == null, "model", "the generate step takes no "
                + "classifier (the advice chose /v1/generate); leave it out");
        StepOptions.checkInputIsPrompt(errors, request, limits).throwIfAny();
        Map<String, Object> body = new LinkedHashMap<>(StepOptions.of(request));
        body.put("prompt", request.input());
        return new GeneratedOutput(generator.answer(StepOptions.read(json, body, GenerationOptions.class)
                .check(limits, "options.")));
    }
}
