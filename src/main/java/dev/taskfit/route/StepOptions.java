package dev.taskfit.route;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.ProblemException;
import dev.taskfit.api.ProblemMappers;
import dev.taskfit.api.RequestLimits;

import java.util.List;
import java.util.Map;

/**
 * Route's {@code options} for a step whose prompt is the request's {@code input} (generate, the pipeline): checked
 * and read as strictly as that endpoint's own body, mistakes naming {@code options.<field>}.
 */
final class StepOptions {

    private StepOptions() {
    }

    /** The request's options; none given, empty. */
    static Map<String, Object> of(RouteRequest request) {
        return request.options() == null ? Map.of() : request.options();
    }

    /** Adds the checks of an input that is the prompt: no prompt in the options, and the input fits a prompt's limit. */
    static FieldErrors checkInputIsPrompt(FieldErrors errors, RouteRequest request, RequestLimits limits) {
        return errors
                .check(!of(request).containsKey("prompt"), "options.prompt", "the input is the prompt; leave it out")
                .check(request.input().length() <= limits.maxPromptChars(), "input", "is " + request.input().length()
                        + " characters; a prompt's limit is " + limits.maxPromptChars()
                        + " (taskfit.limits.max-prompt-chars)");
    }

    /** {@code fields} as the endpoint's request {@code type}. */
    static <T> T read(ObjectMapper json, Map<String, Object> fields, Class<T> type) {
        try {
            return json.convertValue(fields, type);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonMappingException mapping) {
                throw ProblemException.invalid(List.of(ProblemMappers.fieldError(mapping, "options.")));
            }
            throw e;
        }
    }
}
