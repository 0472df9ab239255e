package dev.taskfit.generate.ngram;

/**
 * 16-bit codes for probabilities on a uniform grid of natural logs, one grid per n-gram order.
 *
 * <p>Codes round down, so a stored probability never exceeds the estimate: the mass lost to rounding stays with the
 * context and is handed to the lower order by the renormalised backoff weight, which keeps every distribution summing
 * to one. Code 0 means probability 0.
 */
record ProbabilityQuantizer(double minLog, double step) {

    static final int BITS = 16;
    static final int MAX_CODE = (1 << BITS) - 1;

    ProbabilityQuantizer {
        if (!(minLog <= 0) || !(step > 0)) {
            throw new IllegalArgumentException("bad quantizer grid: minLog=" + minLog + " step=" + step);
        }
    }

    /** A grid spanning the smallest positive probability of {@code probabilities} up to 1. */
    static ProbabilityQuantizer spanning(double[] probabilities, int size) {
        double min = 1;
        for (int i = 0; i < size; i++) {
            if (probabilities[i] > 0) {
                min = Math.min(min, probabilities[i]);
            }
        }
        double minLog = Math.min(Math.log(min), -1e-3);
        return new ProbabilityQuantizer(minLog, -minLog / (MAX_CODE - 1));
    }

    int encode(double probability) {
        if (!(probability > 0)) {
            return 0;
        }
        double steps = Math.floor((Math.log(probability) - minLog) / step);
        return 1 + (int) Math.max(0, Math.min(MAX_CODE - 1, steps));
    }

    double decode(int code) {
        return code == 0 ? 0 : Math.exp(minLog + (code - 1) * step);
    }

    /** Every code's probability, so that queries cost one array read; floats, to halve what the cache must hold. */
    float[] decodeTable() {
        float[] table = new float[MAX_CODE + 1];
        for (int code = 0; code <= MAX_CODE; code++) {
            table[code] = (float) decode(code);
        }
        return table;
    }
}
