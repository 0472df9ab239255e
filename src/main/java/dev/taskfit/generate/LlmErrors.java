package dev.taskfit.generate;

import dev.langchain4j.exception.HttpException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkServiceException;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Collections;

/**
 * Reads what went wrong from the exceptions LangChain4j, the JDK HTTP client and the AWS SDK throw, and words it for
 * a person: the status and what to check. Messages from the provider are never copied (they may quote the key).
 */
final class LlmErrors {

    private final LlmSettings settings;

    LlmErrors(LlmSettings settings) {
        this.settings = settings;
    }

    LlmFailure classify(Throwable error) {
        String provider = settings.provider().id();
        Integer status = null;
        boolean timeout = false, interrupted = false, malformed = false;
        Throwable connection = null;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof HttpException http) {
                status = http.statusCode();
            } else if (t instanceof SdkServiceException service && service.statusCode() > 0) {
                status = service.statusCode();
            } else if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof ApiCallTimeoutException
                    || t instanceof ApiCallAttemptTimeoutException) {
                timeout = true;
            } else if (t instanceof InterruptedException || t instanceof AbortedException
                    || (t instanceof InterruptedIOException && !(t instanceof SocketTimeoutException))) {
                interrupted = true;
            } else if (isJsonError(t)) {
                malformed = true;
            } else if (t instanceof IOException || t instanceof UnresolvedAddressException) {
                connection = connection == null ? t : connection;
            }
        }
        if (status != null) {
            return httpStatus(provider, status);
        }
        if (timeout || interrupted) {
            return new LlmFailure(LlmFailure.Kind.TIMEOUT, provider + ": timeout after " + settings.timeoutText());
        }
        if (malformed) {
            return new LlmFailure(LlmFailure.Kind.MALFORMED, provider + ": malformed answer (not the expected JSON)");
        }
        if (connection != null) {
            return new LlmFailure(LlmFailure.Kind.CONNECTION, provider + ": " + connectionProblem(connection));
        }
        // The call returned but the answer was not what the client library expected (e.g. no choices at all).
        return new LlmFailure(LlmFailure.Kind.MALFORMED, provider + ": malformed answer (missing or unexpected fields)");
    }

    private LlmFailure httpStatus(String provider, int status) {
        String where = provider + ": HTTP " + status;
        if (status == 401 || status == 403) {
            String check = settings.provider() == LlmProvider.BEDROCK
                    ? "check the function's IAM role allows bedrock:InvokeModel on taskfit.generate.model, and the region"
                    : "check taskfit.generate.api-key";
            return new LlmFailure(LlmFailure.Kind.AUTHENTICATION, where + " (" + check + ")");
        }
        if (status == 429) {
            return new LlmFailure(LlmFailure.Kind.RATE_LIMITED, where + " (rate limited or out of quota; try again later)");
        }
        if (status == 408) {
            return new LlmFailure(LlmFailure.Kind.TIMEOUT, where + " (the server timed out)");
        }
        if (status == 404) {
            return new LlmFailure(LlmFailure.Kind.NOT_FOUND, where + " (check taskfit.generate.model '" + settings.model()
                    + "'" + (settings.baseUrl() != null ? " and taskfit.generate.base-url " + settings.displayUrl() : "") + ")");
        }
        if (status >= 500) {
            return new LlmFailure(LlmFailure.Kind.SERVER_ERROR, where + " (the provider failed; try again later)");
        }
        return new LlmFailure(LlmFailure.Kind.REJECTED, where + " (the provider rejected the request)");
    }

    private String connectionProblem(Throwable t) {
        String target = settings.displayUrl() != null ? settings.displayUrl() : "the provider's default endpoint";
        if (t instanceof ConnectException) {
            return "cannot connect to " + target + " (connection refused)";
        }
        if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
            return "cannot connect to " + target + " (unknown host)";
        }
        if (t instanceof NoRouteToHostException) {
            return "cannot connect to " + target + " (no route to host)";
        }
        return "connection to " + target + " failed (" + t.getClass().getSimpleName() + ")";
    }

    /** Jackson's own and the AWS SDK's shaded copy of it. */
    private static boolean isJsonError(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            String name = c.getName();
            if (name.endsWith(".JsonProcessingException") || name.endsWith(".JacksonException")
                    || name.endsWith(".JsonParseException")) {
                return true;
            }
        }
        return false;
    }
}
