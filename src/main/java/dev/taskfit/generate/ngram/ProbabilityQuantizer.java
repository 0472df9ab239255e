package dev.taskfit.generate.ngram;

/**
 * 16-bit codes for probabilities on a uniform grid of log-odds, ln(p / (1 - p)), one grid per n-gram order: relative
 * precision in p for rare words and in 1 - p for near-certain ones ("." then the sentence end), where a grid of ln p
 * would round 0.99997 and 0.9999 to the same code.
 *
 * <p>Codes round down, so a stored probability never exceeds the estimate: the mass lost to rounding stays with the
 * context and is handed to the lower order by the renormalised backoff weight, which keeps every distribution summing
 * to one. Code 0 means probability 0; codes increase with probability.
 */
record ProbabilityQuantizer(double minLogit, double step) {

    static final int BITS = 16;
    static final int MAX_CODE = (1 << BITS) - 1;

    ProbabilityQuantizer {
        if (!Double.isFinite(minLogit) || !(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("bad quantizer grid: minLogit=" + minLogit + " step=" + step);
        }
    }

    /** A grid spanning the smallest to the largest positive probability of {@code probabilities}. */
    static ProbabilityQuantizer spanning(double[] probabilities, int size) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            double p = probabilities[i];
            if (p > 0 && p < 1) {
                lo = Math.min(lo, logit(p));
                hi = Math.max(hi, logit(p));
            }
        }
        if (lo > hi) {
            return new ProbabilityQuantizer(0, 1e-6);
        }
        return new ProbabilityQuantizer(lo, Math.max((hi - lo) / (MAX_CODE - 1), 1e-9));
    }

    int encode(double probability) {
        if (!(probability > 0)) {
            return 0;
        }
        if (probability >= 1) {
            return MAX_CODE;
        }
        double steps = Math.floor((logit(probability) - minLogit) / step);
        return 1 + (int) Math.max(0, Math.min(MAX_CODE - 1, steps));
    }

    double decode(int code) {
        return code == 0 ? 0 : 1 / (1 + Math.exp(-(minLogit + (code - 1) * step)));
    }

    /** Every code's probability, so that queries cost one array read; floats, to halve what the cache must hold. */
    float[] decodeTable() {
        float[] table = new float[MAX_CODE + 1];
        for (int code = 0; code <= MAX_CODE; code++) {
            table[code] = (float) decode(code);
        }
        return table;
    }

    private static double logit(double p) {
        return Math.log(p) - Math.log1p(-p);
    }
}
