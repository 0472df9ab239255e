package dev.taskfit.classify;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * Everything known about how a classifier was made, stored inside its file and served by
 * {@code GET /v1/models}: which data, which split, which hyperparameters and seed, and test-split metrics.
 */
public record ModelCard(String name, String description, List<String> labels, String inputFormat,
                        Dataset dataset, Split split, Hyperparameters hyperparameters, Evaluation metrics,
                        String fingerprint) {

    /** Where the training data came from. */
    public record Dataset(String source, String file, String sha256, int examples, int skipped) {
    }

    /** How the data was divided; {@code test} examples were never trained or tuned on. */
    public record Split(String rule, int train, int validation, int test) {
    }

    /**
     * The chosen hyperparameters and how they were chosen; {@code charNgrams} (longest character n-gram) is
     * absent for word n-gram models.
     */
    public record Hyperparameters(int buckets, int wordNgrams,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) Integer charNgrams, int epochs,
                                  double learningRate, double l2, long seed, double temperature, String selection,
                                  String trainedOn) {

        /** A word n-gram model's hyperparameters. */
        public Hyperparameters(int buckets, int wordNgrams, int epochs, double learningRate, double l2, long seed,
                               double temperature, String selection, String trainedOn) {
            this(buckets, wordNgrams, null, epochs, learningRate, l2, seed, temperature, selection, trainedOn);
        }
    }
}
