package dev.taskfit.api;

import com.amazonaws.services.lambda.runtime.Context;
import io.quarkus.vertx.http.runtime.QuarkusHttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;

/**
 * The id of the request being served: the AWS request id of its Lambda invocation, the key that finds it in
 * CloudWatch. Reduced to characters safe in a URI reference and a log line.
 */
public final class RequestIds {

    private RequestIds() {
    }

    /** The request id from CDI's view of the Lambda context, or null outside a Lambda invocation. */
    public static String of(Instance<Context> lambdaContext) {
        try {
            return lambdaContext.isResolvable() ? safe(lambdaContext.get().getAwsRequestId()) : null;
        } catch (RuntimeException e) {
            return null; // no request scope (e.g. a failure before routing)
        }
    }

    /** The request id from a Vert.x request the Lambda handler made, or null. */
    public static String of(RoutingContext routing) {
        if (routing.request().headers() instanceof QuarkusHttpHeaders headers) {
            Context context = headers.getContextObject(Context.class);
            return context == null ? null : safe(context.getAwsRequestId());
        }
        return null;
    }

    private static String safe(String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        return id.length() > 128 ? null : id.replaceAll("[^A-Za-z0-9._~-]", "_");
    }
}
