package dev.taskfit.api;

import com.amazonaws.services.lambda.runtime.Context;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One JSON line per request on the {@code taskfit.access} logger: the AWS request id (so a line can be found
 * from a Lambda invocation), method, path, status and latency. Never the body: it may hold personal data.
 */
public class AccessLog {

    private static final Logger LOG = Logger.getLogger("taskfit.access");
    private static final String STARTED = AccessLog.class.getName() + ".started";

    private final Instance<Context> lambdaContext;

    public AccessLog(Instance<Context> lambdaContext) {
        this.lambdaContext = lambdaContext;
    }

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void start(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    public void finish(ContainerRequestContext request, ContainerResponseContext response) {
        if (!LOG.isInfoEnabled() || !(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        String requestId = lambdaContext.isResolvable() ? safeRequestId() : "";
        LOG.infof("{\"type\":\"access\",\"requestId\":\"%s\",\"method\":\"%s\",\"path\":\"%s\",\"status\":%d,\"latencyMs\":%.2f}",
                requestId, request.getMethod(), jsonSafe(request.getUriInfo().getPath()), response.getStatus(),
                (System.nanoTime() - started) / 1e6);
    }

    private String safeRequestId() {
        try {
            return jsonSafe(lambdaContext.get().getAwsRequestId());
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String jsonSafe(String s) {
        return s == null ? "" : s.replaceAll("[\"\\\\\\p{Cntrl}]", "_");
    }
}
