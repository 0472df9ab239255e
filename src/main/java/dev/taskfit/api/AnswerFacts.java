package dev.taskfit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What decided a response, read from the response body every endpoint already returns (so no feature has to
 * report to the log): the model and its version, the advised family, the generator and why it fell back, how many
 * pipeline candidates were generated and accepted, how many came from an LLM; for a problem, its type. Never
 * any text from the request or the answer.
 */
public record AnswerFacts(String model, String modelVersion, String family, String generator, boolean fallback,
                          String fallbackReason, Integer generated, Integer accepted, int llmCalls, String problem) {

    private static final AnswerFacts NONE = new AnswerFacts(null, null, null, null, false, null, null, null, 0, null);
    private static final Pattern REASON = Pattern.compile(
            "circuit breaker|timeout|not configured|misconfigured|connection|rate limit|auth|forbidden|unauthori[sz]ed|"
                    + "not found|refused|rejected|malformed|server error|\\b5\\d\\d\\b|\\b4\\d\\d\\b");

    /** The facts of {@code entity}, the response body. */
    static AnswerFacts of(Object entity, ObjectMapper json) {
        if (entity instanceof Problem problem) {
            return new AnswerFacts(null, null, null, null, false, null, null, null, 0, problem.type());
        }
        if (entity == null || entity instanceof String || entity instanceof byte[]) {
            return NONE;
        }
        JsonNode body;
        try {
            body = json.valueToTree(entity);
        } catch (IllegalArgumentException e) {
            return NONE;
        }
        if (!body.isObject()) {
            return NONE;
        }
        // route nests the advice and the result of the function it ran
        JsonNode result = body.path("result").isObject() ? body.path("result") : body;
        JsonNode advice = body.path("advice");
        String generator = text(result, "generator");
        boolean fallback = result.path("fallback").asBoolean(false);
        Integer generated = result.has("generated") ? result.path("generated").asInt() : null;
        Integer accepted = result.has("acceptedCount") ? result.path("acceptedCount").asInt() : null;
        return new AnswerFacts(text(result, "model"), text(result, "modelVersion"),
                text(advice.isObject() ? advice : body, "family"), generator, fallback,
                fallback ? reasonKind(text(result, "fallbackReason")) : null, generated, accepted,
                llmCalls(result, generator), null);
    }

    /** LLM calls behind the answer: one for a generate by the LLM (or one that fell back from it), one per LLM candidate of a pipeline. */
    private static int llmCalls(JsonNode result, String generator) {
        if (result.has("accepted") && result.path("accepted").isArray()) {
            int calls = 0;
            for (String list : new String[] {"accepted", "rejected"}) {
                for (JsonNode candidate : result.path(list)) {
                    calls += "llm".equals(text(candidate, "generator")) ? 1 : 0;
                }
            }
            return calls;
        }
        return "llm".equals(generator) || result.path("fallback").asBoolean(false) ? 1 : 0;
    }

    /**
     * The kind of a fallback reason ("timeout", "circuit-breaker", ...): a short word fit for a metric dimension,
     * never the provider's message, which may quote anything.
     */
    static String reasonKind(String reason) {
        if (reason == null) {
            return "unknown";
        }
        Matcher kind = REASON.matcher(reason.toLowerCase(Locale.ROOT));
        return kind.find() ? kind.group().replace(' ', '-') : "other";
    }

    /** Whether the LLM was not called because its circuit breaker is open. */
    boolean circuitOpen() {
        return "circuit-breaker".equals(fallbackReason);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() || value.isNumber() ? value.asText() : null;
    }
}
