package dev.taskfit.api;

/**
 * Strict UTF-8 validation of a JSON body (RFC 8259 §8.1: JSON exchanged between systems is UTF-8), so that no
 * byte is silently replaced: a 400 naming the first byte that is not UTF-8, and its offset.
 */
final class Utf8Check {

    private Utf8Check() {
    }

    /** Throws a 400 problem at the first byte of {@code body} that is not part of well-formed UTF-8 JSON text. */
    static void requireUtf8(byte[] body) {
        int i = 0;
        while (i < body.length) {
            int b = body[i] & 0xFF;
            if (b < 0x80) {
                if (b == 0) {
                    // Valid UTF-8, never valid JSON; it is how UTF-16 and UTF-32 without a byte-order mark look.
                    throw notUtf8(body, i, "a NUL byte (is the body UTF-16 or UTF-32? send UTF-8)");
                }
                i++;
                continue;
            }
            int length;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                min = 0x10000;
            } else {
                boolean bom = i == 0 && body.length > 1 && (b == 0xFF && (body[1] & 0xFF) == 0xFE || b == 0xFE && (body[1] & 0xFF) == 0xFF);
                throw notUtf8(body, i, bom ? "a UTF-16 byte-order mark (send UTF-8)" : "a byte that cannot start a UTF-8 character");
            }
            int codePoint = b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                if (i + k >= body.length) {
                    throw notUtf8(body, i, "a UTF-8 character cut off by the end of the body");
                }
                int next = body[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    throw notUtf8(body, i, "an incomplete UTF-8 character");
                }
                codePoint = codePoint << 6 | next & 0x3F;
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                throw notUtf8(body, i, "an invalid UTF-8 sequence");
            }
            i += length;
        }
    }

    private static ProblemException notUtf8(byte[] body, int offset, String what) {
        return new ProblemException(400, "malformed-json", "Malformed JSON", String.format(
                "the body is not UTF-8: byte 0x%02X at byte offset %d is %s", body[offset] & 0xFF, offset, what));
    }
}
