package dev.taskfit.classify.email;

import java.util.Locale;

/**
 * Turns HTML into the text a reader would see: no scripts, styles, comments or tags; entities decoded.
 *
 * <p>Four left-to-right passes, each the hand-written equivalent of one regular expression applied with
 * {@code replaceAll} (the regex each replaces is quoted on its method), so that no input can make it
 * backtrack: every pass jumps between '<' (or '&amp;') with {@code indexOf}, and a search that found no
 * closing "--&gt;", "&lt;/script&gt;" or '&gt;' is not repeated for later positions.
 */
final class HtmlText {

    private static final int NONE = Integer.MAX_VALUE;

    private HtmlText() {
    }

    static String strip(String html) {
        StringBuilder out = new StringBuilder(html.length());
        strip(html, out);
        return out.toString();
    }

    /** Appends the visible text of {@code html} to {@code out}. */
    static void strip(String html, StringBuilder out) {
        String text = removeInvisible(html);
        text = breakBlocks(text);
        text = removeTags(text);
        decodeEntities(text, out);
    }

    /**
     * {@code (?is)<(script|style)\b.*?</\1\s*>|<!--.*?-->} to " ": a script or style element with its content
     * (names in ASCII letters of any case; the closing tag must name the same element), or a comment.
     */
    static String removeInvisible(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        int noScriptCloseFrom = NONE, noStyleCloseFrom = NONE, noCommentCloseFrom = NONE;
        int i = s.indexOf('<');
        while (i >= 0) {
            int end = -1;
            if (i + 1 < n) {
                char c = s.charAt(i + 1);
                if (c == '!' && s.startsWith("!--", i + 1)) {
                    int from = i + 4;
                    if (from < noCommentCloseFrom) {
                        int close = s.indexOf("-->", from);
                        if (close >= 0) {
                            end = close + 3;
                        } else {
                            noCommentCloseFrom = from;
                        }
                    }
                } else if (c == 's' || c == 'S') {
                    if (matchesLowerAscii(s, i + 1, "script")) {
                        int from = i + 7;
                        if (!isWordOnRight(s, from) && from < noScriptCloseFrom) {
                            end = closingTagEnd(s, from, "script");
                            if (end < 0) {
                                noScriptCloseFrom = from;
                            }
                        }
                    } else if (matchesLowerAscii(s, i + 1, "style")) {
                        int from = i + 6;
                        if (!isWordOnRight(s, from) && from < noStyleCloseFrom) {
                            end = closingTagEnd(s, from, "style");
                            if (end < 0) {
                                noStyleCloseFrom = from;
                            }
                        }
                    }
                }
            }
            if (end >= 0) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, i).append(' ');
                copied = end;
                i = s.indexOf('<', end);
            } else {
                i = s.indexOf('<', i + 1);
            }
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /** The end of the first {@code </name\s*>} at or after {@code from}, or -1. */
    private static int closingTagEnd(String s, int from, String name) {
        int n = s.length();
        for (int j = s.indexOf("</", from); j >= 0; j = s.indexOf("</", j + 2)) {
            if (matchesLowerAscii(s, j + 2, name)) {
                int k = j + 2 + name.length();
                while (k < n && isRegexSpace(s.charAt(k))) {
                    k++;
                }
                if (k < n && s.charAt(k) == '>') {
                    return k + 1;
                }
            }
        }
        return -1;
    }

