package dev.taskfit.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CloudWatch embedded-metric-format line per request on the {@code taskfit.metrics} logger: CloudWatch Logs
 * turns it into metrics with no agent and no API call. Namespace {@code taskfit.metrics.namespace}; every metric has
 * the dimension {@code Function}; LLM fallbacks also by {@code Reason}, advice also by {@code Family}.
 */
final class EmbeddedMetrics {

    static final String LOGGER = "taskfit.metrics";
    private static final Logger LOG = Logger.getLogger(LOGGER);

    private final String namespace;
    private final String function;
    private final ObjectMapper json;

    EmbeddedMetrics(String namespace, String function, ObjectMapper json) {
        this.namespace = namespace;
        this.function = function;
        this.json = json;
    }

    /** Writes the metrics of one answered request. */
    void record(int status, double latencyMs, AnswerFacts facts) {
        if (LOG.isInfoEnabled()) {
            LOG.info(line(System.currentTimeMillis(), status, latencyMs, facts));
        }
    }

    /** The EMF document for one request, as a single JSON line. */
    String line(long timestampMillis, int status, double latencyMs, AnswerFacts facts) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> directives = new ArrayList<>();
        root.put("_aws", Map.of("Timestamp", timestampMillis, "CloudWatchMetrics", directives));
        root.put("level", "INFO"); // Lambda's log-level filter keeps only JSON lines with a level
        root.put("Function", function);
        List<Map<String, String>> byFunction = new ArrayList<>();
        metric(root, byFunction, "Requests", "Count", 1);
        metric(root, byFunction, "Latency", "Milliseconds", Math.round(latencyMs * 100) / 100.0);
        metric(root, byFunction, "Errors5xx", "Count", status >= 500 ? 1 : 0);
        if (facts.generator() != null || facts.llmCalls() > 0) {
            metric(root, byFunction, "LlmCalls", "Count", facts.llmCalls());
        }
        if (facts.fallback()) {
            metric(root, byFunction, "CircuitOpen", "Count", facts.circuitOpen() ? 1 : 0);
        }
        if (facts.generated() != null) {
            metric(root, byFunction, "PipelineGenerated", "Count", facts.generated());
            metric(root, byFunction, "PipelineAccepted", "Count", facts.accepted() == null ? 0 : facts.accepted());
        }
        directives.add(directive(List.of("Function"), byFunction));
        if (facts.fallback()) {
            root.put("Reason", facts.fallbackReason());
            List<Map<String, String>> byReason = new ArrayList<>();
            metric(root, byReason, "LlmFallbacks", "Count", 1);
            directives.add(directive(List.of("Function", "Reason"), byReason));
        }
        if (facts.family() != null) {
            root.put("Family", facts.family());
            List<Map<String, String>> byFamily = new ArrayList<>();
            metric(root, byFamily, "AdvisedFamily", "Count", 1);
            directives.add(directive(List.of("Function", "Family"), byFamily));
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("metrics of plain values always serialise", e);
        }
    }

    private static void metric(Map<String, Object> root, List<Map<String, String>> definitions, String name, String unit, Number value) {
        definitions.add(Map.of("Name", name, "Unit", unit));
        root.put(name, value);
    }

    private Map<String, Object> directive(List<String> dimensions, List<Map<String, String>> metrics) {
        return Map.of("Namespace", namespace, "Dimensions", List.of(dimensions), "Metrics", metrics);
    }
}
