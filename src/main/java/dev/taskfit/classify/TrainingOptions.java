package dev.taskfit.classify;

import java.util.Objects;

/**
 * Hyperparameters of {@link ClassifierTrainer}.
 *
 * @param hashing      feature hashing (buckets, word n-gram order)
 * @param weighting    the value each feature occurrence counts with in training (folded into the weights after)
 * @param epochs       passes over the training data
 * @param learningRate AdaGrad's base step
 * @param l2           L2 penalty on the weights a step touches
 * @param seed         seed of the per-epoch shuffles; same seed and data, same model
 */
public record TrainingOptions(FeatureHashing hashing, FeatureWeighting weighting, int epochs, double learningRate,
                              double l2, long seed) {

    public TrainingOptions {
        Objects.requireNonNull(weighting, "weighting");
        if (epochs < 1 || !(learningRate > 0) || l2 < 0) {
            throw new IllegalArgumentException("invalid training options");
        }
    }

    /** Options without feature weighting. */
    public TrainingOptions(FeatureHashing hashing, int epochs, double learningRate, double l2, long seed) {
        this(hashing, FeatureWeighting.NONE, epochs, learningRate, l2, seed);
    }

    public TrainingOptions withEpochs(int newEpochs) {
        return new TrainingOptions(hashing, weighting, newEpochs, learningRate, l2, seed);
    }
}