    /**
     * {@code (?i)<(br|p|div|tr|li|h[1-6])\b[^>]*>} to a line break: a block-level tag ends a line, so that the
     * words on either side do not become one sentence.
     */
    static String breakBlocks(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        int i = s.indexOf('<');
        while (i >= 0) {
            int nameEnd = blockNameEnd(s, i + 1);
            if (nameEnd >= 0 && !isWordOnRight(s, nameEnd)) {
                int close = s.indexOf('>', nameEnd);
                if (close < 0) {
                    break; // no '>' left: neither this tag nor any later one can match
                }
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, i).append('\n');
                copied = close + 1;
                i = s.indexOf('<', copied);
            } else {
                i = s.indexOf('<', i + 1);
            }
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /** Where a block tag name (br, p, div, tr, li, h1-h6, in ASCII letters of any case) starting at {@code at} ends, or -1. */
    private static int blockNameEnd(String s, int at) {
        if (at >= s.length()) {
            return -1;
        }
        switch (lowerAscii(s.charAt(at))) {
            case 'b':
                return matchesLowerAscii(s, at + 1, "r") ? at + 2 : -1;
            case 'p':
                return at + 1;
            case 'd':
                return matchesLowerAscii(s, at + 1, "iv") ? at + 3 : -1;
            case 't':
                return matchesLowerAscii(s, at + 1, "r") ? at + 2 : -1;
            case 'l':
                return matchesLowerAscii(s, at + 1, "i") ? at + 2 : -1;
            case 'h':
                return at + 1 < s.length() && s.charAt(at + 1) >= '1' && s.charAt(at + 1) <= '6' ? at + 2 : -1;
            default:
                return -1;
        }
    }

    /** {@code <[^>]*>} to " ": any other tag, from '<' to the next '>'. */
    static String removeTags(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        int i = s.indexOf('<');
        while (i >= 0) {
            int close = s.indexOf('>', i + 1);
            if (close < 0) {
                break; // no '>' left: no tag from here on
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(s, copied, i).append(' ');
            copied = close + 1;
            i = s.indexOf('<', copied);
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /** {@code &(#[xX]?[0-9a-fA-F]+|[a-zA-Z]+);} to the character it names, when it names one; appended to {@code out}. */
    static void decodeEntities(String s, StringBuilder out) {
        int n = s.length();
        int copied = 0;
        int i = s.indexOf('&');
        while (i >= 0) {
            int end = -1; // index of the ';' of an entity starting at i
            int j = i + 1;
            if (j < n && s.charAt(j) == '#') {
                int k = j + 1;
                if (k < n && (s.charAt(k) == 'x' || s.charAt(k) == 'X')) {
                    k++;
                }
                int digits = k;
                while (k < n && isHexDigit(s.charAt(k))) {
                    k++;
                }
                if (k > digits && k < n && s.charAt(k) == ';') {
                    end = k;
                }
            } else {
                int k = j;
                while (k < n && isAsciiLetter(s.charAt(k))) {
                    k++;
                }
                if (k > j && k < n && s.charAt(k) == ';') {
                    end = k;
                }
            }
            if (end >= 0) {
                out.append(s, copied, i);
                String replacement = entity(s.substring(j, end));
                if (replacement == null) {
                    out.append(s, i, end + 1);
                } else {
                    out.append(replacement);
                }
                copied = end + 1;
                i = s.indexOf('&', copied);
            } else {
                i = s.indexOf('&', i + 1);
            }
        }
        out.append(s, copied, n);
    }

    /** The text of entity {@code name} (what sits between '&' and ';'), or null to keep it as written. */
    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "nbsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "pound" -> "\u00a3";
            case "euro" -> "\u20ac";
            case "copy" -> "\u00a9";
            default -> null;
        };
    }

    /** True when s[at..] starts with {@code lower}, ASCII letters compared without regard to case (as (?i) does). */
    private static boolean matchesLowerAscii(String s, int at, String lower) {
        if (at + lower.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (lowerAscii(s.charAt(at + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * Whether {@code \b} fails after a tag name ending at {@code at}: Java 17's regex counts a letter, digit,
     * '_' or a non-spacing mark (which here always follows a letter) as a word character.
     */
    private static boolean isWordOnRight(String s, int at) {
        if (at >= s.length()) {
            return false;
        }
        int cp = s.codePointAt(at);
        return cp == '_' || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
