package dev.taskfit.classify;

/**
 * How text becomes feature indices: hashed word n-grams (orders 1..{@code wordNgrams}) folded into
 * {@code buckets} slots, as fastText does. Each input field (e.g. an email's subject vs. its body) hashes
 * with its own seed, so the same word in two fields is two features.
 *
 * @param buckets    number of hash buckets, a power of two
 * @param wordNgrams highest word n-gram order, 1..3
 */
public record FeatureHashing(int buckets, int wordNgrams) {

    public FeatureHashing {
        if (buckets < 2 || Integer.bitCount(buckets) != 1) {
            throw new IllegalArgumentException("buckets must be a power of two: " + buckets);
        }
        if (wordNgrams < 1 || wordNgrams > 3) {
            throw new IllegalArgumentException("wordNgrams must be 1..3: " + wordNgrams);
        }
    }

    /** Appends the feature indices of {@code text}, hashed with {@code fieldSeed}, to {@code out}. */
    public void extract(String text, int fieldSeed, FeatureBuffer out) {
        new Extraction(out, fieldSeed).run(text);
    }

    /** A tokenizer callback that keeps the last two token hashes to form bigrams and trigrams. */
    private final class Extraction implements TextTokenizer.TokenSink {
        private final FeatureBuffer out;
        private final long seed;
        private final int mask = buckets - 1;
        private long previous;
        private long beforePrevious;
        private int seen;

        Extraction(FeatureBuffer out, int fieldSeed) {
            this.out = out;
            this.seed = fmix64(0x9e3779b97f4a7c15L * (fieldSeed + 1));
        }

        void run(String text) {
            TextTokenizer.tokenize(text, this);
        }

        @Override
        public void accept(long token) {
            out.add(index(token ^ seed));
            if (wordNgrams >= 2 && seen >= 1) {
                out.add(index(previous * 0x2127599bf4325c37L + token + seed));
            }
            if (wordNgrams >= 3 && seen >= 2) {
                out.add(index((beforePrevious * 0x2127599bf4325c37L + previous) * 0x880355f21e6d1965L + token + seed));
            }
            beforePrevious = previous;
            previous = token;
            seen++;
        }

        private int index(long key) {
            return (int) (fmix64(key) & mask);
        }
    }

    /** MurmurHash3's 64-bit finaliser: spreads every input bit over the output. */
    static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
