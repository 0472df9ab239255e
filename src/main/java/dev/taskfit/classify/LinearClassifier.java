package dev.taskfit.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable linear text classifier: hashed n-gram features, one weight per (bucket, label), softmax over
 * the scores with a temperature fitted on validation data so that the probabilities are calibrated.
 * Thread-safe; a prediction allocates nothing but its result.
 */
public final class LinearClassifier {

    private final List<String> labels;
    private final FeatureHashing hashing;
    private final InputFormat format;
    private final float[] weights; // [bucket * labels + label]
    private final float[] bias;
    private final float temperature;
    private final ThreadLocal<FeatureBuffer> scratch = ThreadLocal.withInitial(() -> new FeatureBuffer(4096));
    private final ThreadLocal<FeatureSpans> spanScratch = ThreadLocal.withInitial(FeatureSpans::new);

    public LinearClassifier(List<String> labels, FeatureHashing hashing, InputFormat format,
                            float[] weights, float[] bias, float temperature) {
        if (labels.size() < 2) {
            throw new IllegalArgumentException("a classifier needs at least two labels");
        }
        if (weights.length != hashing.buckets() * labels.size() || bias.length != labels.size()) {
            throw new IllegalArgumentException("weights do not match " + hashing + " x " + labels.size() + " labels");
        }
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive: " + temperature);
        }
        this.labels = List.copyOf(labels);
        this.hashing = hashing;
        this.format = format;
        this.weights = weights;
        this.bias = bias;
        this.temperature = temperature;
    }

    public List<String> labels() {
        return labels;
    }

    public FeatureHashing hashing() {
        return hashing;
    }

    public InputFormat format() {
        return format;
    }

    public float temperature() {
        return temperature;
    }

    /** The same weights with another softmax temperature. */
    public LinearClassifier withTemperature(float newTemperature) {
        return new LinearClassifier(labels, hashing, format, weights, bias, newTemperature);
    }

    float[] weights() {
        return weights;
    }

    float[] bias() {
        return bias;
    }

    /** Classifies {@code text}: the winning label's index and every label's probability. */
    public Prediction predict(String text) {
        double[] probabilities = new double[labels.size()];
        int best = predictInto(text, probabilities);
        return new Prediction(best, probabilities);
    }

    /** Writes every label's probability into {@code probabilities} and returns the winning index. */
    public int predictInto(String text, double[] probabilities) {
        FeatureBuffer features = scratch.get();
        features.clear();
        format.extract(text, hashing, features);
        scores(features.indices(), features.size(), probabilities);
        return softmax(probabilities, 1.0 / temperature);
    }

    /** Raw (uncalibrated) scores of a feature list, as the trainer sees them. */
    void scores(int[] features, int count, double[] out) {
        int k = out.length;
        for (int label = 0; label < k; label++) {
            out[label] = 0;
        }
        if (k == 2) { // the common case, unrolled
            double s0 = 0, s1 = 0;
            for (int i = 0; i < count; i++) {
                int base = features[i] << 1;
                s0 += weights[base];
                s1 += weights[base + 1];
            }
            out[0] = s0;
            out[1] = s1;
        } else {
            for (int i = 0; i < count; i++) {
                int base = features[i] * k;
                for (int label = 0; label < k; label++) {
                    out[label] += weights[base + label];
                }
            }
        }
        double scale = featureScale(count);
        for (int label = 0; label < k; label++) {
            out[label] = out[label] * scale + bias[label];
        }
    }

    /** Each occurrence of a feature counts 1/sqrt(n): long and short texts get scores of one scale. */
    static double featureScale(int count) {
        return count == 0 ? 0 : 1.0 / Math.sqrt(count);
    }

    /** In-place softmax of {@code scores * inverseTemperature}; returns the index of the largest. */
    static int softmax(double[] scores, double inverseTemperature) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        double max = scores[best];
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.exp((scores[i] - max) * inverseTemperature);
            sum += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= sum;
        }
        return best;
    }

    /**
     * Why {@code label} scores above (or below) {@code against} for {@code text}: the logit margin between them,
     * split exactly over the stretches of text that produced each feature.
     */
    public MarginAttribution attribute(String text, int label, int against) {
        String readable = format.readableText(text);
        FeatureSpans spans = spansOf(readable);
        return attribution(readable, readable.equals(text), spans, label, against);
    }

    /**
     * Classifies {@code text} as {@link #predictInto} does (the same probabilities), and explains the winner against
     * the runner-up, reading the text once for both.
     */
    public Explained predictExplained(String text, double[] probabilities) {
        String readable = format.readableText(text);
        FeatureSpans spans = spansOf(readable);
        scores(spans.indices, spans.size, probabilities);
        int best = softmax(probabilities, 1.0 / temperature);
        int runnerUp = runnerUp(probabilities, best);
        return new Explained(best, runnerUp, attribution(readable, readable.equals(text), spans, best, runnerUp));
    }

    /** A prediction's winning and runner-up label indices and the margin between them, attributed to the text. */
    public record Explained(int labelIndex, int runnerUpIndex, MarginAttribution attribution) {
    }

    /** The most probable label other than {@code best} (ties: the first). */
    public static int runnerUp(double[] probabilities, int best) {
        int second = best == 0 ? 1 : 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (i != best && probabilities[i] > probabilities[second]) {
                second = i;
            }
        }
        return second;
    }

    private MarginAttribution attribution(String readable, boolean offsetsInInput, FeatureSpans spans, int label, int against) {
        int k = labels.size();
        MarginAttribution attribution = new MarginAttribution(readable, offsetsInInput, spans.size);
        double forLabel = 0, forOther = 0;
        for (int i = 0; i < spans.size; i++) {
            int base = spans.indices[i] * k;
            double w = weights[base + label], o = weights[base + against];
            forLabel += w;
            forOther += o;
            attribution.add(spans.starts[i], spans.ends[i], w - o);
        }
        double scale = featureScale(spans.size);
        double margin = ((forLabel - forOther) * scale + bias[label] - bias[against]) / temperature;
        attribution.finish(scale / temperature, (bias[label] - bias[against]) / temperature, margin);
        return attribution;
    }

    /** The features of {@code readable} with their spans, in this thread's reused buffer (read it before the next call). */
    private FeatureSpans spansOf(String readable) {
        FeatureSpans spans = spanScratch.get();
        spans.size = 0;
        format.explainReadable(readable, hashing, spans);
        return spans;
    }

    /** Every feature of a text with its span, in extraction order (what {@link #scores} and attribution read). */
    private static final class FeatureSpans implements FeatureHashing.FeatureSink {
        int[] indices = new int[256];
        int[] starts = new int[256];
        int[] ends = new int[256];
        int size;


        @Override
        public void accept(int index, int start, int end) {
            if (size == indices.length) {
                indices = java.util.Arrays.copyOf(indices, size * 2);
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            indices[size] = index;
            starts[size] = start;
            ends[size] = end;
            size++;
        }
    }

    /**
     * The stretches of {@code text} that most favour {@code label}: for each word n-gram, its weight for the
     * label minus its mean weight over all labels, scaled as in scoring and by the temperature (so in units of
     * log-odds); a word's character n-grams count towards the word, and repeated stretches add up. The
     * {@code limit} largest positive ones, strongest first.
     */
    public List<Evidence> evidence(String text, int label, int limit) {
        String readable = format.readableText(text);
        int k = labels.size();
        Map<Long, double[]> bySpan = new LinkedHashMap<>();
        int[] count = {0};
        format.explain(text, hashing, (index, start, end) -> {
            double mean = 0;
            for (int other = 0; other < k; other++) {
                mean += weights[index * k + other];
            }
            double[] sum = bySpan.computeIfAbsent((long) start << 32 | end, span -> new double[1]);
            sum[0] += weights[index * k + label] - mean / k;
            count[0]++;
        });
        double scale = featureScale(count[0]) / temperature;
        Map<String, Evidence> byText = new LinkedHashMap<>();
        bySpan.forEach((span, sum) -> {
            int start = (int) (span >>> 32), end = (int) (long) span;
            String words = readable.substring(start, end);
            byText.merge(words.toLowerCase(Locale.ROOT), new Evidence(words, sum[0] * scale),
                    (first, again) -> new Evidence(first.text(), first.weight() + again.weight()));
        });
        List<Evidence> strongest = new ArrayList<>();
        for (Evidence e : byText.values()) {
            if (e.weight() > 0) {
                strongest.add(e);
            }
        }
        strongest.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        return List.copyOf(strongest.subList(0, Math.min(limit, strongest.size())));
    }

    /** A stretch of the input (a word or word n-gram, as written) and its pull towards a label in log-odds. */
    public record Evidence(String text, double weight) {
    }

    /** The outcome of one classification. */
    public record Prediction(int labelIndex, double[] probabilities) {
        public double confidence() {
            return probabilities[labelIndex];
        }
    }
}
