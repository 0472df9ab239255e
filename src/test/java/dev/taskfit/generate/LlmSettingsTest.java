package dev.taskfit.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading taskfit.generate.*: defaults, every mistake named by its key, and the key never shown. */
class LlmSettingsTest {

    private static final String KEY = "sk-settings-test-secret-value";

    /** A configuration from a map of the keys after "taskfit.generate.", with the application's defaults. */
    static GenerateConfig config(Map<String, String> values) {
        Map<String, String> v = new HashMap<>(Map.of("provider", "none", "timeout", "10s", "max-retries", "1",
                "circuit-breaker.request-volume", "4", "circuit-breaker.failure-ratio", "0.75", "circuit-breaker.delay", "30s",
                "max-calls-per-minute", "60"));
        v.putAll(values);
        return new GenerateConfig() {
            public String provider() { return v.get("provider"); }
            public Optional<String> model() { return Optional.ofNullable(v.get("model")); }
            public Optional<String> baseUrl() { return Optional.ofNullable(v.get("base-url")); }
            public Optional<String> apiKey() { return Optional.ofNullable(v.get("api-key")); }
            public Optional<String> apiKeySecret() { return Optional.ofNullable(v.get("api-key-secret")); }
            public Optional<String> region() { return Optional.ofNullable(v.get("region")); }
            public String timeout() { return v.get("timeout"); }
            public String maxRetries() { return v.get("max-retries"); }
            public String maxCallsPerMinute() { return v.get("max-calls-per-minute"); }
            public CircuitBreaker circuitBreaker() {
                return new CircuitBreaker() {
                    public String requestVolume() { return v.get("circuit-breaker.request-volume"); }
                    public String failureRatio() { return v.get("circuit-breaker.failure-ratio"); }
                    public String delay() { return v.get("circuit-breaker.delay"); }
                };
            }
        };
    }

    @Test
    void providersDefaultTheirModel() {
        LlmSettings s = LlmSettings.from(config(Map.of("provider", "ollama")), null);
        assertEquals(LlmProvider.OLLAMA, s.provider());
        assertEquals("llama3.2", s.model());
        assertEquals("ollama:llama3.2", s.modelId());
        assertEquals(Duration.ofSeconds(10), s.timeout());
        assertEquals(1, s.maxRetries());
        assertEquals(new LlmSettings.CircuitSettings(4, 0.75, Duration.ofSeconds(30)), s.circuit());
        assertEquals(60, s.maxCallsPerMinute());
        assertNull(s.baseUrl());
    }

    @Test
    void theProviderNameIgnoresCaseAndSpaces() {
        assertEquals(LlmProvider.BEDROCK, LlmSettings.from(config(Map.of("provider", " Bedrock ")), null).provider());
    }

    @ParameterizedTest
    @CsvSource({"10s, 10000", "1500ms, 1500", "2m, 120000", "1h, 3600000", "7, 7000", "0.5s, 500", "PT3S, 3000", "pt0.25s, 250"})
    void durationsReadAsPeopleWriteThem(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), LlmSettings.parseDuration(text));
    }

    @ParameterizedTest
    @CsvSource({"10000, 10 s", "1500, 1.5 s", "800, 800 ms"})
    void timeoutsAreDescribedForPeople(long millis, String text) {
        assertEquals(text, LlmSettings.describe(Duration.ofMillis(millis)));
    }

    @Test
    void everyMistakeIsNamedByItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LlmSettings.from(config(Map.of(
                "provider", "gemini", "timeout", "ten", "max-retries", "-1", "base-url", "ftp://x",
                "circuit-breaker.failure-ratio", "2", "max-calls-per-minute", "0")), null));
        String m = e.getMessage();
        assertTrue(m.contains("taskfit.generate.provider 'gemini' is not one of none|openai|anthropic|ollama|bedrock"), m);
        assertTrue(m.contains("taskfit.generate.timeout 'ten' is not a duration"), m);
        assertTrue(m.contains("taskfit.generate.max-retries must be between 0 and 10"), m);
        assertTrue(m.contains("taskfit.generate.base-url must be an http(s) URL"), m);
        assertTrue(m.contains("taskfit.generate.circuit-breaker.failure-ratio must be in (0, 1]"), m);
        assertTrue(m.contains("taskfit.generate.max-calls-per-minute must be between 1 and 100000"), m);
    }

    @Test
    void anthropicNeedsAKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LlmSettings.from(config(Map.of("provider", "anthropic")), null));
        assertTrue(e.getMessage().contains("TASKFIT_GENERATE_API_KEY"), e.getMessage());
    }

    @Test
    void openAiNeedsAKeyOnlyForItsOwnEndpoint() {
        assertThrows(IllegalArgumentException.class, () -> LlmSettings.from(config(Map.of("provider", "openai")), " "));
        LlmSettings local = LlmSettings.from(config(Map.of("provider", "openai", "base-url", "http://127.0.0.1:8080/v1")), null);
        assertNull(local.apiKey());
    }

    @Test
    void theKeyIsNeverInTheTextOfTheSettings() {
        LlmSettings s = LlmSettings.from(config(Map.of("provider", "openai", "base-url",
                "https://user:" + KEY + "@llm.example/v1?key=" + KEY)), KEY);
        assertEquals(KEY, s.apiKey());
        assertFalse(s.toString().contains(KEY), s.toString());
        assertTrue(s.toString().contains("apiKey=****"), s.toString());
        assertEquals("https://llm.example/v1", s.displayUrl());
    }
}
