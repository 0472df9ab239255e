package dev.taskfit.api;

import java.util.Locale;

/**
 * A request's Content-Type header, read by the grammar of RFC 9110 §8.3.1 ({@code type "/" subtype *( OWS ";"
 * OWS [ token "=" ( token / quoted-string ) ] )}). A header that does not parse is the caller's mistake (400,
 * naming the header); a JSON body declared in a charset other than UTF-8 is
 * refused (415), never ignored.
 *
 * @param type    the media type, lower case, e.g. {@code application/json}
 * @param charset the charset parameter as given, or null
 */
public record ContentType(String type, String charset) {

    /** Whether the body is JSON ({@code application/json} or any {@code +json} type). */
    public boolean isJson() {
        return type.equals("application/json") || type.endsWith("+json");
    }

    /** Parses {@code header}; throws a 400 problem if it is malformed, a 415 if it declares a charset other than UTF-8. */
    public static ContentType parse(String header) {
        Cursor at = new Cursor(header);
        at.skipSpace();
        String type = at.token();
        if (type.isEmpty() || !at.take('/')) {
            throw malformed(header, "expected type/subtype, e.g. application/json");
        }
        String subtype = at.token();
        if (subtype.isEmpty()) {
            throw malformed(header, "the subtype after '/' is missing");
        }
        String charset = null;
        at.skipSpace();
        while (at.take(';')) {
            at.skipSpace();
            if (at.atEnd() || at.peek() == ';') {
                continue; // an empty parameter is allowed
            }
            String name = at.token();
            if (name.isEmpty() || !at.take('=')) {
                throw malformed(header, "a parameter must be name=value");
            }
            String value = at.peek() == '"' ? at.quoted(header) : at.token();
            if (value.isEmpty()) {
                throw malformed(header, "parameter " + name + " has no value");
            }
            if (name.equalsIgnoreCase("charset")) {
                charset = value;
            }
            at.skipSpace();
        }
        if (!at.atEnd()) {
            throw malformed(header, "unexpected " + Problem.excerpt(at.rest()));
        }
        ContentType contentType = new ContentType((type + "/" + subtype).toLowerCase(Locale.ROOT), charset);
        if (contentType.isJson() && charset != null && !charset.equalsIgnoreCase("utf-8")) {
            // Any other type is refused as a whole (415) by the resources' @Consumes.
            throw new ProblemException(415, "unsupported-charset", "Unsupported charset", "the Content-Type header declares charset="
                    + Problem.excerpt(charset) + "; send the JSON body as UTF-8 (charset=utf-8, or no charset)");
        }
        return contentType;
    }

    private static ProblemException malformed(String header, String why) {
        return new ProblemException(400, "malformed-header", "Malformed header",
                "the Content-Type header " + Problem.excerpt(header) + " is malformed: " + why);
    }

    /** A position in the header being read. */
    private static final class Cursor {
        private static final String SEPARATORS = "\"(),/:;<=>?@[\\]{}";
        private final String s;
        private int i;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return i >= s.length();
        }

        char peek() {
            return atEnd() ? 0 : s.charAt(i);
        }

        boolean take(char c) {
            if (peek() == c && !atEnd()) {
                i++;
                return true;
            }
            return false;
        }

        void skipSpace() {
            while (!atEnd() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
        }

        String token() {
            int start = i;
            while (!atEnd() && s.charAt(i) > 0x20 && s.charAt(i) < 0x7F && SEPARATORS.indexOf(s.charAt(i)) < 0) {
                i++;
            }
            return s.substring(start, i);
        }

        String quoted(String header) {
            StringBuilder value = new StringBuilder();
            i++; // the opening quote
            while (!atEnd()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\' && !atEnd()) {
                    c = s.charAt(i++);
                }
                value.append(c);
            }
            throw malformed(header, "a quoted value is not closed");
        }

        String rest() {
            return s.substring(i);
        }
    }
}
