package dev.taskfit.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Checks the envelope of every request before any resource reads it: a Content-Type header that parses
 * ({@link ContentType}), a body no larger than {@code taskfit.limits.max-body-bytes} (413, whether or not a
 * Content-Length was declared), and a JSON body that really is UTF-8 (400 naming the first bad byte).
 */
public class RequestBodyCheck {

    private final RequestLimits limits;

    public RequestBodyCheck(RequestLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        ContentType contentType = header == null ? null : ContentType.parse(header);
        long max = limits.maxBodyBytes();
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > max) {
                    throw tooLarge(max);
                }
            } catch (NumberFormatException e) {
                // not a number: the body is measured as it is read
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new CheckedBody(request.getEntityStream(), max, contentType == null || contentType.isJson()));
        }
    }

    static ProblemException tooLarge(long max) {
        return new ProblemException(413, "body-too-large", "Request body too large",
                "the body exceeds the limit of " + max + " bytes (taskfit.limits.max-body-bytes)");
    }

    /**
     * The body, read whole on first use (a Lambda event holds it in memory anyway) so that its size and encoding
     * are judged before any parser sees a byte: a parser that fails half way would otherwise report the limit it
     * hit instead of the body's real fault.
     */
    private static final class CheckedBody extends InputStream {
        private final InputStream source;
        private final long max;
        private final boolean utf8;
        private InputStream checked;

        CheckedBody(InputStream source, long max, boolean utf8) {
            this.source = source;
            this.max = max;
            this.utf8 = utf8;
        }

        @Override
        public int read() throws IOException {
            return checked().read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return checked().read(buffer, offset, length);
        }

        @Override
        public int available() throws IOException {
            return checked().available();
        }

        @Override
        public void close() throws IOException {
            source.close();
        }

        private InputStream checked() throws IOException {
            if (checked == null) {
                byte[] body = readAtMost(max);
                if (utf8) {
                    Utf8Check.requireUtf8(body);
                }
                checked = new ByteArrayInputStream(body);
            }
            return checked;
        }

        private byte[] readAtMost(long limit) throws IOException {
            byte[] buffer = new byte[8192];
            int size = 0;
            for (int n; (n = source.read(buffer, size, buffer.length - size)) >= 0; ) {
                size += n;
                if (size > limit) {
                    throw tooLarge(limit);
                }
                if (size == buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, limit + 1));
                }
            }
            return Arrays.copyOf(buffer, size);
        }
    }
}
