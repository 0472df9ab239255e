package dev.taskfit.generate;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checked LLM settings. {@link #from} collects every mistake in {@code taskfit.generate.*} into one message that names
 * the keys, never their secret values; {@link #toString()} hides the API key.
 *
 * @param baseUrl   the server URL, or null for the provider's default
 * @param apiKey    the API key, or null when there is none
 * @param region    the AWS region for Bedrock, or null for the SDK's default chain
 * @param maxCallsPerMinute most LLM calls this instance makes in any minute
 */
public record LlmSettings(LlmProvider provider, String model, String baseUrl, String apiKey, String region,
                          Duration timeout, int maxRetries, CircuitSettings circuit, int maxCallsPerMinute) {

    /** When the circuit breaker opens and how long it stays open. */
    public record CircuitSettings(int requestVolume, double failureRatio, Duration delay) {
    }

    /** The key that bounds LLM calls per minute, as fallback reasons and problems name it. */
    static final String MAX_CALLS_KEY = "taskfit.generate.max-calls-per-minute";

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    /** What a call costs at most, as a person reads it: "10 s", "1.5 s", "800 ms". */
    public String timeoutText() {
        return describe(timeout);
    }

    /** "provider:model", as responses name the generator's model. */
    public String modelId() {
        return provider.id() + ":" + model;
    }

    /**
     * Reads the configuration; {@code apiKey} is the key already resolved (from the environment or a secret).
     *
     * @throws IllegalArgumentException naming every invalid key
     */
    public static LlmSettings from(GenerateConfig config, String apiKey) {
        List<String> problems = new ArrayList<>();
        LlmProvider provider = LlmProvider.parse(config.provider()).orElse(null);
        if (provider == null) {
            problems.add("taskfit.generate.provider '" + config.provider().strip() + "' is not one of " + LlmProvider.choices());
        }
        Duration timeout = duration(config.timeout(), "taskfit.generate.timeout", problems);
        Integer maxRetries = integer(config.maxRetries(), "taskfit.generate.max-retries", 0, 10, problems);
        Integer volume = integer(config.circuitBreaker().requestVolume(), "taskfit.generate.circuit-breaker.request-volume", 1, 10_000, problems);
        Double ratio = ratio(config.circuitBreaker().failureRatio(), problems);
        Duration delay = duration(config.circuitBreaker().delay(), "taskfit.generate.circuit-breaker.delay", problems);
        Integer callsPerMinute = integer(config.maxCallsPerMinute(), MAX_CALLS_KEY, 1, 100_000, problems);
        String baseUrl = config.baseUrl().map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (baseUrl != null && !isHttpUrl(baseUrl)) {
            problems.add("taskfit.generate.base-url must be an http(s) URL");
        }
        String key = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        if (provider == LlmProvider.ANTHROPIC && key == null) {
            problems.add("anthropic needs an API key: set TASKFIT_GENERATE_API_KEY (taskfit.generate.api-key) "
                    + "or TASKFIT_GENERATE_API_KEY_SECRET");
        }
        if (provider == LlmProvider.OPENAI && key == null && baseUrl == null) {
            problems.add("openai without taskfit.generate.base-url is api.openai.com, which needs an API key: set "
                    + "TASKFIT_GENERATE_API_KEY (taskfit.generate.api-key) or TASKFIT_GENERATE_API_KEY_SECRET");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        String model = config.model().map(String::strip).filter(s -> !s.isEmpty()).orElse(provider.defaultModel());
        return new LlmSettings(provider, model, baseUrl, key,
                config.region().map(String::strip).filter(s -> !s.isEmpty()).orElse(null),
                timeout, maxRetries, new CircuitSettings(volume, ratio, delay), callsPerMinute);
    }

    /** Parses "10s", "1500ms", "2m", "1h", a bare number of seconds, or ISO-8601 ("PT10S"). */
    static Duration parseDuration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("pt") || value.startsWith("p")) {
            return Duration.parse(value.toUpperCase(Locale.ROOT));
        }
        Matcher m = DURATION.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        double amount = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 1000;
        };
        return Duration.ofMillis(Math.round(millis));
    }

    static String describe(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static Duration duration(String text, String key, List<String> problems) {
        try {
            Duration d = parseDuration(text);
            if (d.isNegative() || d.isZero()) {
                problems.add(key + " must be positive");
            }
            return d;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(key + " '" + text.strip() + "' is not a duration such as 10s or 1500ms");
            return Duration.ZERO;
        }
    }

    private static Integer integer(String text, String key, int min, int max, List<String> problems) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                problems.add(key + " must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(key + " '" + text.strip() + "' is not a whole number");
            return 0;
        }
    }

    private static Double ratio(String text, List<String> problems) {
        try {
            double value = Double.parseDouble(text.strip());
            if (!(value > 0 && value <= 1)) {
                problems.add("taskfit.generate.circuit-breaker.failure-ratio must be in (0, 1]");
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add("taskfit.generate.circuit-breaker.failure-ratio '" + text.strip() + "' is not a number");
            return 0.0;
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = URI.create(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The base URL as it may appear in messages: without user info, query or fragment. */
    public String displayUrl() {
        if (baseUrl == null) {
            return null;
        }
        URI uri = URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** Hides the key: settings may end up in a log line or a debugger. */
    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider.id() + ", model=" + model + ", baseUrl=" + displayUrl()
                + ", apiKey=" + (apiKey == null ? "none" : "****") + ", region=" + region + ", timeout=" + timeoutText()
                + ", maxRetries=" + maxRetries + ", circuit=" + circuit + ", maxCallsPerMinute=" + maxCallsPerMinute + "]";
    }
}
