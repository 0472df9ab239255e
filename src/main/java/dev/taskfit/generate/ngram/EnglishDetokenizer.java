package dev.taskfit.generate.ngram;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins tokens back into prose: no space before closing punctuation and clitics ("Hello, world.", "don't"), none after
 * opening quotes and brackets, none around dashes; directed quotes print as plain ASCII quotes. Optionally capitalises
 * the first word of each sentence. One instance builds one text.
 */
public final class EnglishDetokenizer {

    private static final Set<String> ATTACH_LEFT = Set.of(",", ".", ";", ":", "!", "?", "%", ")", "]", "}",
            EnglishTokenizer.CLOSE_DOUBLE_QUOTE, EnglishTokenizer.CLOSE_SINGLE_QUOTE, EnglishTokenizer.ELLIPSIS,
            EnglishTokenizer.DASH, "\u2013");
    private static final Set<String> ATTACH_RIGHT = Set.of("(", "[", "{", "$",
            EnglishTokenizer.OPEN_DOUBLE_QUOTE, EnglishTokenizer.OPEN_SINGLE_QUOTE, EnglishTokenizer.DASH, "\u2013");
    private static final Set<String> CLITICS = Set.of("n't", "'s", "'re", "'ve", "'ll", "'d", "'m");

    private final StringBuilder out = new StringBuilder();
    private final boolean capitaliseSentences;
    private boolean atSentenceStart;
    private boolean glueNext;
    private String previous = "";

    /**
     * @param capitaliseSentences upper-case the first letter of each sentence (the model stores sentence-initial words
     *                            in their usual case)
     * @param atSentenceStart     whether the first token starts a sentence
     */
    public EnglishDetokenizer(boolean capitaliseSentences, boolean atSentenceStart) {
        this.capitaliseSentences = capitaliseSentences;
        this.atSentenceStart = atSentenceStart;
        this.glueNext = true;
    }

    /** Tokens joined as prose, without any change of case. */
    public static String detokenize(List<String> tokens) {
        EnglishDetokenizer detokenizer = new EnglishDetokenizer(false, false);
        tokens.forEach(detokenizer::append);
        return detokenizer.text();
    }

    /** Sentences joined as prose, each starting with a capital. */
    public static String detokenizeSentences(List<Sentence> sentences) {
        EnglishDetokenizer detokenizer = new EnglishDetokenizer(true, true);
        for (Sentence sentence : sentences) {
            sentence.tokens().forEach(detokenizer::append);
            detokenizer.endSentence();
        }
        return detokenizer.text();
    }

    public void append(String token) {
        if (token.isEmpty()) {
            return;
        }
        if ((!glueNext && !attachesLeft(token, previous)) || wouldJoinPeriods(previous, token)) {
            out.append(' ');
        }
        previous = token;
        if (atSentenceStart && EnglishTokenizer.isWord(token)) {
            token = capitaliseSentences ? capitalise(token) : token;
            atSentenceStart = false;
        }
        out.append(printed(token));
        glueNext = ATTACH_RIGHT.contains(token);
    }

    /** Marks that the next word starts a new sentence. */
    public void endSentence() {
        atSentenceStart = true;
    }

    public String text() {
        return out.toString();
    }

    /** A clitic joins only a word the tokenizer would split it from again: "do" "n't", but not "3" "n't". */
    private static boolean attachesLeft(String token, String previous) {
        if (ATTACH_LEFT.contains(token)) {
            return true;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (!CLITICS.contains(lower) || previous.isEmpty()) {
            return false;
        }
        int last = previous.codePointBefore(previous.length());
        if (lower.equals("n't")) {
            return Character.isLetter(last) && !CLITICS.contains(previous.toLowerCase(Locale.ROOT));
        }
        return EnglishTokenizer.isWordChar(last);
    }

    /** "Mr." then "..." must not print as "Mr....", which would read back as "Mr" and an ellipsis. */
    private static boolean wouldJoinPeriods(String previous, String token) {
        return token.startsWith(".") && !previous.isEmpty()
                && (previous.endsWith(".") || (EnglishTokenizer.isWord(previous) && EnglishTokenizer.keepsPeriod(previous)));
    }

    private static String printed(String token) {
        return switch (token) {
            case EnglishTokenizer.OPEN_DOUBLE_QUOTE, EnglishTokenizer.CLOSE_DOUBLE_QUOTE -> "\"";
            case EnglishTokenizer.OPEN_SINGLE_QUOTE, EnglishTokenizer.CLOSE_SINGLE_QUOTE -> "'";
            default -> token;
        };
    }

    private static String capitalise(String word) {
        int cp = word.codePointAt(0);
        if (!Character.isLowerCase(cp)) {
            return word;
        }
        return new StringBuilder(word.length()).appendCodePoint(Character.toTitleCase(cp))
                .append(word, Character.charCount(cp), word.length()).toString();
    }
}
