package dev.taskfit.api;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of a request, so that one 400 names them all. */
public final class FieldErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** Records {@code message} against {@code field} unless {@code valid}. */
    public FieldErrors check(boolean valid, String field, String message) {
        if (!valid) {
            errors.add(new Problem.FieldError(field, message));
        }
        return this;
    }

    /**
     * Records that {@code field} is over a configured limit: {@code "<actual>; the limit is <limit> (<key>)"},
     * so every endpoint names the value, the limit and the key that raises it the same way.
     */
    public FieldErrors overLimit(String field, String actual, long limit, String key) {
        return add(field, actual + "; the limit is " + limit + " (" + key + ")");
    }

    /** Records that the text in {@code field} is longer than {@code limit} characters (set by {@code key}). */
    public FieldErrors tooLong(String field, String text, long limit, String key) {
        return overLimit(field, "is " + text.length() + " characters", limit, key);
    }

    /** Records {@code message} against {@code field}. */
    public FieldErrors add(String field, String message) {
        return check(false, field, message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws a validation problem if anything was recorded. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
