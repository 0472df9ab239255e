package dev.taskfit.advise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A task description as {@link TaskCues} reads it: lower-cased words and clause marks joined by single spaces
 * ({@link #normal()}), with common misspellings of cue words corrected, and a map from every token back to
 * the words as the user wrote them, so that a cue can quote the task.
 *
 * <p>Words are runs of letters and digits ("don't" and "0.9" stay whole); hyphens and slashes split words
 * ("yes/no" is {@code yes / no}). Clause marks are kept as tokens: {@code . , ; : ! ? / +}, and dashes or
 * arrows become {@code -}. Every other character separates tokens.
 */
public final class TaskText {

    /**
     * Cue words a typo is corrected to: a word of five letters or more one edit (insertion, deletion,
     * substitution or swap of neighbours) away from one of these, with the same first letter, is read as it.
     * Words easily confused with ordinary English ("write"/"white", "sample"/"simple") are left out.
     */
    private static final Set<String> TYPO_TARGETS = Set.of(
            "classify", "classified", "classifies", "classifier", "classification", "categorise", "categorize",
            "generate", "generated", "generates", "generation", "generator", "translate", "translated",
            "translation", "detect", "detected", "detection", "detector", "fraudulent", "fraud", "filter",
            "filtered", "compose", "composed", "summarise", "summarize", "summary", "summaries", "sentiment",
            "transcribe", "synthesise", "synthesize", "synthetic", "paraphrase", "identify", "recognise",
            "recognize", "predict", "prediction", "estimate", "replies", "reply", "toxicity", "describe",
            "description", "descriptions", "anomaly", "anomalies", "review", "reviews", "detecting",
            "classifying", "generating", "translating", "suspicious", "malicious", "whether", "continue",
            "continues", "simulate", "realistic", "probability");

    /** Real words one edit away from a typo target, which must stay as written. */
    private static final Set<String> NOT_TYPOS = Set.of(
            "defect", "defects", "defected", "detention", "identity", "replay", "replays", "stimulate", "filler",
            "fitter", "detest", "topic", "caution", "storing", "libel", "categories", "continuous");

    private final String original;
    private final String normal;
    private final List<String> tokens;
    private final int[] originalStart;
    private final int[] originalEnd;
    private final int[] normalStart;

    private TaskText(String original, List<String> tokens, List<int[]> spans) {
        this.original = original;
        this.tokens = List.copyOf(tokens);
        this.originalStart = new int[tokens.size()];
        this.originalEnd = new int[tokens.size()];
        this.normalStart = new int[tokens.size()];
        StringBuilder joined = new StringBuilder(original.length() + 16);
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                joined.append(' ');
            }
            normalStart[i] = joined.length();
            joined.append(tokens.get(i));
            originalStart[i] = spans.get(i)[0];
            originalEnd[i] = spans.get(i)[1];
        }
        this.normal = joined.toString();
    }

    /** Reads {@code text}. */
    public static TaskText of(String text) {
        List<String> tokens = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                StringBuilder word = new StringBuilder();
                while (i < length) {
                    int c = text.codePointAt(i);
                    int w = Character.charCount(c);
                    if (Character.isLetterOrDigit(c)) {
                        word.appendCodePoint(Character.toLowerCase(c));
                    } else if (isInnerMark(text, i, c, w) && !word.isEmpty()) {
                        word.append(c == '\u2019' ? '\'' : (char) c);
                    } else {
                        break;
                    }
                    i += w;
                }
                tokens.add(corrected(word.toString()));
                spans.add(new int[] {start, i});
                continue;
            }
            String mark = clauseMark(text, i, cp);
            if (mark != null) {
                int markWidth = mark.equals("-") && text.startsWith("->", i) ? 2 : width;
                if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).equals(mark)) {
                    tokens.add(mark);
                    spans.add(new int[] {i, i + markWidth});
                }
                i += markWidth;
                continue;
            }
            i += width;
        }
        return new TaskText(text, tokens, spans);
    }

    /** An apostrophe between letters ("don't") or a '.' or ',' between digits ("0.9", "10,000") stays inside. */
    private static boolean isInnerMark(String text, int i, int c, int width) {
        boolean apostrophe = c == '\'' || c == '\u2019';
        boolean numberMark = c == '.' || c == ',';
        if (!apostrophe && !numberMark || i + width >= text.length() || i == 0) {
            return false;
        }
        int next = text.codePointAt(i + width);
        int before = text.codePointBefore(i);
        return apostrophe ? Character.isLetter(before) && Character.isLetter(next)
                : Character.isDigit(before) && Character.isDigit(next);
    }

    private static String clauseMark(String text, int i, int cp) {
        switch (cp) {
            case '.', '!', '?', ';', ':', ',', '/', '+' -> {
                return String.valueOf((char) cp);
            }
            case '\u2014', '\u2013', '\u2192' -> {
                return "-";
            }
            case '-' -> {
                boolean spaced = (i == 0 || Character.isWhitespace(text.codePointBefore(i)))
                        || text.startsWith("->", i) || text.startsWith("--", i) || i > 0 && text.charAt(i - 1) == '-';
                return spaced ? "-" : null; // a hyphen inside a word ("auto-reply") only separates
            }
            default -> {
                return null;
            }
        }
    }

    /** The cue word {@code word} is a one-edit misspelling of, or {@code word} itself. */
    static String corrected(String word) {
        if (word.length() < 5 || TYPO_TARGETS.contains(word) || NOT_TYPOS.contains(word)) {
            return word;
        }
        for (String target : TYPO_TARGETS) {
            if (word.startsWith(target)) {
                return word; // an inflection ("categoriser", "detectors"), not a typo
            }
        }
        for (String target : TYPO_TARGETS) {
            if (target.charAt(0) == word.charAt(0) && Math.abs(target.length() - word.length()) <= 1
                    && target.length() >= 5 && withinOneEdit(word, target)) {
                return target;
            }
        }
        return word;
    }

    /** Optimal string alignment distance of at most 1 (one insertion, deletion, substitution or swap). */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length(), lb = b.length();
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la + 1 == lb ? a.substring(i).equals(b.substring(i + 1))
                : la == lb + 1 && a.substring(i + 1).equals(b.substring(i));
    }

    /** The task as written. */
    public String original() {
        return original;
    }

    /** The tokens joined by single spaces: what cue patterns are matched against. */
    public String normal() {
        return normal;
    }

    public List<String> tokens() {
        return tokens;
    }

    /** The token that holds {@code normalOffset} (or the next one, for an offset on a space). */
    public int tokenAt(int normalOffset) {
        int found = Arrays.binarySearch(normalStart, normalOffset);
        if (found >= 0) {
            return found;
        }
        int before = -found - 2; // the token starting before the offset
        if (before >= 0 && normalOffset < normalStart[before] + tokens.get(before).length()) {
            return before;
        }
        return Math.min(before + 1, tokens.size() - 1);
    }

    /** The words of the original text from token {@code first} to token {@code last}, inclusive. */
    public String quote(int first, int last) {
        return original.substring(originalStart[first], originalEnd[last]);
    }

    /** Start of token {@code index} in the original text. */
    public int originalStart(int index) {
        return originalStart[index];
    }

    /** End of token {@code index} in the original text. */
    public int originalEnd(int index) {
        return originalEnd[index];
    }

    /** Start of token {@code index} in {@link #normal()}. */
    public int normalStart(int index) {
        return normalStart[index];
    }

    @Override
    public String toString() {
        return normal;
    }

    /** Lower-cases like the tokens do (for callers matching words outside this class). */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
