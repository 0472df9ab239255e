package dev.taskfit.classify;

/**
 * How text becomes feature indices: hashed word n-grams (orders 1..{@code wordNgrams}) and, optionally,
 * character n-grams of each word (lengths 3..{@code charNgrams} of the word wrapped in '&lt;' and '&gt;', as
 * fastText's subwords), folded into {@code buckets} slots. Character n-grams let a misspelt word ("clasify")
 * share most of its features with the right one. Each input field (e.g. an email's subject vs. its body)
 * hashes with its own seed, so the same word in two fields is two features.
 *
 * @param buckets    number of hash buckets, a power of two
 * @param wordNgrams highest word n-gram order, 1..3
 * @param charNgrams longest character n-gram, 3..6, or 0 for none
 */
public record FeatureHashing(int buckets, int wordNgrams, int charNgrams) {

    /** Shortest character n-gram. */
    public static final int MIN_CHAR_NGRAM = 3;

    private static final long CHAR_SALT = 0x6a09e667f3bcc909L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    public FeatureHashing {
        if (buckets < 2 || Integer.bitCount(buckets) != 1) {
            throw new IllegalArgumentException("buckets must be a power of two: " + buckets);
        }
        if (wordNgrams < 1 || wordNgrams > 3) {
            throw new IllegalArgumentException("wordNgrams must be 1..3: " + wordNgrams);
        }
        if (charNgrams != 0 && (charNgrams < MIN_CHAR_NGRAM || charNgrams > 6)) {
            throw new IllegalArgumentException("charNgrams must be 0 (none) or 3..6: " + charNgrams);
        }
    }

    /** Word n-grams only. */
    public FeatureHashing(int buckets, int wordNgrams) {
        this(buckets, wordNgrams, 0);
    }

    /** Receives each feature index with the span of text it was read from: {@code [start, end)} in chars. */
    @FunctionalInterface
    public interface FeatureSink {
        void accept(int index, int start, int end);
    }

    /** Appends the feature indices of {@code text}, hashed with {@code fieldSeed}, to {@code out}. */
    public void extract(CharSequence text, int fieldSeed, FeatureBuffer out) {
        new Extraction(text, out, null, fieldSeed).run();
    }

    /**
     * Reports the same features as {@link #extract}, in the same order, each with its span: a word n-gram spans
     * its words, a character n-gram the word it was cut from.
     */
    public void explain(CharSequence text, int fieldSeed, FeatureSink sink) {
        new Extraction(text, null, sink, fieldSeed).run();
    }

    /** A tokenizer callback that keeps the last two tokens to form bigrams and trigrams. */
    private final class Extraction implements TextTokenizer.SpanSink {
        private final CharSequence text;
        private final FeatureBuffer out;
        private final FeatureSink spans;
        private final long seed;
        private final int mask = buckets - 1;
        private long previous;
        private long beforePrevious;
        private int previousStart;
        private int beforePreviousStart;
        private int seen;
        private int[] word; // code points of the current word between '<' and '>', for character n-grams

        Extraction(CharSequence text, FeatureBuffer out, FeatureSink spans, int fieldSeed) {
            this.text = text;
            this.out = out;
            this.spans = spans;
            this.seed = fmix64(0x9e3779b97f4a7c15L * (fieldSeed + 1));
        }

        void run() {
            TextTokenizer.tokenize(text, this);
        }

        @Override
        public void accept(long token, int start, int end) {
            add(index(token ^ seed), start, end);
            if (wordNgrams >= 2 && seen >= 1) {
                add(index(previous * 0x2127599bf4325c37L + token + seed), previousStart, end);
            }
            if (wordNgrams >= 3 && seen >= 2) {
                add(index((beforePrevious * 0x2127599bf4325c37L + previous) * 0x880355f21e6d1965L + token + seed),
                        beforePreviousStart, end);
            }
            if (charNgrams > 0) {
                addCharNgrams(start, end);
            }
            beforePrevious = previous;
            beforePreviousStart = previousStart;
            previous = token;
            previousStart = start;
            seen++;
        }

        private void addCharNgrams(int start, int end) {
            if (!Character.isLetterOrDigit(Character.codePointAt(text, start))) {
                return; // a symbol token such as '!' has no inner structure
            }
            int length = wrap(start, end);
            for (int n = MIN_CHAR_NGRAM; n <= charNgrams && n < length; n++) { // the whole word is its unigram
                for (int from = 0; from + n <= length; from++) {
                    long hash = FNV_OFFSET;
                    for (int i = from; i < from + n; i++) {
                        hash = (hash ^ word[i]) * FNV_PRIME;
                    }
                    add(index(hash ^ CHAR_SALT ^ seed), start, end);
                }
            }
        }

        /** Fills {@link #word} with '<', the lower-cased word, '>' and returns its length in code points. */
        private int wrap(int start, int end) {
            int capacity = end - start + 2;
            if (word == null || word.length < capacity) {
                word = new int[Math.max(32, capacity)];
            }
            int length = 0;
            word[length++] = '<';
            for (int i = start; i < end; ) {
                int cp = Character.codePointAt(text, i);
                word[length++] = TextTokenizer.isApostrophe(cp) ? '\'' : Character.toLowerCase(cp);
                i += Character.charCount(cp);
            }
            word[length++] = '>';
            return length;
        }

        private void add(int index, int start, int end) {
            if (spans == null) {
                out.add(index);
            } else {
                spans.accept(index, start, end);
            }
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
