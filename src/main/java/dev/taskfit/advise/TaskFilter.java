package dev.taskfit.advise;

import java.util.List;
import java.util.Optional;

/**
 * The filter a composite task's shipped classifier implies, one definition for the advice's example request and
 * route's default filter: spam drops what it calls spam; sentiment keeps what it calls positive, or negative when
 * the task asks to keep negative.
 *
 * @param model         the classifier
 * @param accept        labels kept, or null
 * @param reject        labels dropped, or null
 * @param minConfidence how sure the classifier must be for its label to count
 * @param effect        what the filter does, in words ("candidates it calls spam are dropped")
 */
public record TaskFilter(String model, List<String> accept, List<String> reject, double minConfidence, String effect) {

    /** How sure a default filter's classifier must be. */
    public static final double MIN_CONFIDENCE = 0.7;

    /** The default filter for {@code model} and {@code task}; none for a classifier other than spam and sentiment. */
    public static Optional<TaskFilter> of(String model, String task) {
        if ("spam".equals(model)) {
            return Optional.of(new TaskFilter("spam", null, List.of("spam"), MIN_CONFIDENCE,
                    "candidates it calls spam are dropped"));
        }
        if ("sentiment".equals(model)) {
            String keep = ExampleRequests.WANTS_NEGATIVE.matcher(task).find() ? "negative" : "positive";
            return Optional.of(new TaskFilter("sentiment", List.of(keep), null, MIN_CONFIDENCE,
                    "only candidates it calls " + keep + " are kept"));
        }
        return Optional.empty();
    }
}
