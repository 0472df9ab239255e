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
