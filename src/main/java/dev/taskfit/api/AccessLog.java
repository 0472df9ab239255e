package dev.taskfit.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * One JSON line per request on the {@code taskfit.access} logger — the AWS request id, the function, a cold-start
 * marker on the container's first request, method, endpoint, status, latency and what decided the answer
 * ({@link AnswerFacts}) — and its metrics ({@link EmbeddedMetrics}). Never a header or the body: at most the
 * body's length. The request id also goes into the logging context ({@code requestId}), so every line logged
 * while the request runs carries it.
 */
public class AccessLog {

    private static final Logger LOG = Logger.getLogger("taskfit.access");
    private static final String STARTED = AccessLog.class.getName() + ".started";
    static final String REQUEST_ID = "requestId";
    // Compiled once: every request's access line uses it.
    private static final Pattern FIRST_TWO_SEGMENTS = Pattern.compile("^((?:/[^/]*){0,2}).*");

    private final Instance<Context> lambdaContext;
    private final ObjectMapper json;
    private final EmbeddedMetrics metrics;
    private final String function;
    private final AtomicBoolean coldStart = new AtomicBoolean(true);

    public AccessLog(Instance<Context> lambdaContext, ObjectMapper json,
                     @ConfigProperty(name = "taskfit.function") String servedFunction,
                     @ConfigProperty(name = "taskfit.metrics.namespace") String namespace) {
        this.lambdaContext = lambdaContext;
        this.json = json;
        // The Lambda function's own name where there is one (it is what the alarms and dashboard name), else the
        // function this container serves.
        this.function = Optional.ofNullable(System.getenv("AWS_LAMBDA_FUNCTION_NAME")).filter(s -> !s.isBlank()).orElse(servedFunction);
        this.metrics = new EmbeddedMetrics(namespace, function, json);
        BareLineHandler.install(LOG.getName(), EmbeddedMetrics.LOGGER);
    }

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void start(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        String id = RequestIds.of(lambdaContext);
        if (id != null) {
            MDC.put(REQUEST_ID, id);
        }
    }

    @ServerResponseFilter
    public void finish(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            if (request.getProperty(STARTED) instanceof Long started) {
                double latencyMs = (System.nanoTime() - started) / 1e6;
                AnswerFacts facts = AnswerFacts.of(response.getEntity(), json);
                if (LOG.isInfoEnabled()) {
                    LOG.info(line(request, response.getStatus(), latencyMs, facts));
                }
                metrics.record(response.getStatus(), latencyMs, facts);
            }
        } finally {
            MDC.remove(REQUEST_ID);
        }
    }

    private String line(ContainerRequestContext request, int status, double latencyMs, AnswerFacts facts) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "access");
        line.put("level", status >= 500 ? "ERROR" : "INFO");
        line.put(REQUEST_ID, RequestIds.of(lambdaContext));
        line.put("function", function);
        if (coldStart.getAndSet(false)) {
            line.put("coldStart", true);
        }
        line.put("method", request.getMethod());
        line.put("endpoint", endpoint(request));
        line.put("status", status);
        line.put("latencyMs", Math.round(latencyMs * 100) / 100.0);
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,12}")) {
            line.put("bodyBytes", Long.parseLong(length));
        }
        putIfPresent(line, "problem", facts.problem());
        putIfPresent(line, "model", facts.model());
        putIfPresent(line, "modelVersion", facts.modelVersion());
        putIfPresent(line, "family", facts.family());
        putIfPresent(line, "generator", facts.generator());
        if (facts.fallback()) {
            line.put("fallback", true);
            line.put("fallbackReason", facts.fallbackReason());
        }
        if (facts.generated() != null) {
            line.put("pipelineGenerated", facts.generated());
            line.put("pipelineAccepted", facts.accepted());
        }
        if (facts.llmCalls() > 0) {
            line.put("llmCalls", facts.llmCalls());
        }
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an access line of plain values always serialises", e);
        }
    }

    /** The endpoint, as few distinct values as there are routes: a path nothing serves is one value, not each path. */
    private static String endpoint(ContainerRequestContext request) {
        if (request.getUriInfo().getMatchedResources().isEmpty()) {
            return "unmatched";
        }
        return FIRST_TWO_SEGMENTS.matcher(request.getUriInfo().getPath()).replaceAll("$1");
    }

    private static void putIfPresent(Map<String, Object> line, String key, Object value) {
        if (value != null) {
            line.put(key, value);
        }
    }
}
