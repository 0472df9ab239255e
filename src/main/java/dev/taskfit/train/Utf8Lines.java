package dev.taskfit.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a UTF-8 byte stream, one at a time and counted, without their '\n'. Strict: a byte sequence that
 * is not UTF-8 is a {@link NotUtf8} naming the line and the byte, where a Reader would have decoded ahead of the
 * line it reports or replaced the bytes silently. Lenient: such bytes become U+FFFD.
 */
final class Utf8Lines {

    /** Bytes that are not UTF-8, at {@code column} (1-based, in bytes) of the current line. */
    static final class NotUtf8 extends CharacterCodingException {
        final int column;
        final int value;

        NotUtf8(int column, int value) {
            this.column = column;
            this.value = value;
        }
    }

    private final InputStream in;
    private final boolean strict;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private long number;

    Utf8Lines(InputStream in, boolean strict) {
        this.in = in;
        this.strict = strict;
    }

    /** The 1-based number of the line last returned (0 before the first). */
    long number() {
        return number;
    }

    /** The next line, or null at the end of the stream. */
    String next() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int n = position - start;
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(2 * line.length, length + n));
            }
            System.arraycopy(buffer, start, line, length, n);
            length += n;
            if (position < limit) {
                position++; // the '\n'
                break;
            }
        }
        number++;
        String text = strict ? decode(length) : new String(line, 0, length, StandardCharsets.UTF_8);
        return number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text; // a BOM (Excel) is not data
    }

    private String decode(int length) throws NotUtf8 {
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
        CharBuffer chars = CharBuffer.allocate(length);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            throw new NotUtf8(bytes.position() + 1, line[bytes.position()] & 0xff);
        }
        decoder.flush(chars);
        return chars.flip().toString();
    }
}
