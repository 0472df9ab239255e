package dev.taskfit.generate.ngram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits English prose into sentences of tokens: words (with inner hyphens and apostrophes, "carpet-bag", "o'clock"),
 * numbers ("3,000,000", "1.5"), abbreviations ("Mr.", "U.S."), clitics split off as in the Penn Treebank ("don't" is
 * "do" "n't", "whale's" is "whale" "'s") and punctuation. Case is kept; double and single quotes become directed
 * tokens (“ ” ‘ ’) so that the model learns to open and close them and the detokenizer knows where spaces go.
 * Any string is accepted.
 */
public final class EnglishTokenizer {

    public static final String OPEN_DOUBLE_QUOTE = "\u201C";
    public static final String CLOSE_DOUBLE_QUOTE = "\u201D";
    public static final String OPEN_SINGLE_QUOTE = "\u2018";
    public static final String CLOSE_SINGLE_QUOTE = "\u2019";
    public static final String DASH = "\u2014";
    public static final String ELLIPSIS = "...";

    /** Words that keep their period, so "Mr. Smith" is not two sentences. Lowercase, without the period. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "st", "jr", "sr", "gen", "col", "capt", "lt", "maj", "sgt", "adm", "gov",
            "sen", "rep", "hon", "rev", "prof", "vs", "viz", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "inc", "co", "corp", "ltd", "dept", "vol", "ch", "ft", "mt");
    private static final Set<String> CLITICS = Set.of("s", "re", "ve", "ll", "d", "m");
    private static final Set<String> SENTENCE_FINAL = Set.of(".", "!", "?", ELLIPSIS);
    private static final Set<String> CLOSERS = Set.of(CLOSE_DOUBLE_QUOTE, CLOSE_SINGLE_QUOTE, ")", "]", "}");
    private static final Set<String> OPENERS = Set.of(OPEN_DOUBLE_QUOTE, OPEN_SINGLE_QUOTE, "(", "[", "{");

    private EnglishTokenizer() {
    }

    /** All tokens of the text, sentence boundaries dropped. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (Sentence sentence : sentences(text)) {
            tokens.addAll(sentence.tokens());
        }
        return tokens;
    }

    /** The text's sentences; a sentence ends at ., !, ? or ... (with any closing quotes or brackets) before a word that
     *  starts a sentence, and at a blank line. */
    public static List<Sentence> sentences(String text) {
        List<RawToken> raw = scan(text);
        List<Sentence> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean afterFinal = false;
        for (RawToken token : raw) {
            boolean boundary = token.paragraphBefore() || (afterFinal && startsSentence(token.text()));
            if (boundary && !current.isEmpty()) {
                sentences.add(new Sentence(current, true));
                current = new ArrayList<>();
            }
            current.add(token.text());
            if (SENTENCE_FINAL.contains(token.text())) {
                afterFinal = true;
            } else if (!(afterFinal && CLOSERS.contains(token.text()))) {
                afterFinal = false;
            }
        }
        if (!current.isEmpty()) {
            sentences.add(new Sentence(current, afterFinal || endsWithParagraphBreak(text)));
        }
        return sentences;
    }

    /** Whether the token is a word or number (has a letter or digit), as opposed to punctuation. */
    public static boolean isWord(String token) {
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean endsWithParagraphBreak(String text) {
        int newlines = 0;
        for (int i = text.length() - 1; i >= 0 && isSpace(text.charAt(i)); i--) {
            newlines += text.charAt(i) == '\n' ? 1 : text.charAt(i) == '\u2029' ? 2 : 0;
        }
        return newlines >= 2;
    }

    private static boolean startsSentence(String token) {
        int cp = token.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp) || OPENERS.contains(token);
    }

    private record RawToken(String text, boolean paragraphBefore) {
    }

