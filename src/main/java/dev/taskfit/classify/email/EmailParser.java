package dev.taskfit.classify.email;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A forgiving RFC 5322 / MIME reader: unfolds headers, decodes RFC 2047 words, walks multipart bodies,
 * undoes base64 and quoted-printable, honours charsets and strips HTML. Malformed input never throws:
 * whatever cannot be decoded is kept as it is.
 *
 * <p>It is on the hot path of every spam classification, so it scans by hand instead of with regular
 * expressions: a MIME part is a window (start, end) of the one message string, only the headers the reader
 * uses are kept, and the body of a part that needs no decoding is copied once, straight into the output.
 * What it produces is pinned, character for character, to the earlier regex-based reader by tests.
 */
public final class EmailParser {

    private static final int MAX_DEPTH = 8;
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=");
    private static final Pattern SPACE_BETWEEN_WORDS = // RFC 2047 6.2: not displayed between two encoded words
            Pattern.compile("(" + ENCODED_WORD.pattern() + ")\\s+(?=" + ENCODED_WORD.pattern() + ")");
    private static final Pattern FROM_ADDRESS_END = Pattern.compile("[>\\s].*");

    /** The only headers anything reads; a part keeps these and skips the rest (Received, DKIM, ...). */
    private static final String[] HEADERS = {"from", "reply-to", "x-mailer", "user-agent", "content-type", "list-id",
            "list-unsubscribe", "subject", "content-transfer-encoding"};
    private static final int FROM = 0, REPLY_TO = 1, X_MAILER = 2, USER_AGENT = 3, CONTENT_TYPE = 4, LIST_ID = 5,
            LIST_UNSUBSCRIBE = 6, SUBJECT = 7, TRANSFER_ENCODING = 8;
    private static final int OTHER_HEADER = -1;

    private EmailParser() {
    }

    /** True when {@code text} opens with an mbox "From " line or two header lines (the second may be a fold). */
    public static boolean looksLikeEmail(String text) {
        // The lines as text.split("\r?\n", 3) gives them: the first ends at the first "\n" (a "\r" before it is
        // dropped); the second ends at the next "\n" or at the end of the text.
        int length = text.length();
        int firstBreak = text.indexOf('\n');
        int firstEnd = lineEnd(text, 0, firstBreak < 0 ? length : firstBreak, firstBreak >= 0);
        if (text.startsWith("From ")) {
            return true; // the first line starts with it too: it holds no line break
        }
        if (firstBreak < 0 || !isHeaderLine(text, 0, firstEnd)) {
            return false;
        }
        int secondStart = firstBreak + 1;
        int secondBreak = text.indexOf('\n', secondStart);
        int secondEnd = secondBreak < 0 ? length : lineEnd(text, secondStart, secondBreak, true);
        if (secondEnd > secondStart && (text.charAt(secondStart) == ' ' || text.charAt(secondStart) == '\t')) {
            return true;
        }
        return isHeaderLine(text, secondStart, secondEnd);
    }

    /** Where a line that stops at {@code breakAt} ends: before a "\r" that precedes its "\n". */
    private static int lineEnd(String text, int start, int breakAt, boolean isNewline) {
        return isNewline && breakAt > start && text.charAt(breakAt - 1) == '\r' ? breakAt - 1 : breakAt;
    }

