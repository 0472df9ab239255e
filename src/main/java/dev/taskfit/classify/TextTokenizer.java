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

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** {@link #ASCII} entries: separators, the apostrophe, symbol tokens; a letter or digit is its lower case. */
    private static final byte SEPARATOR = 0, APOSTROPHE = 1, SYMBOL = 2;
    private static final int NOT_ASCII = -1;
    private static final byte[] ASCII = new byte[0x80];

    static {
        for (int c = 0; c < 0x80; c++) {
            ASCII[c] = Character.isLetterOrDigit(c) ? (byte) Character.toLowerCase(c)
                    : isApostrophe(c) ? APOSTROPHE : isSymbolToken(c) ? SYMBOL : SEPARATOR;
        }
    }

    private TextTokenizer() {
    }

    /** Calls {@code sink} once per token of {@code text}; returns the number of tokens. */
    public static int tokenize(String text, TokenSink sink) {
        int count = 0;
        long hash = FNV_OFFSET;
        boolean inWord = false;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            int kind = c < 0x80 ? ASCII[c] : NOT_ASCII; // ASCII: a table lookup instead of the Unicode tables
            if (kind > SYMBOL) { // an ASCII letter or digit (the table holds its lower case), then the rest of the run
                long word = mix(inWord ? hash : FNV_OFFSET, kind);
                i++;
                while (i < length) {
                    char next = text.charAt(i);
                    if (next >= 0x80) {
                        break;
                    }
                    int nextKind = ASCII[next];
                    if (nextKind <= SYMBOL) {
                        break;
                    }
                    word = mix(word, nextKind);
                    i++;
                }
                hash = word;
                inWord = true;
                continue;
            }
            if (kind == SEPARATOR) {
                if (inWord) {
                    sink.accept(hash);
                    count++;
                    inWord = false;
                }
                i++;
                continue;
            }
            if (kind == SYMBOL) {
                if (inWord) {
                    sink.accept(hash);
                    count++;
                    inWord = false;
                }
                sink.accept(mix(FNV_OFFSET, c));
                count++;
                i++;
                continue;
            }
            if (kind == APOSTROPHE) {
                if (inWord && i + 1 < length && Character.isLetter(Character.codePointAt(text, i + 1))) {
                    hash = mix(hash, '\'');
                } else if (inWord) {
                    sink.accept(hash);
                    count++;
                    inWord = false;
                }
                i++;
                continue;
            }
            // Beyond ASCII: the Unicode tables.
            int cp = Character.codePointAt(text, i);
            int width = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                hash = mix(inWord ? hash : FNV_OFFSET, Character.toLowerCase(cp));
                inWord = true;
            } else if (inWord && isApostrophe(cp) && i + width < length
                    && Character.isLetter(Character.codePointAt(text, i + width))) {
                hash = mix(hash, '\'');
            } else {
                if (inWord) {
                    sink.accept(hash);
                    count++;
                    inWord = false;
                }
                if (isSymbolToken(cp)) {
                    sink.accept(mix(FNV_OFFSET, cp));
                    count++;
                }
            }
            i += width;
        }
        if (inWord) {
            sink.accept(hash);
            count++;
        }
        return count;
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

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    private static boolean isSymbolToken(int cp) {
        return cp == '!' || cp == '?' || cp == '$' || cp == '%' || cp == '\u20ac' || cp == '\u00a3';
    }
}
