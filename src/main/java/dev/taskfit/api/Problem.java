package dev.taskfit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type   a URI reference naming the kind of problem, e.g. {@code /problems/unknown-model}
 * @param errors per-field validation errors, present only for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection // built by the exception mappers inside a Response: no REST signature names it
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request: a JSON pointer-like path and what is wrong with it. */
    @RegisterForReflection
    public record FieldError(String field, String message) {
    }
}
