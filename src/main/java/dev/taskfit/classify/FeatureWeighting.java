package dev.taskfit.classify;

/**
 * A fixed value per hash bucket that each occurrence of a feature counts with during training, computed from
 * the training data before the first step and folded into the weights afterwards ({@code weight * value}),
 * so that a trained model predicts exactly as fast as an unweighted one.
 *
 * <p>Under AdaGrad a feature's value scales its effective step size and weakens its L2 penalty, so a weighting
 * says which features the model may lean on: with naive-Bayes weighting, words whose document frequency differs
 * between the labels learn fast, and words every label uses alike stay near zero.
 */
public enum FeatureWeighting {

    /** Every occurrence counts 1. */
    NONE,

    /**
     * Naive-Bayes log-count ratios (Wang and Manning 2012, "Baselines and bigrams", the NBSVM weighting): for
     * each bucket, the spread between the labels of log P(bucket | label), estimated from the number of training
     * documents of each label that contain it with add-one smoothing. With two labels this is |r|, the absolute
     * log-count ratio; with more, the largest minus the smallest of the per-label log probabilities.
     */
    NAIVE_BAYES;

    private static final double SMOOTHING = 1.0;

    /** The value of every bucket for training on {@code train}; null for {@link #NONE} (all ones). */
    float[] values(EncodedDataset train, int buckets) {
        if (this == NONE) {
            return null;
        }
        int k = train.labels().size();
        int[] documents = new int[buckets * k]; // [bucket * k + label]: training documents holding the bucket
        int[] lastDocument = new int[buckets];
        java.util.Arrays.fill(lastDocument, -1);
        for (int doc = 0; doc < train.size(); doc++) {
            int label = train.labelIds()[doc];
            for (int feature : train.features()[doc]) {
                if (lastDocument[feature] != doc) {
                    lastDocument[feature] = doc;
                    documents[feature * k + label]++;
                }
            }
        }
        double[] logTotal = new double[k];
        long[] totals = new long[k];
        for (int bucket = 0; bucket < buckets; bucket++) {
            for (int label = 0; label < k; label++) {
                totals[label] += documents[bucket * k + label];
            }
        }
        for (int label = 0; label < k; label++) {
            logTotal[label] = Math.log(totals[label] + SMOOTHING * buckets);
        }
        float[] values = new float[buckets];
        for (int bucket = 0; bucket < buckets; bucket++) {
            double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
            for (int label = 0; label < k; label++) {
                double logP = Math.log(documents[bucket * k + label] + SMOOTHING) - logTotal[label];
                max = Math.max(max, logP);
                min = Math.min(min, logP);
            }
            values[bucket] = (float) (max - min);
        }
        return values;
    }
}
