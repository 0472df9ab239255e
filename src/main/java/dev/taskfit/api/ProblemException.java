package dev.taskfit.api;

import java.util.List;

/**
 * A failure the caller can act on, carrying the problem it becomes. Services throw it (or a subclass);
 * {@link ProblemMappers} turns it into a response. It records no stack trace: it is not a bug.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Long retryAfterSeconds;

    public ProblemException(int status, String slug, String title, String detail) {
        this(new Problem("/problems/" + slug, title, status, detail, null));
    }

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    /** A problem whose response tells the caller when to try again ({@code Retry-After}, in seconds). */
    public ProblemException(Problem problem, Long retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    /** Seconds for the {@code Retry-After} header, or null for none. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** 400 with per-field errors. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(new Problem("/problems/validation", "Invalid request", 400, detail, List.copyOf(errors)));
    }

    /** 404 for a model name that is not loaded, naming the ones that are. */
    public static ProblemException unknownModel(String name, java.util.Collection<String> known) {
        return new ProblemException(404, "unknown-model", "Unknown model",
                "no model named " + Problem.excerpt(name) + "; available: " + String.join(", ", known));
    }
}
