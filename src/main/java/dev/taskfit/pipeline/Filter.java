package dev.taskfit.pipeline;

import dev.taskfit.classify.ClassifyService.Classification;

import java.util.List;
import java.util.Locale;

/**
 * A checked filter: a candidate passes when {@code model} gives it a label the filter lets through (one of
 * {@code labels} when accepting, none of them when rejecting) with at least {@code minConfidence}.
 */
public record Filter(String model, List<String> labels, boolean accepting, double minConfidence) {

    public Filter {
        labels = List.copyOf(labels);
        if (labels.isEmpty() || !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("a filter needs labels and a minConfidence in [0, 1]");
        }
    }

    public boolean passes(Classification c) {
        return labels.contains(c.label()) == accepting && c.confidence() >= minConfidence;
    }

    /** Why {@code c} does not pass, in words that name the model, its answer and the rule. */
    public String whyNot(Classification c) {
        if (labels.contains(c.label()) != accepting) {
            return accepting
                    ? String.format(Locale.ROOT, "%s said %s (%.2f); the filter accepts only %s", model, c.label(),
                            c.confidence(), String.join(", ", labels))
                    : String.format(Locale.ROOT, "%s said %s (%.2f), which the filter rejects", model, c.label(),
                            c.confidence());
        }
        // Unrounded: 0.695 must not read as "0.70, below 0.70".
        return model + " said " + c.label() + " with confidence " + c.confidence() + ", below minConfidence " + minConfidence;
    }
}
