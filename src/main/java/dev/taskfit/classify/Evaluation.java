package dev.taskfit.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Held-out metrics of a classifier: accuracy, macro-F1, per-label precision/recall/F1, the confusion matrix
 * (rows: true label, columns: predicted) and log-loss of the calibrated probabilities.
 */
public record Evaluation(List<String> labels, int examples, double accuracy, double macroF1, double logLoss,
                         List<LabelMetrics> perLabel, int[][] confusion) {

    /** Precision, recall and F1 of one label. */
    public record LabelMetrics(String label, double precision, double recall, double f1, int support) {
    }

    /** Evaluates {@code model} on {@code data}. */
    public static Evaluation of(LinearClassifier model, EncodedDataset data) {
        int k = data.labels().size();
        int[][] confusion = new int[k][k];
        double[] p = new double[k];
        double loss = 0;
        double inverseTemperature = 1.0 / model.temperature();
        for (int i = 0; i < data.size(); i++) {
            model.scores(data.features()[i], data.features()[i].length, p);
            int predicted = LinearClassifier.softmax(p, inverseTemperature);
            int actual = data.labelIds()[i];
            loss -= Math.log(Math.max(p[actual], 1e-12));
            confusion[actual][predicted]++;
        }
        return fromConfusion(data.labels(), confusion, loss / Math.max(1, data.size()));
    }

    /** Metrics implied by a confusion matrix. */
    public static Evaluation fromConfusion(List<String> labels, int[][] confusion, double logLoss) {
        int k = labels.size();
        int total = 0, correct = 0;
        List<LabelMetrics> perLabel = new ArrayList<>();
        double f1Sum = 0;
        for (int label = 0; label < k; label++) {
            int tp = confusion[label][label], predicted = 0, actual = 0;
            for (int other = 0; other < k; other++) {
                predicted += confusion[other][label];
                actual += confusion[label][other];
            }
            total += actual;
            correct += tp;
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = actual == 0 ? 0 : (double) tp / actual;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1Sum += f1;
            perLabel.add(new LabelMetrics(labels.get(label), precision, recall, f1, actual));
        }
        return new Evaluation(List.copyOf(labels), total, total == 0 ? 0 : (double) correct / total,
                f1Sum / k, logLoss, List.copyOf(perLabel), confusion);
    }
}
