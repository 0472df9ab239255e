package dev.taskfit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type     a URI reference naming the kind of problem, e.g. {@code /problems/unknown-model}
 * @param instance the request this problem answers: the AWS request id of the Lambda invocation
 * @param errors   per-field validation errors, present only for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection // built by the exception mappers inside a Response: no REST signature names it
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Longest excerpt of the caller's input a problem quotes. */
    static final int EXCERPT_CHARS = 40;

    /** A problem not yet tied to a request; {@link ProblemMappers} fills in the instance. */
    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, null, errors);
    }

    /** This problem, answering the request {@code instance}. */
    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    /**
     * The caller's input as a problem may quote it: in single quotes, control and formatting characters shown as U+XXXX,
     * cut after {@value #EXCERPT_CHARS} characters with the full length said, so a detail never echoes a long
     * input back nor passes on characters a terminal or log would act on.
     */
    public static String excerpt(String input) {
        if (input == null) {
            return "null";
        }
        int end = Math.min(input.length(), EXCERPT_CHARS);
        if (end < input.length() && Character.isHighSurrogate(input.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 32).append('\'');
        for (int i = 0; i < end; i++) {
            char c = input.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c) && !validPair(input, i)) {
                out.append(String.format("U+%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('\'');
        if (end < input.length()) {
            out.append("… (").append(input.length()).append(" characters)");
        }
        return out.toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** One invalid field of a request: a JSON pointer-like path and what is wrong with it. */
    @RegisterForReflection
    public record FieldError(String field, String message) {
    }
}
