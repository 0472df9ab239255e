package dev.taskfit.classify;

import java.util.Random;

/**
 * Generated inputs for property tests: short word texts, and strings drawn from the awkward corners of Unicode
 * (controls, combining marks, right-to-left scripts, CJK, emoji as surrogate pairs, lone surrogates,
 * unassigned code points). Always driven by a seeded {@link Random}, so a failure repeats.
 */
public final class RandomText {

    private static final String[] WORDS = {
            "great", "awful", "film", "movie", "don't", "it's", "not", "good", "bad", "the", "a", "free", "money",
            "click", "here", "now", "café", "l'été", "naïve", "東京", "שלום", "مرحبا", "😀", "👍🏽", "route66", "$", "!",
            "?", "%", "€", "£", "...", "-", "(ok)", "\"quoted\"", "WOW", "Über"};
    private static final String[] SEPARATORS = {" ", " ", " ", ", ", ". ", "\n", "\t", " - ", "\u00a0", "\r\n"};
    private static final int[] SPECIALS = {
            '\'', '\u2019', '!', '?', '$', '%', '\u20ac', '\u00a3', '\u200d', '\ufeff', '\u202e', '\u00a0', '\u0000',
            '\u2028', '\ufffd'};

    private RandomText() {
    }

    /** Up to {@code maxWords} words from a small mixed vocabulary, with assorted separators. */
    public static String words(Random random, int maxWords) {
        int n = random.nextInt(maxWords + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    /** Up to {@code maxCodePoints} code points from every kind of Unicode trouble. */
    public static String unicode(Random random, int maxCodePoints) {
        int n = random.nextInt(maxCodePoints + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(10)) {
                case 0 -> out.appendCodePoint(0x20 + random.nextInt(0x5f));             // printable ASCII
                case 1 -> out.appendCodePoint(random.nextBoolean()
                        ? random.nextInt(0x20) : 0x7f + random.nextInt(0x21));        // C0 and C1 controls
                case 2 -> out.appendCodePoint(0xa0 + random.nextInt(0x1b0));            // Latin-1, Latin Extended
                case 3 -> out.appendCodePoint(0x300 + random.nextInt(0x70));            // combining marks
                case 4 -> out.appendCodePoint(0x590 + random.nextInt(0x170));           // Hebrew, Arabic (RTL)
                case 5 -> out.appendCodePoint(0x4e00 + random.nextInt(0x5200));         // CJK
                case 6 -> out.appendCodePoint(0x1f300 + random.nextInt(0x800));         // emoji: surrogate pairs
                case 7 -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1)); // anything, unassigned too
                case 8 -> out.append((char) (Character.MIN_SURROGATE + random.nextInt(0x800))); // a lone surrogate
                default -> out.appendCodePoint(SPECIALS[random.nextInt(SPECIALS.length)]);
            }
        }
        return out.toString();
    }

    /** Either kind of text, so that properties see words as well as noise. */
    public static String any(Random random) {
        return random.nextBoolean() ? words(random, 30) : unicode(random, 60);
    }

    /** {@code text} with everything outside printable ASCII escaped, for failure messages. */
    public static String describe(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
