package dev.taskfit.classify;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One stretch of the input (a word with its character n-grams, or a word pair or triple, as written) and its
 * exact share of the logit margin between the predicted label and the runner-up: positive pushes towards the
 * prediction ({@code label} is the predicted label), negative towards the runner-up ({@code label} names it).
 * {@code start}/{@code end} are char offsets into the input, {@code [start, end)}; absent where the model read
 * another text than the input (a raw email is read as its visible text).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection // nested in a response's lists: kept explicitly for the native image
public record FeatureContribution(String text, Integer start, Integer end, String label, double contribution) {
}
