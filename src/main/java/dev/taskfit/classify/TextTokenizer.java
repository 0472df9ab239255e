package dev.taskfit.classify;

/**
 * Splits text into lower-cased word tokens and hands each one on as a 64-bit hash, so that feature
 * extraction never materialises a String per token.
 *
 * <p>A token is a run of Unicode letters or digits; an apostrophe between two letters stays inside the
 * word ("don't", "l'été"); '!', '?', '$', '%' and '€' are tokens of their own because they carry signal
 * for both sentiment and spam. Everything else separates tokens.
 */
public final class TextTokenizer {

    /** Receives the hash of each token, in order. */
    @FunctionalInterface
    public interface TokenSink {
        void accept(long tokenHash);
    }

    /** Receives the hash of each token with where it stands in the text: {@code [start, end)} in chars. */
    @FunctionalInterface
    public interface SpanSink {
        void accept(long tokenHash, int start, int end);
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private TextTokenizer() {
    }

    /** Calls {@code sink} once per token of {@code text}; returns the number of tokens. */
    public static int tokenize(CharSequence text, TokenSink sink) {
        return tokenize(text, (SpanSink) (hash, start, end) -> sink.accept(hash));
    }

    /** Calls {@code sink} once per token of {@code text}, with its span; returns the number of tokens. */
    public static int tokenize(CharSequence text, SpanSink sink) {
        int count = 0;
        long hash = FNV_OFFSET;
        boolean inWord = false;
        int wordStart = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = Character.codePointAt(text, i);
            int width = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    wordStart = i;
                }
                hash = mix(inWord ? hash : FNV_OFFSET, Character.toLowerCase(cp));
                inWord = true;
            } else if (inWord && isApostrophe(cp) && i + width < length
                    && Character.isLetter(Character.codePointAt(text, i + width))) {
                hash = mix(hash, '\'');
            } else {
                if (inWord) {
                    sink.accept(hash, wordStart, i);
                    count++;
                    inWord = false;
                }
                if (isSymbolToken(cp)) {
                    sink.accept(mix(FNV_OFFSET, cp), i, i + width);
                    count++;
                }
            }
            i += width;
        }
        if (inWord) {
            sink.accept(hash, wordStart, length);
            count++;
        }
        return count;
    }

    /** Whether {@code cp} is read as part of a word (the rest separates words or is a symbol token). */
    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    /** The hash {@link #tokenize} reports for a single token such as "great" (for tests and tools). */
    public static long hashOf(String token) {
        long[] result = {0};
        int n = tokenize(token, h -> result[0] = h);
        if (n != 1) {
            throw new IllegalArgumentException("not a single token: " + token);
        }
        return result[0];
    }

    private static long mix(long hash, int codePoint) {
        return (hash ^ codePoint) * FNV_PRIME;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    private static boolean isSymbolToken(int cp) {
        return cp == '!' || cp == '?' || cp == '$' || cp == '%' || cp == '\u20ac' || cp == '\u00a3';
    }
}
