package dev.taskfit.classify;

import java.util.SplittableRandom;

/**
 * Trains a {@link LinearClassifier}: multinomial logistic regression, AdaGrad steps over shuffled examples,
 * L2 on touched weights, then a softmax temperature fitted on held-out data. Deterministic for a given seed.
 */
public final class ClassifierTrainer {

    /** Told after every epoch; {@code validation} is null when no validation data was given. */
    @FunctionalInterface
    public interface Progress {
        void epochDone(int epoch, int epochs, double trainLoss, Evaluation validation);

        Progress SILENT = (epoch, epochs, loss, validation) -> { };
    }

    private ClassifierTrainer() {
    }

    /** Trains on {@code train}; reports validation accuracy per epoch when {@code validation} is not null. */
    public static LinearClassifier train(EncodedDataset train, EncodedDataset validation, InputFormat format,
                                         TrainingOptions options, Progress progress) {
        int k = train.labels().size();
        int buckets = options.hashing().buckets();
        float[] weights = new float[buckets * k];
        float[] squares = new float[buckets * k];
        float[] bias = new float[k];
        float[] biasSquares = new float[k];
        LinearClassifier model = new LinearClassifier(train.labels(), options.hashing(), format, weights, bias, 1f);
        int[] order = identity(train.size());
        SplittableRandom random = new SplittableRandom(options.seed());
        double[] p = new double[k];
        float lr = (float) options.learningRate();
        float l2 = (float) options.l2();
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            shuffle(order, random);
            double loss = 0;
            for (int doc : order) {
                int[] features = train.features()[doc];
                int y = train.labelIds()[doc];
                model.scores(features, features.length, p);
                LinearClassifier.softmax(p, 1.0);
                loss -= Math.log(Math.max(p[y], 1e-12));
                float scale = (float) LinearClassifier.featureScale(features.length);
                for (int label = 0; label < k; label++) {
                    float gradient = (float) (p[label] - (label == y ? 1 : 0));
                    biasSquares[label] += gradient * gradient;
                    bias[label] -= lr * gradient / (float) Math.sqrt(biasSquares[label] + 1e-8f);
                    float g = gradient * scale;
                    for (int feature : features) {
                        int at = feature * k + label;
                        float step = g + l2 * weights[at];
                        squares[at] += step * step;
                        weights[at] -= lr * step / (float) Math.sqrt(squares[at] + 1e-8f);
                    }
                }
            }
            progress.epochDone(epoch, options.epochs(), loss / train.size(),
                    validation == null ? null : Evaluation.of(model, validation));
        }
        return model;
    }

    /** The same model with the softmax temperature that minimises log-loss on {@code heldOut}. */
    public static LinearClassifier calibrate(LinearClassifier model, EncodedDataset heldOut) {
        if (heldOut.size() == 0) {
            return model; // no evidence: every temperature scores alike and the search would drift to its edge
        }
        double lo = Math.log(0.05), hi = Math.log(20);
        double phi = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 60; i++) { // golden-section search on log T
            double a = hi - phi * (hi - lo), b = lo + phi * (hi - lo);
            if (logLoss(model, heldOut, Math.exp(a)) < logLoss(model, heldOut, Math.exp(b))) {
                hi = b;
            } else {
                lo = a;
            }
        }
        float temperature = (float) Math.exp((lo + hi) / 2);
        return model.withTemperature(temperature);
    }

    static double logLoss(LinearClassifier model, EncodedDataset data, double temperature) {
        double[] p = new double[data.labels().size()];
        double loss = 0;
        for (int i = 0; i < data.size(); i++) {
            model.scores(data.features()[i], data.features()[i].length, p);
            LinearClassifier.softmax(p, 1.0 / temperature);
            loss -= Math.log(Math.max(p[data.labelIds()[i]], 1e-12));
        }
        return loss / Math.max(1, data.size());
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