    private static List<RawToken> scan(String s) {
        List<RawToken> out = new ArrayList<>();
        int n = s.length();
        int newlines = 0;
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                newlines += cp == '\n' ? 1 : cp == '\u2029' ? 2 : 0;
                i += Character.charCount(cp);
                continue;
            }
            if (Character.getType(cp) == Character.FORMAT) {
                // Zero-width joiners, byte-order marks, soft hyphens: invisible, and no reason to split a word.
                i += Character.charCount(cp);
                continue;
            }
            boolean paragraph = newlines >= 2;
            newlines = 0;
            int end;
            if (isWordChar(cp)) {
                end = scanWord(s, i);
                String word = normaliseWord(s.substring(i, end));
                // Not before another period: "I..." is a word and an ellipsis, not an initial.
                boolean period = end < n && s.charAt(end) == '.' && (end + 1 >= n || s.charAt(end + 1) != '.');
                if (period && keepsPeriod(word)) {
                    word += ".";
                    end++;
                }
                addWord(out, word, paragraph);
            } else if (cp == '"' || cp == '\u201C' || cp == '\u201D' || cp == '\u201E' || cp == '\u00AB'
                    || cp == '\u00BB') {
                boolean open = cp == '\u201C' || cp == '\u201E' || cp == '\u00AB'
                        || (cp == '"' && opensAfter(s, i, out));
                out.add(new RawToken(open ? OPEN_DOUBLE_QUOTE : CLOSE_DOUBLE_QUOTE, paragraph));
                end = i + 1;
            } else if (cp == '\'' || cp == '\u2018' || cp == '\u2019' || cp == '`') {
                boolean open = cp == '\u2018' || cp == '`'
                        || (opensAfter(s, i, out) && i + 1 < n && isWordChar(s.codePointAt(i + 1)));
                out.add(new RawToken(open ? OPEN_SINGLE_QUOTE : CLOSE_SINGLE_QUOTE, paragraph));
                end = i + 1;
            } else if (cp == '-' && i + 1 < n && s.charAt(i + 1) == '-' || cp == '\u2014' || cp == '\u2015') {
                end = i + 1;
                while (end < n && (s.charAt(end) == '-' || s.charAt(end) == '\u2014' || s.charAt(end) == '\u2015')) {
                    end++;
                }
                out.add(new RawToken(DASH, paragraph));
            } else if (cp == '.' || cp == '\u2026') {
                end = i + 1;
                while (end < n && (s.charAt(end) == '.' || s.charAt(end) == '\u2026')) {
                    end++;
                }
                out.add(new RawToken(end - i == 1 && cp == '.' ? "." : ELLIPSIS, paragraph));
            } else {
                end = i + Character.charCount(cp);
                out.add(new RawToken(s.substring(i, end), paragraph));
            }
            i = end;
        }
        return out;
    }

    /** A word runs over letters, digits and marks, and across one inner connector: apostrophe, hyphen, a period
     *  between single letters ("U.S") or digits ("1.5"), a comma between digits ("3,000"). */
    private static int scanWord(String s, int start) {
        int n = s.length();
        int i = start;
        int segmentStart = start;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (i + 1 >= n || i == start) {
                break;
            }
            int next = s.codePointAt(i + 1);
            int prev = s.codePointBefore(i);
            boolean joins = switch (cp) {
                case '\'', '\u2019', '-', '\u2010', '\u2011' -> isWordChar(next);
                case '.' -> (Character.isDigit(prev) && Character.isDigit(next))
                        || (Character.isLetter(prev) && Character.isLetter(next) && i - segmentStart == 1);
                case ',' -> Character.isDigit(prev) && Character.isDigit(next);
                default -> false;
            };
            if (!joins) {
                break;
            }
            i++;
            segmentStart = i;
        }
        return i;
    }

    private static String normaliseWord(String word) {
        return word.replace('\u2019', '\'').replace('\u2010', '-').replace('\u2011', '-');
    }

    /** Whether the word takes a period that follows it ("Mr.", "U.S.", an initial) instead of ending a sentence. */
    static boolean keepsPeriod(String word) {
        if (isLetterDotted(word)) {
            return true; // "U.S", "e.g"
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial, as in "John F. Kennedy"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Single letters joined by periods: "U.S", "e.g". */
    private static boolean isLetterDotted(String word) {
        if (word.length() < 3 || word.length() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i % 2 == 1 ? c != '.' : !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    /** Splits "don't" into "do" "n't" and "whale's" into "whale" "'s"; "o'clock" stays whole. */
    private static void addWord(List<RawToken> out, String word, boolean paragraph) {
        String lower = word.toLowerCase(Locale.ROOT);
        int split = -1;
        if (lower.endsWith("n't") && word.length() > 3 && Character.isLetter(word.codePointBefore(word.length() - 3))) {
            split = word.length() - 3;
        } else {
            int apostrophe = word.lastIndexOf('\'');
            if (apostrophe > 0 && CLITICS.contains(lower.substring(apostrophe + 1))) {
                split = apostrophe;
            }
        }
        if (split > 0) {
            out.add(new RawToken(word.substring(0, split), paragraph));
            out.add(new RawToken(word.substring(split), false));
        } else {
            out.add(new RawToken(word, paragraph));
        }
    }

    /** A straight quote opens when it follows a space, the start, an opening bracket or quote, or a dash. */
    private static boolean opensAfter(String s, int i, List<RawToken> out) {
        if (i == 0 || out.isEmpty()) {
            return true;
        }
        int prev = s.codePointBefore(i);
        if (isSpace(prev)) {
            return true;
        }
        String last = out.get(out.size() - 1).text();
        return OPENERS.contains(last) || last.equals(DASH) || last.equals("-");
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.CONTROL;
    }
}
