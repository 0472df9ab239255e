package dev.taskfit.train;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Limits of training over HTTP ({@code taskfit.classify.training.*}); the body itself is bounded by
 * {@code taskfit.limits.max-body-bytes}.
 */
@ConfigMapping(prefix = "taskfit.classify.training")
public interface TrainingLimits {

    /** Most examples one request may send. */
    @WithDefault("20000")
    int maxExamples();

    /** Most distinct labels. */
    @WithDefault("50")
    int maxLabels();

    /** Fewest examples per label: below it the held-out parts are too small to choose or measure anything. */
    @WithDefault("10")
    int minExamplesPerLabel();

    /** Longest a training run may take before the request is refused (nothing is written then). */
    @WithDefault("120s")
    Duration maxTime();
}
