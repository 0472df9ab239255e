package dev.taskfit.generate.ngram;

/** The three modified Kneser-Ney discounts of one order: for n-grams seen once, twice, and three or more times. */
public record Discounts(double d1, double d2, double d3Plus) {

    /** What Chen and Goodman's estimate falls back to when the counts of counts are too thin to estimate from. */
    static final Discounts FALLBACK = new Discounts(0.5, 1.0, 1.5);

    public Discounts {
        if (!(d1 > 0 && d1 < 1 && d2 > 0 && d2 < 2 && d3Plus > 0 && d3Plus < 3)) {
            throw new IllegalArgumentException("discounts out of range: " + d1 + ", " + d2 + ", " + d3Plus);
        }
    }

    /**
     * Chen and Goodman's estimate from the numbers of n-grams seen exactly 1, 2, 3 and 4 times:
     * Y = n1 / (n1 + 2 n2), D1 = 1 - 2Y n2/n1, D2 = 2 - 3Y n3/n2, D3+ = 3 - 4Y n4/n3.
     */
    static Discounts estimate(long n1, long n2, long n3, long n4) {
        if (n1 == 0 || n2 == 0 || n3 == 0 || n4 == 0) {
            return FALLBACK;
        }
        double y = (double) n1 / (n1 + 2.0 * n2);
        double d1 = 1 - 2 * y * n2 / n1;
        double d2 = 2 - 3 * y * n3 / n2;
        double d3 = 3 - 4 * y * n4 / n3;
        if (!(d1 > 0 && d1 < 1 && d2 > 0 && d2 < 2 && d3 > 0 && d3 < 3)) {
            return FALLBACK;
        }
        return new Discounts(d1, d2, d3);
    }

    /** The discount for an n-gram with this (Kneser-Ney) count. */
    double forCount(int count) {
        return count == 0 ? 0 : count == 1 ? d1 : count == 2 ? d2 : d3Plus;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.4f/%.4f/%.4f", d1, d2, d3Plus);
    }
}
