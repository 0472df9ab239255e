package dev.taskfit.classify;

/**
 * Hyperparameters of {@link ClassifierTrainer}.
 *
 * @param hashing      feature hashing (buckets, word n-gram order)
 * @param epochs       passes over the training data
 * @param learningRate AdaGrad's base step
 * @param l2           L2 penalty on the weights a step touches
 * @param seed         seed of the per-epoch shuffles; same seed and data, same model
 */
public record TrainingOptions(FeatureHashing hashing, int epochs, double learningRate, double l2, long seed) {

    public TrainingOptions {
        if (epochs < 1 || !(learningRate > 0) || l2 < 0) {
            throw new IllegalArgumentException("invalid training options");
        }
    }

    public TrainingOptions withEpochs(int newEpochs) {
        return new TrainingOptions(hashing, newEpochs, learningRate, l2, seed);
    }
}