    /** {@code ^[!-9;-~]+:.*} over the line [start, end): a name of printable ASCII but ':', a colon, no line break. */
    private static boolean isHeaderLine(String text, int start, int end) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c < '!' || c > '~' || c == ':') {
                break;
            }
            i++;
        }
        if (i == start || i == end || text.charAt(i) != ':') {
            return false;
        }
        for (int j = i + 1; j < end; j++) {
            if (isRegexLineTerminator(text.charAt(j))) {
                return false; // '.' does not match it
            }
        }
        return true;
    }

    private static boolean isRegexLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Parses a raw email (headers, blank line, body). */
    public static EmailMessage parse(String raw) {
        String text = withoutCrlf(raw);
        Part top = Part.of(text, 0, text.length());
        StringBuilder body = new StringBuilder(text.length() / 2 + 16);
        List<String> contentTypes = new ArrayList<>();
        collectText(top, body, contentTypes, 0);
        return new EmailMessage(decodeWords(top.header(SUBJECT)), body.toString(), headerSignals(top, contentTypes));
    }

    /**
     * What a spam model reads of a raw email, as one string: the decoded subject, the visible body and the
     * header signals, each on a line of its own ({@code subject + "\n" + body + "\n" + join("\n", signals)}
     * of {@link #parse}), built without the intermediate strings.
     */
    public static String readableText(String raw) {
        String text = withoutCrlf(raw);
        Part top = Part.of(text, 0, text.length());
        StringBuilder out = new StringBuilder(text.length() / 2 + 64);
        out.append(decodeWords(top.header(SUBJECT))).append('\n');
        List<String> contentTypes = new ArrayList<>();
        collectText(top, out, contentTypes, 0);
        out.append('\n');
        List<String> signals = headerSignals(top, contentTypes);
        for (int i = 0; i < signals.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(signals.get(i));
        }
        return out.toString();
    }

    /** {@code raw.replace("\r\n", "\n")}, without a search for the pair when there is no '\r' at all. */
    private static String withoutCrlf(String raw) {
        return raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n");
    }

    private static List<String> headerSignals(Part top, List<String> contentTypes) {
        List<String> signals = new ArrayList<>();
        String from = decodeWords(top.header(FROM));
        signals.add("from " + from);
        String replyTo = top.header(REPLY_TO);
        if (!replyTo.isEmpty() && !domainOf(replyTo).equals(domainOf(from))) {
            signals.add("reply-to-differs");
        }
        addIfPresent(signals, "mailer", top.header(X_MAILER));
        addIfPresent(signals, "agent", top.header(USER_AGENT));
        signals.add("ctype " + top.contentType());
        if (!top.header(LIST_ID).isEmpty() || !top.header(LIST_UNSUBSCRIBE).isEmpty()) {
            signals.add("mailing-list");
        }
        if (!contentTypes.isEmpty() && contentTypes.stream().allMatch(t -> t.equals("text/html"))) {
            signals.add("html-only");
        }
        return signals;
    }

    private static void collectText(Part part, StringBuilder out, List<String> types, int depth) {
        String type = part.contentType();
        if (type.startsWith("multipart/") && depth < MAX_DEPTH) {
            for (Part child : part.children()) {
                collectText(child, out, types, depth + 1);
            }
        } else if (type.equals("message/rfc822") && depth < MAX_DEPTH) {
            collectText(Part.of(part.text, part.bodyStart, part.bodyEnd), out, types, depth + 1);
        } else if (type.startsWith("text/")) {
            types.add(type);
            boolean html = type.equals("text/html");
            String decoded = part.decodedText();
            if (decoded == null) { // no transfer encoding: the body as it stands
                if (html) {
                    HtmlText.strip(part.text.substring(part.bodyStart, part.bodyEnd), out);
                } else {
                    out.append(part.text, part.bodyStart, part.bodyEnd);
                }
            } else if (html) {
                HtmlText.strip(decoded, out);
            } else {
                out.append(decoded);
            }
            out.append('\n');
        }
    }

    private static void addIfPresent(List<String> signals, String name, String value) {
        if (!value.isEmpty()) {
            signals.add(name + " " + value);
        }
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : FROM_ADDRESS_END.matcher(address.substring(at + 1)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Decodes RFC 2047 encoded words ("=?utf-8?B?...?="); undecodable words stay as written. */
    static String decodeWords(String header) {
        if (header.indexOf("=?") < 0) {
            return header; // no encoded word, nothing to join or decode
        }
        Matcher m = ENCODED_WORD.matcher(SPACE_BETWEEN_WORDS.matcher(header).replaceAll("$1"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Charset charset = charsetOr(m.group(1), StandardCharsets.ISO_8859_1);
            byte[] bytes = m.group(2).equalsIgnoreCase("b")
                    ? base64(m.group(3))
                    : quotedPrintable(m.group(3).replace('_', ' '));
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static byte[] base64(String text) {
        return base64(text, 0, text.length());
    }

    /** Base64 of text[start, end) once everything outside the alphabet is dropped; the raw bytes if invalid. */
    private static byte[] base64(String text, int start, int end) {
        byte[] alphabet = new byte[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=') {
                alphabet[n++] = (byte) c;
            }
        }
        try {
            return Base64.getMimeDecoder().decode(n == alphabet.length ? alphabet : java.util.Arrays.copyOf(alphabet, n));
        } catch (IllegalArgumentException e) {
            return text.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    static byte[] quotedPrintable(String text) {
        return quotedPrintable(text, 0, text.length());
    }

    /** Quoted-printable of text[start, end) read as ISO-8859-1 (a character beyond it, or a surrogate pair, is '?'). */
    private static byte[] quotedPrintable(String text, int start, int end) {
        // One pass straight from the characters while they are all ISO-8859-1 (a byte each, at the same offset).
        byte[] out = new byte[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > 0xff) {
                return quotedPrintable(latin1(text, start, end)); // bytes and characters no longer line up
            }
            if (c == '=') {
                if (i + 1 < end && text.charAt(i + 1) == '\n') {
                    i++; // soft line break
                    continue;
                }
                if (i + 2 < end) {
                    int high = hex(text.charAt(i + 1)), low = hex(text.charAt(i + 2));
                    if (high >= 0 && low >= 0) {
                        out[n++] = (byte) (high * 16 + low);
                        i += 2;
                        continue;
                    }
                }
            }
            out[n++] = (byte) c;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** text[start, end) encoded as ISO-8859-1 the way String.getBytes does: '?' for a character beyond it or a surrogate pair. */
    private static byte[] latin1(String text, int start, int end) {
        byte[] in = new byte[end - start];
        int length = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c <= 0xff) {
                in[length++] = (byte) c;
            } else {
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                }
                in[length++] = '?';
            }
        }
        return length == in.length ? in : java.util.Arrays.copyOf(in, length);
    }

    private static byte[] quotedPrintable(byte[] in) {
        byte[] out = new byte[in.length];
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '=' && i + 1 < in.length && in[i + 1] == '\n') {
                i++; // soft line break
            } else if (in[i] == '=' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out[n++] = (byte) (hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else {
                out[n++] = in[i];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The value of an ASCII hex digit, else -1 (as Character.digit(b, 16) for a byte, which is never beyond ASCII). */
    private static int hex(int b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    static Charset charsetOr(String name, Charset fallback) {
        try {
            return name == null || name.isBlank() ? fallback : Charset.forName(name.trim());
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** True for the characters {@code \s} matches in a Java regex: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /**
     * One MIME entity inside {@code text}: the headers this reader uses (lower-case names, unfolded; the first
     * of a repeated header wins, and every continuation line goes to the header named last) and its raw body
     * text[bodyStart, bodyEnd).
     */
    private static final class Part {
        final String text;
        final String[] headers = new String[HEADERS.length];
        int bodyStart;
        int bodyEnd;

        private Part(String text) {
            this.text = text;
        }

        /** Reads the entity text[start, end): header lines up to the first blank line, then the body. */
        static Part of(String text, int start, int end) {
            Part part = new Part(text);
            int pos = start;
            boolean named = false; // a header line has been seen, so an indented line continues it
            int lastHeader = OTHER_HEADER;
            while (pos < end) {
                int lineEnd = text.indexOf('\n', pos);
                if (lineEnd < 0 || lineEnd > end) {
                    lineEnd = end;
                }
                int lineStart = pos;
                pos = lineEnd + 1;
                if (isBlank(text, lineStart, lineEnd)) {
                    break;
                }
                char first = text.charAt(lineStart);
                if ((first == ' ' || first == '\t') && named) {
                    if (lastHeader != OTHER_HEADER) {
                        part.headers[lastHeader] = part.headers[lastHeader] + " " + strip(text, lineStart, lineEnd);
                    }
                    continue;
                }
                int colon = lineStart;
                while (colon < lineEnd && text.charAt(colon) != ':') {
                    colon++;
                }
                if (colon == lineEnd || colon == lineStart) {
                    continue; // "From " envelope line or garbage
                }
                named = true;
                lastHeader = headerIndex(text, lineStart, colon);
                if (lastHeader != OTHER_HEADER && part.headers[lastHeader] == null) {
                    part.headers[lastHeader] = strip(text, colon + 1, lineEnd);
                }
            }
            part.bodyStart = Math.min(pos, end);
            part.bodyEnd = end;
            return part;
        }

        /** Which of {@link #HEADERS} the name text[start, end) is, once trimmed and lower-cased (Locale.ROOT). */
        private static int headerIndex(String text, int start, int end) {
            while (start < end && text.charAt(start) <= ' ') {
                start++;
            }
            while (end > start && text.charAt(end - 1) <= ' ') {
                end--;
            }
            for (int i = start; i < end; i++) {
                if (text.charAt(i) >= 0x80) { // rare: let the JDK lower-case it exactly as before
                    String name = text.substring(start, end).toLowerCase(Locale.ROOT);
                    for (int h = 0; h < HEADERS.length; h++) {
                        if (HEADERS[h].equals(name)) {
                            return h;
                        }
                    }
                    return OTHER_HEADER;
                }
            }
            int length = end - start;
            for (int h = 0; h < HEADERS.length; h++) {
                String name = HEADERS[h];
                if (name.length() == length && equalsLowerAscii(name, text, start)) {
                    return h;
                }
            }
            return OTHER_HEADER;
        }

        private static boolean equalsLowerAscii(String lower, String text, int start) {
            for (int i = 0; i < lower.length(); i++) {
                char c = text.charAt(start + i);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                if (c != lower.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** String.isBlank over text[start, end). */
        private static boolean isBlank(String text, int start, int end) {
            int i = start;
            while (i < end) {
                int cp = text.codePointAt(i);
                if (!Character.isWhitespace(cp)) {
                    return false;
                }
                i += Character.charCount(cp);
            }
            return true;
        }

        /** String.strip of text[start, end). */
        private static String strip(String text, int start, int end) {
            while (start < end) {
                int cp = Character.codePointAt(text, start);
                if (!Character.isWhitespace(cp)) {
                    break;
                }
                start += Character.charCount(cp);
            }
            while (end > start) {
                int cp = Character.codePointBefore(text, end);
                if (!Character.isWhitespace(cp)) {
                    break;
                }
                end -= Character.charCount(cp);
            }
            return text.substring(start, end);
        }

        String header(int index) {
            String value = headers[index];
            return value == null ? "" : value;
        }

        String contentType() {
            String value = header(CONTENT_TYPE);
            int semi = value.indexOf(';');
            String type = (semi < 0 ? value : value.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
            return type.isEmpty() ? "text/plain" : type;
        }

        /**
         * The value of {@code parameter} in a header as {@code (?i)NAME\s*=\s*("([^"]*)"|[^;\s]+)} finds it: the
         * first place the name (ASCII letters in any case, anywhere in the value) is followed by '=' and a value.
         */
        String parameter(int headerIndex, String parameter) {
            String value = header(headerIndex);
            int nameLength = parameter.length();
            int length = value.length();
            for (int at = 0; at + nameLength <= length; at++) {
                if (!asciiCaseInsensitiveAt(value, at, parameter)) {
                    continue;
                }
                int i = at + nameLength;
                while (i < length && isRegexSpace(value.charAt(i))) {
                    i++;
                }
                if (i == length || value.charAt(i) != '=') {
                    continue;
                }
                i++;
                while (i < length && isRegexSpace(value.charAt(i))) {
                    i++;
                }
                if (i == length) {
                    continue;
                }
                if (value.charAt(i) == '"') {
                    int close = value.indexOf('"', i + 1);
                    if (close >= 0) {
                        return value.substring(i + 1, close);
                    }
                }
                int j = i;
                while (j < length && value.charAt(j) != ';' && !isRegexSpace(value.charAt(j))) {
                    j++;
                }
                if (j > i) {
                    return value.substring(i, j);
                }
            }
            return "";
        }

        /** The regex's (?i) without UNICODE_CASE: only ASCII letters match across case. */
        private static boolean asciiCaseInsensitiveAt(String value, int at, String lowerName) {
            for (int k = 0; k < lowerName.length(); k++) {
                char c = value.charAt(at + k);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                if (c != lowerName.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The parts of a multipart body, as {@code body.split("(?m)^" + quote("--" + boundary))} cut it: a
         * delimiter counts where a line starts (after \n, \r, U+0085, U+2028 or U+2029, or at the body's start);
         * the preamble is skipped, trailing empty pieces are dropped, a piece opening with "--" (the closing
         * delimiter) ends the list, and each part starts after the rest of its delimiter line.
         */
        List<Part> children() {
            String boundary = parameter(CONTENT_TYPE, "boundary");
            List<Part> parts = new ArrayList<>();
            if (boundary.isEmpty()) {
                return parts;
            }
            String delimiter = "--" + boundary;
            int length = delimiter.length();
            List<int[]> pieces = new ArrayList<>();
            int pieceStart = bodyStart;
            int from = bodyStart;
            while (true) {
                int at = text.indexOf(delimiter, from);
                if (at < 0 || at + length > bodyEnd) {
                    break;
                }
                if (at == bodyStart || isLineStartAfter(text.charAt(at - 1))) {
                    pieces.add(new int[] {pieceStart, at});
                    pieceStart = at + length;
                    from = pieceStart;
                } else {
                    from = at + 1;
                }
            }
            if (pieces.isEmpty()) {
                return parts; // split gives the whole body, the preamble only
            }
            pieces.add(new int[] {pieceStart, bodyEnd});
            int count = pieces.size();
            while (count > 0 && pieces.get(count - 1)[0] == pieces.get(count - 1)[1]) {
                count--; // split drops trailing empty strings
            }
            for (int i = 1; i < count; i++) {
                int start = pieces.get(i)[0], end = pieces.get(i)[1];
                if (text.startsWith("--", start) && start + 2 <= end) {
                    break; // closing delimiter
                }
                int newline = text.indexOf('\n', start);
                if (newline < 0 || newline >= end) {
                    parts.add(Part.of(text, end, end));
                } else {
                    parts.add(Part.of(text, newline + 1, end));
                }
            }
            return parts;
        }

        private static boolean isLineStartAfter(char previous) {
            return previous == '\n' || previous == '\r' || previous == '\u0085' || previous == '\u2028' || previous == '\u2029';
        }

        /** The body with its transfer encoding undone, or null when it has none (the raw body is the text). */
        String decodedText() {
            String encoding = header(TRANSFER_ENCODING).toLowerCase(Locale.ROOT).trim();
            return switch (encoding) {
                case "base64" -> new String(base64(text, bodyStart, bodyEnd), charset());
                case "quoted-printable" -> new String(quotedPrintable(text, bodyStart, bodyEnd), charset());
                default -> null;
            };
        }

        private Charset charset() {
            return charsetOr(parameter(CONTENT_TYPE, "charset"), StandardCharsets.ISO_8859_1);
        }
    }
}
