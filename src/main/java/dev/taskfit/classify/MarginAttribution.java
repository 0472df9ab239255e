package dev.taskfit.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The logit margin of one label over another for one text, split exactly over the stretches of text that
 * produced the model's features: {@code sum(contribution(i)) + bias() == margin()} (up to float rounding).
 *
 * <p>A feature's contribution is its folded weight (any feature weighting is already multiplied in) for the
 * label minus that for the other, times the 1/sqrt(n) scale of scoring, divided by the softmax temperature,
 * so it is in log-odds of the calibrated probabilities. A word's unigram and its character n-grams add up in
 * the word's span; a word pair or triple has its own span. Hash buckets are shared: the weight a bucket holds
 * was learnt from every n-gram that hashed there, and is charged here to the text in this input that hit it,
 * which is what the model computed.
 */
public final class MarginAttribution {

    private final String readable;
    private final boolean offsetsInInput;
    private int[] starts;
    private int[] ends;
    private double[] values;
    private int size;
    private int features;
    private int wordEntry = -1;
    private double bias;
    private double margin;

    /** {@code features}: how many will be added; most share a span (a word's character n-grams), so fewer are kept. */
    MarginAttribution(String readable, boolean offsetsInInput, int features) {
        this.readable = readable;
        this.offsetsInInput = offsetsInInput;
        int capacity = Math.max(16, Math.min(features, readable.length() / 2 + 16));
        starts = new int[capacity];
        ends = new int[capacity];
        values = new double[capacity];
    }

    /**
     * Adds one feature occurrence's raw weight difference. Features arrive token by token, the token's unigram
     * first, so a span ending where no earlier one did is a new word, and a later feature with that word's exact
     * span (a character n-gram) adds to it.
     */
    void add(int start, int end, double rawDifference) {
        features++;
        if (wordEntry >= 0 && starts[wordEntry] == start && ends[wordEntry] == end) {
            values[wordEntry] += rawDifference;
            return;
        }
        boolean newWord = wordEntry < 0 || end != ends[wordEntry];
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        values[size] = rawDifference;
        if (newWord) {
            wordEntry = size;
        }
        size++;
    }

    /** Scales the raw sums into log-odds once every feature is in, and records the bias term and the margin. */
    void finish(double scale, double biasTerm, double totalMargin) {
        for (int i = 0; i < size; i++) {
            values[i] *= scale;
        }
        bias = biasTerm;
        margin = totalMargin;
    }

    /** Feature occurrences read from the text. */
    public int features() {
        return features;
    }

    /** Number of distinct spans. */
    public int size() {
        return size;
    }

    /** Start of span {@code i} in the text the model read (the input itself unless a raw email was parsed). */
    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public double contribution(int i) {
        return values[i];
    }

    /** The labels' bias difference over the temperature: the part of the margin no text produced. */
    public double bias() {
        return bias;
    }

    /** The logit margin itself, as the classifier scores it: (score(label) - score(other)) / temperature. */
    public double margin() {
        return margin;
    }

    /** The text the model read; spans index into it. */
    public String readText() {
        return readable;
    }

    /**
     * The {@code limit} spans with the largest contributions in absolute value, largest first (ties: earlier in
     * the text); {@code label} names the side each one pushes to.
     */
    public List<FeatureContribution> strongest(int limit, String label, String against) {
        int n = Math.min(limit, size);
        int[] top = new int[n];
        int filled = 0;
        for (int i = 0; i < size; i++) { // insertion into a short sorted list: limit is small, spans are many
            double magnitude = Math.abs(values[i]);
            if (filled == n && (n == 0 || magnitude <= Math.abs(values[top[n - 1]]))) {
                continue;
            }
            int at = filled == n ? n - 1 : filled++;
            while (at > 0 && Math.abs(values[top[at - 1]]) < magnitude) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        List<FeatureContribution> result = new ArrayList<>(n);
        for (int i = 0; i < filled; i++) {
            int span = top[i];
            double value = values[span];
            result.add(new FeatureContribution(readable.substring(starts[span], ends[span]),
                    offsetsInInput ? starts[span] : null, offsetsInInput ? ends[span] : null,
                    value >= 0 ? label : against, value));
        }
        return result;
    }
}
