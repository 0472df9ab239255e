package dev.taskfit.train;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/**
 * Limits of training over HTTP ({@code taskfit.classify.training.*}); the body itself is bounded by
 * {@code taskfit.limits.max-body-bytes}.
 */
@ConfigMapping(prefix = "taskfit.classify.training")
public interface TrainingLimits {

    /** Most examples one request may send. */
    int maxExamples();

    /** Most distinct labels. */
    int maxLabels();

    /** Fewest examples per label: below it the held-out parts are too small to choose or measure anything. */
    int minExamplesPerLabel();

    /** Longest a training run may take before the request is refused (nothing is written then). */
    Duration maxTime();
}
