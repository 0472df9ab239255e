package dev.taskfit.classify.email;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The email parser as it was before the hand-written scanners (regex based), kept verbatim in the test tree
 * only so that tests can check the fast parser reads every mail exactly as this one did.
 *
 * <p>Original documentation:
 * A forgiving RFC 5322 / MIME reader: unfolds headers, decodes RFC 2047 words, walks multipart bodies,
 * undoes base64 and quoted-printable, honours charsets and strips HTML. Malformed input never throws:
 * whatever cannot be decoded is kept as it is.
 */
final class ReferenceEmailParser {

    private static final int MAX_DEPTH = 8;
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=");
    private static final Pattern SPACE_BETWEEN_WORDS = // RFC 2047 6.2: not displayed between two encoded words
            Pattern.compile("(" + ENCODED_WORD.pattern() + ")\\s+(?=" + ENCODED_WORD.pattern() + ")");
    private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]+:.*");

    private ReferenceEmailParser() {
    }

    /** True when {@code text} opens with an mbox "From " line or two header lines (the second may be a fold). */
    public static boolean looksLikeEmail(String text) {
        String[] lines = text.split("\r?\n", 3);
        return lines[0].startsWith("From ") || lines.length > 1 && HEADER_LINE.matcher(lines[0]).matches()
                && (HEADER_LINE.matcher(lines[1]).matches() || lines[1].startsWith(" ") || lines[1].startsWith("\t"));
    }

    /** Parses a raw email (headers, blank line, body). */
    public static EmailMessage parse(String raw) {
        Part top = Part.of(raw.replace("\r\n", "\n"));
        StringBuilder body = new StringBuilder();
        List<String> contentTypes = new ArrayList<>();
        collectText(top, body, contentTypes, 0);

        List<String> signals = new ArrayList<>();
        String from = decodeWords(top.header("from"));
        signals.add("from " + from);
        String replyTo = top.header("reply-to");
        if (!replyTo.isEmpty() && !domainOf(replyTo).equals(domainOf(from))) {
            signals.add("reply-to-differs");
        }
        addIfPresent(signals, "mailer", top.header("x-mailer"));
        addIfPresent(signals, "agent", top.header("user-agent"));
        signals.add("ctype " + top.contentType());
        if (!top.header("list-id").isEmpty() || !top.header("list-unsubscribe").isEmpty()) {
            signals.add("mailing-list");
        }
        if (!contentTypes.isEmpty() && contentTypes.stream().allMatch(t -> t.equals("text/html"))) {
            signals.add("html-only");
        }
        return new EmailMessage(decodeWords(top.header("subject")), body.toString(), signals);
    }

    private static void collectText(Part part, StringBuilder out, List<String> types, int depth) {
        String type = part.contentType();
        if (type.startsWith("multipart/") && depth < MAX_DEPTH) {
            for (Part child : part.children()) {
                collectText(child, out, types, depth + 1);
            }
        } else if (type.equals("message/rfc822") && depth < MAX_DEPTH) {
            collectText(Part.of(part.body), out, types, depth + 1);
        } else if (type.startsWith("text/")) {
            String text = part.decodedText();
            types.add(type);
            out.append(type.equals("text/html") ? ReferenceHtmlText.strip(text) : text).append('\n');
        }
    }

    private static void addIfPresent(List<String> signals, String name, String value) {
        if (!value.isEmpty()) {
            signals.add(name + " " + value);
        }
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).replaceAll("[>\\s].*", "").toLowerCase(Locale.ROOT);
    }

    /** Decodes RFC 2047 encoded words ("=?utf-8?B?...?="); undecodable words stay as written. */
    static String decodeWords(String header) {
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
        try {
            return Base64.getMimeDecoder().decode(text.replaceAll("[^A-Za-z0-9+/=]", ""));
        } catch (IllegalArgumentException e) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    static byte[] quotedPrintable(String text) {
        byte[] in = text.getBytes(StandardCharsets.ISO_8859_1);
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

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    static Charset charsetOr(String name, Charset fallback) {
        try {
            return name == null || name.isBlank() ? fallback : Charset.forName(name.trim());
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    /** One MIME entity: its headers (lower-case names, unfolded) and its raw body. */
    private record Part(Map<String, String> headers, String body) {

        static Part of(String raw) {
            Map<String, String> headers = new LinkedHashMap<>();
            int pos = 0;
            String lastName = null;
            while (pos < raw.length()) {
                int end = raw.indexOf('\n', pos);
                if (end < 0) {
                    end = raw.length();
                }
                String line = raw.substring(pos, end);
                pos = end + 1;
                if (line.isBlank()) {
                    break;
                }
                if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && lastName != null) {
                    headers.merge(lastName, " " + line.strip(), String::concat);
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue; // "From " envelope line or garbage
                }
                lastName = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                headers.putIfAbsent(lastName, line.substring(colon + 1).strip());
            }
            return new Part(headers, pos < raw.length() ? raw.substring(pos) : "");
        }

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        String contentType() {
            String value = header("content-type");
            int semi = value.indexOf(';');
            String type = (semi < 0 ? value : value.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
            return type.isEmpty() ? "text/plain" : type;
        }

        String parameter(String headerName, String parameter) {
            Matcher m = Pattern.compile("(?i)" + parameter + "\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)").matcher(header(headerName));
            return !m.find() ? "" : m.group(2) != null ? m.group(2) : m.group(1);
        }

        List<Part> children() {
            String boundary = parameter("content-type", "boundary");
            List<Part> parts = new ArrayList<>();
            if (boundary.isEmpty()) {
                return parts;
            }
            String delimiter = "--" + boundary;
            String[] chunks = body.split("(?m)^" + Pattern.quote(delimiter));
            for (int i = 1; i < chunks.length; i++) {
                String chunk = chunks[i];
                if (chunk.startsWith("--")) {
                    break; // closing delimiter
                }
                int newline = chunk.indexOf('\n');
                parts.add(Part.of(newline < 0 ? "" : chunk.substring(newline + 1)));
            }
            return parts;
        }

        String decodedText() {
            String encoding = header("content-transfer-encoding").toLowerCase(Locale.ROOT).trim();
            Charset charset = charsetOr(parameter("content-type", "charset"), StandardCharsets.ISO_8859_1);
            return switch (encoding) {
                case "base64" -> new String(base64(body), charset);
                case "quoted-printable" -> new String(quotedPrintable(body), charset);
                default -> body;
            };
        }
    }
}
