package dev.taskfit.classify;

import java.util.SplittableRandom;

/**
 * Trains a {@link LinearClassifier}: multinomial logistic regression, AdaGrad steps over shuffled examples,
 * L2 on touched weights, each feature occurrence counted with its {@link FeatureWeighting} value (folded into
 * the weights at the end), then a softmax temperature fitted on held-out data. Deterministic for a given seed.
 */
public final class ClassifierTrainer {

    /** Told after every epoch; {@code validation} is null when no validation data was given. */
    @FunctionalInterface
    public interface Progress {
        void epochDone(int epoch, int epochs, double trainLoss, Evaluation validation);

        /**
         * The same, with the model as it stands after the epoch when validation data was given (else null). The
         * model's weights are reused by the next epoch: use it during the call only (e.g. to calibrate it).
         */
        default void epochDone(int epoch, int epochs, double trainLoss, Evaluation validation, LinearClassifier model) {
            epochDone(epoch, epochs, trainLoss, validation);
        }

        Progress SILENT = (epoch, epochs, loss, validation) -> { };
    }

    private ClassifierTrainer() {
    }

    /** Trains on {@code train}; reports validation accuracy per epoch when {@code validation} is not null. */
    public static LinearClassifier train(EncodedDataset train, EncodedDataset validation, InputFormat format,
                                         TrainingOptions options, Progress progress) {
        int k = train.labels().size();
        int buckets = options.hashing().buckets();
        float[] values = options.weighting().values(train, buckets);
        // Per bucket, side by side so that one cache line serves a feature's whole step: its k weights (in
        // training units, before the weighting is folded in), their k AdaGrad sums of squared steps and, when
        // weighted, the feature's value; padded to a power of two so that a bucket never straddles two lines.
        int stride = Integer.highestOneBit(2 * k + (values == null ? 0 : 1) - 1) << 1;
        int valueAt = 2 * k;
        float[] state = new float[Math.multiplyExact(buckets, stride)];
        if (values != null) {
            for (int bucket = 0; bucket < buckets; bucket++) {
                state[bucket * stride + valueAt] = values[bucket];
            }
        }
        float[] bias = new float[k];
        float[] biasSquares = new float[k];
        float[] weights = new float[buckets * k]; // what the model sees: folded in after an epoch
        LinearClassifier model = new LinearClassifier(train.labels(), options.hashing(), format, weights, bias, 1f);
        int[] order = identity(train.size());
        SplittableRandom random = new SplittableRandom(options.seed());
        double[] p = new double[k];
        float[] gradients = new float[k];
        float lr = (float) options.learningRate();
        float l2 = (float) options.l2();
        boolean weighted = values != null;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            shuffle(order, random);
            double loss = 0;
            for (int doc : order) {
                int[] features = train.features()[doc];
                int y = train.labelIds()[doc];
                scores(state, stride, weighted, bias, features, p);
                LinearClassifier.softmax(p, 1.0);
                loss -= Math.log(Math.max(p[y], 1e-12));
                float scale = (float) LinearClassifier.featureScale(features.length);
                for (int label = 0; label < k; label++) {
                    float gradient = (float) (p[label] - (label == y ? 1 : 0));
                    biasSquares[label] += gradient * gradient;
                    bias[label] -= lr * gradient / (float) Math.sqrt(biasSquares[label] + 1e-8f);
                    gradients[label] = gradient * scale;
                }
                // Labels never share a weight, so updating all labels of one feature before the next feature
                // gives the same result as a pass over the features per label.
                for (int feature : features) {
                    int base = feature * stride;
                    float value = weighted ? state[base + valueAt] : 1f;
                    for (int label = 0; label < k; label++) {
                        int at = base + label;
                        float step = gradients[label] * value + l2 * state[at];
                        float squares = state[at + k] + step * step;
                        state[at + k] = squares;
                        state[at] -= lr * step / (float) Math.sqrt(squares + 1e-8f);
                    }
                }
            }
            boolean last = epoch == options.epochs();
            if (validation != null || last) {
                fold(state, stride, weighted, k, weights);
            }
            progress.epochDone(epoch, options.epochs(), loss / train.size(),
                    validation == null ? null : Evaluation.of(model, validation), validation == null ? null : model);
        }
        return model;
    }

    /** Raw scores from the training state, as {@link LinearClassifier#scores} computes them from folded weights. */
    private static void scores(float[] state, int stride, boolean weighted, float[] bias, int[] features, double[] out) {
        int k = out.length;
        for (int label = 0; label < k; label++) {
            out[label] = 0;
        }
        if (k == 2) {
            double s0 = 0, s1 = 0;
            if (weighted) {
                for (int feature : features) {
                    int base = feature * stride;
                    float value = state[base + 4];
                    s0 += state[base] * value;
                    s1 += state[base + 1] * value;
                }
            } else {
                for (int feature : features) {
                    int base = feature * stride;
                    s0 += state[base];
                    s1 += state[base + 1];
                }
            }
            out[0] = s0;
            out[1] = s1;
        } else {
            for (int feature : features) {
                int base = feature * stride;
                float value = weighted ? state[base + 2 * k] : 1f;
                for (int label = 0; label < k; label++) {
                    out[label] += state[base + label] * value;
                }
            }
        }
        double scale = LinearClassifier.featureScale(features.length);
        for (int label = 0; label < k; label++) {
            out[label] = out[label] * scale + bias[label];
        }
    }

    /** The model's weights: each bucket's trained weights times its feature value. */
    private static void fold(float[] state, int stride, boolean weighted, int k, float[] weights) {
        int buckets = weights.length / k;
        for (int bucket = 0; bucket < buckets; bucket++) {
            int base = bucket * stride;
            float value = weighted ? state[base + 2 * k] : 1f;
            for (int label = 0; label < k; label++) {
                weights[bucket * k + label] = state[base + label] * value;
            }
        }
    }

    /** The same model with the softmax temperature that minimises log-loss on {@code heldOut}. */
    public static LinearClassifier calibrate(LinearClassifier model, EncodedDataset heldOut) {
        if (heldOut.size() == 0) {
            return model; // no evidence: every temperature scores alike and the search would drift to its edge
        }
        double[][] raw = rawScores(model, heldOut); // scored once; each temperature only rescales them
        double lo = Math.log(0.05), hi = Math.log(20);
        double phi = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 60; i++) { // golden-section search on log T
            double a = hi - phi * (hi - lo), b = lo + phi * (hi - lo);
            if (logLoss(raw, heldOut.labelIds(), Math.exp(a)) < logLoss(raw, heldOut.labelIds(), Math.exp(b))) {
                hi = b;
            } else {
                lo = a;
            }
        }
        float temperature = (float) Math.exp((lo + hi) / 2);
        return model.withTemperature(temperature);
    }

    private static double[][] rawScores(LinearClassifier model, EncodedDataset data) {
        double[][] raw = new double[data.size()][data.labels().size()];
        for (int i = 0; i < data.size(); i++) {
            model.scores(data.features()[i], data.features()[i].length, raw[i]);
        }
        return raw;
    }

    private static double logLoss(double[][] raw, int[] labelIds, double temperature) {
        double[] p = new double[raw.length == 0 ? 0 : raw[0].length];
        double loss = 0;
        for (int i = 0; i < raw.length; i++) {
            System.arraycopy(raw[i], 0, p, 0, p.length);
            LinearClassifier.softmax(p, 1.0 / temperature);
            loss -= Math.log(Math.max(p[labelIds[i]], 1e-12));
        }
        return loss / Math.max(1, raw.length);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
