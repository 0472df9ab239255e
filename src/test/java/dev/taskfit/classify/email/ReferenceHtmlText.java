package dev.taskfit.classify.email;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regex-based HTML stripper as it was before the hand-written passes, kept in the test tree only for
 * equivalence tests. Original documentation: turns HTML into the text a reader would see: no scripts,
 * styles, comments or tags; entities decoded.
 */
final class ReferenceHtmlText {

    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)<(br|p|div|tr|li|h[1-6])\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX]?[0-9a-fA-F]+|[a-zA-Z]+);");

    private ReferenceHtmlText() {
    }

    static String strip(String html) {
        String text = INVISIBLE.matcher(html).replaceAll(" ");
        text = BLOCK_TAG.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll(" ");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String original) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return original;
        }
        return switch (name.toLowerCase()) {
            case "nbsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "pound" -> "\u00a3";
            case "euro" -> "\u20ac";
            case "copy" -> "\u00a9";
            default -> original;
        };
    }
}
