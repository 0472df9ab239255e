package dev.taskfit.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.api.ProblemException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each provider's adapter against a local server speaking that provider's real wire format: what it sends, what it
 * makes of a good answer, and for every failure the n-gram fallback and the reason it gives. No Quarkus here: the
 * adapter and {@link GenerateService} are plain objects (the guard around them is tested through the Lambda path).
 */
class ProviderWireContractTest {

    private static final String KEY = "sk-taskfit-unit-0123456789abcdef";
    private static final Duration TIMEOUT = Duration.ofMillis(800);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Generator NGRAM = request -> new GeneratorAnswer("from the n-gram model", GeneratorAnswer.NGRAM,
            "ngram:test", 3, 4);

    private static FakeLlmServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new FakeLlmServer(20_000);
        // Bedrock signs with the AWS SDK's default credential chain; system properties come first in it.
        System.setProperty("aws.accessKeyId", "AKIDTASKFITTEST");
        System.setProperty("aws.secretAccessKey", "taskfit-test-secret-access-key");
    }

    @AfterAll
    static void stop() {
        server.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    static LlmSettings settings(LlmProvider provider, String baseUrl, int maxRetries) {
        String model = switch (provider) {
            case OPENAI -> "gpt-test";
            case ANTHROPIC -> "claude-test";
            case OLLAMA -> "llama-test";
            default -> "amazon.nova-test-v1:0";
        };
        return new LlmSettings(provider, model, baseUrl, provider == LlmProvider.BEDROCK ? null : KEY,
                provider == LlmProvider.BEDROCK ? "eu-west-1" : null, TIMEOUT, maxRetries,
                new LlmSettings.CircuitSettings(1000, 1.0, Duration.ofSeconds(30)), 1000);
    }

    private static GenerateService service(LlmProvider provider, int maxRetries) {
        return new GenerateService(LlmGenerator.create(settings(provider, server.baseUrl(provider), maxRetries)), NGRAM);
    }

    private static GenerationSpec prompt(String prompt) {
        return new GenerationSpec(prompt, "Answer briefly.", 48, 0.5, 42);
    }

    private static GenerateService.Outcome auto(LlmProvider provider, String prompt) {
        return service(provider, 0).generate(prompt(prompt), GenerateService.Choice.AUTO);
    }

    private static String authStatus(LlmProvider provider) {
        return provider == LlmProvider.BEDROCK ? "#403" : "#401"; // Bedrock refuses with 403 AccessDenied
    }

    // ---- success: the request each provider receives, and the answer read back ----

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void answersFromTheLlmWithItsTokenCounts(LlmProvider provider) {
        GenerateService.Outcome outcome = auto(provider, "Tell me about foxes.");
        assertFalse(outcome.fallback());
        assertNull(outcome.fallbackReason());
        GeneratorAnswer g = outcome.generation();
        assertEquals(FakeLlmServer.REPLY, g.text());
        assertEquals(GeneratorAnswer.LLM, g.generator());
        assertEquals(settings(provider, null, 0).modelId(), g.model());
        assertEquals(FakeLlmServer.PROMPT_TOKENS, g.promptTokens());
        assertEquals(FakeLlmServer.COMPLETION_TOKENS, g.completionTokens());
    }

    @Test
    void openAiReceivesAChatCompletionWithSamplingSettingsAndBearerKey() throws IOException {
        auto(LlmProvider.OPENAI, "Tell me about foxes.");
        FakeLlmServer.Received r = server.last();
        assertEquals("/v1/chat/completions", r.path());
        assertEquals("Bearer " + KEY, r.header("Authorization"));
        JsonNode body = JSON.readTree(r.body());
        assertEquals("gpt-test", body.get("model").asText());
        assertEquals("system", body.at("/messages/0/role").asText());
        assertEquals("Answer briefly.", body.at("/messages/0/content").asText());
        assertEquals("user", body.at("/messages/1/role").asText());
        assertEquals("Tell me about foxes.", body.at("/messages/1/content").asText());
        assertEquals(48, body.get("max_tokens").asInt());
        assertEquals(0.5, body.get("temperature").asDouble());
        assertEquals(42, body.get("seed").asInt());
    }

    @Test
    void anthropicReceivesAMessagesRequestWithItsKeyHeaderAndSystemApart() throws IOException {
        auto(LlmProvider.ANTHROPIC, "Tell me about foxes.");
        FakeLlmServer.Received r = server.last();
        assertEquals("/v1/messages", r.path());
        assertEquals(KEY, r.header("x-api-key"));
        assertTrue(r.header("anthropic-version") != null, "anthropic-version header");
        JsonNode body = JSON.readTree(r.body());
        assertEquals("claude-test", body.get("model").asText());
        assertEquals("Answer briefly.", body.at("/system/0/text").asText(body.path("system").asText()));
        assertEquals("user", body.at("/messages/0/role").asText());
        assertEquals(48, body.get("max_tokens").asInt());
        assertEquals(0.5, body.get("temperature").asDouble());
    }

    @Test
    void ollamaReceivesANonStreamingChatWithOptions() throws IOException {
        auto(LlmProvider.OLLAMA, "Tell me about foxes.");
        FakeLlmServer.Received r = server.last();
        assertEquals("/api/chat", r.path());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("llama-test", body.get("model").asText());
        assertFalse(body.get("stream").asBoolean());
        assertEquals("system", body.at("/messages/0/role").asText());
        assertEquals(48, body.at("/options/num_predict").asInt());
        assertEquals(42, body.at("/options/seed").asInt());
    }

    @Test
    void bedrockReceivesASignedConverseRequest() throws IOException {
        auto(LlmProvider.BEDROCK, "Tell me about foxes.");
        FakeLlmServer.Received r = server.last();
        assertEquals("/model/amazon.nova-test-v1:0/converse", r.path());
        assertTrue(r.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDTASKFITTEST/"),
                r.header("Authorization"));
        assertTrue(r.header("Authorization").contains("/eu-west-1/bedrock/aws4_request"), r.header("Authorization"));
        JsonNode body = JSON.readTree(r.body());
        assertEquals("Answer briefly.", body.at("/system/0/text").asText());
        assertEquals("Tell me about foxes.", body.at("/messages/0/content/0/text").asText());
        assertEquals(48, body.at("/inferenceConfig/maxTokens").asInt());
        assertEquals(0.5, body.at("/inferenceConfig/temperature").asDouble(), 1e-6);
    }

    // ---- every failure: the n-gram model answers, with a reason a person can act on ----

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aRefusedKeyFallsBackNamingWhatToCheck(LlmProvider provider) {
        GenerateService.Outcome outcome = auto(provider, "Hello " + authStatus(provider));
        assertFallback(outcome);
        String expected = provider == LlmProvider.BEDROCK
                ? "bedrock: HTTP 403 (check the function's IAM role allows bedrock:InvokeModel on taskfit.generate.model, and the region)"
                : provider.id() + ": HTTP 401 (check taskfit.generate.api-key)";
        assertEquals(expected, outcome.fallbackReason());
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void rateLimitingFallsBack(LlmProvider provider) {
        GenerateService.Outcome outcome = auto(provider, "Hello #429");
        assertFallback(outcome);
        assertEquals(provider.id() + ": HTTP 429 (rate limited or out of quota; try again later)", outcome.fallbackReason());
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aServerErrorFallsBack(LlmProvider provider) {
        GenerateService.Outcome outcome = auto(provider, "Hello #500");
        assertFallback(outcome);
        assertEquals(provider.id() + ": HTTP 500 (the provider failed; try again later)", outcome.fallbackReason());
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void anUnknownModelFallsBackNamingTheModel(LlmProvider provider) {
        GenerateService.Outcome outcome = auto(provider, "Hello #404");
        assertFallback(outcome);
        assertTrue(outcome.fallbackReason().startsWith(provider.id() + ": HTTP 404 (check taskfit.generate.model '"),
                outcome.fallbackReason());
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void malformedJsonFallsBack(LlmProvider provider) {
        GenerateService.Outcome outcome = auto(provider, "Hello #malformed");
        assertFallback(outcome);
        assertEquals(provider.id() + ": malformed answer (not the expected JSON)", outcome.fallbackReason());
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void anAnswerWithoutTextFallsBack(LlmProvider provider) {
        GenerateService.Outcome outcome = auto(provider, "Hello #notext");
        assertFallback(outcome);
        assertTrue(outcome.fallbackReason().startsWith(provider.id() + ": malformed answer ("), outcome.fallbackReason());
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aSlowAnswerTripsTheTimeoutAndFallsBack(LlmProvider provider) {
        long start = System.nanoTime();
        GenerateService.Outcome outcome = auto(provider, "Hello #slow");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertFallback(outcome);
        assertEquals(provider.id() + ": timeout after 800 ms", outcome.fallbackReason());
        assertTrue(millis < TIMEOUT.toMillis() + 5_000, "answered after " + millis + " ms; the server takes 20 s");
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aClosedPortFallsBackAtOnce(LlmProvider provider) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        LlmSettings s = settings(provider, "http://127.0.0.1:" + closed + (provider == LlmProvider.OPENAI ? "/v1" : ""), 0);
        GenerateService.Outcome outcome = new GenerateService(LlmGenerator.create(s), NGRAM)
                .generate(prompt("Hello"), GenerateService.Choice.AUTO);
        assertFallback(outcome);
        assertTrue(outcome.fallbackReason().startsWith(provider.id() + ": cannot connect to http://127.0.0.1:" + closed),
                outcome.fallbackReason());
        assertTrue(outcome.fallbackReason().endsWith("(connection refused)"), outcome.fallbackReason());
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void serverErrorsAreRetriedUpToMaxRetries(LlmProvider provider) {
        int before = server.received().size();
        service(provider, 2).generate(prompt("Hello #500"), GenerateService.Choice.AUTO);
        assertEquals(3, server.received().size() - before, "one call and two retries");
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void aRefusedKeyIsNotRetried(LlmProvider provider) {
        int before = server.received().size();
        service(provider, 2).generate(prompt("Hello " + authStatus(provider)), GenerateService.Choice.AUTO);
        assertEquals(1, server.received().size() - before);
    }

    // ---- generator "llm": no fallback, a problem with the reason ----

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void llmRequestedAndFailingIs503WithTheReason(LlmProvider provider) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> service(provider, 0).generate(prompt("Hello #500"), GenerateService.Choice.LLM));
        assertEquals(503, e.problem().status());
        assertEquals("/problems/llm-unavailable", e.problem().type());
        assertEquals(provider.id() + ": HTTP 500 (the provider failed; try again later)", e.problem().detail());
    }

    @ParameterizedTest
    @EnumSource(value = LlmProvider.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void llmRequestedAndTimingOutIs504(LlmProvider provider) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> service(provider, 0).generate(prompt("Hello #slow"), GenerateService.Choice.LLM));
        assertEquals(504, e.problem().status());
        assertEquals("/problems/llm-timeout", e.problem().type());
    }

    @Test
    void noReasonEverQuotesTheKeyTheServerEchoed() {
        for (LlmProvider provider : new LlmProvider[] {LlmProvider.OPENAI, LlmProvider.ANTHROPIC, LlmProvider.OLLAMA}) {
            for (String scenario : new String[] {"#401", "#403", "#429", "#500", "#malformed"}) {
                String reason = auto(provider, "Hello " + scenario).fallbackReason();
                assertFalse(reason.contains(KEY), reason);
                assertFalse(reason.contains("sk-taskfit"), reason);
            }
        }
    }

    private static void assertFallback(GenerateService.Outcome outcome) {
        assertTrue(outcome.fallback(), "fallback");
        assertEquals(GeneratorAnswer.NGRAM, outcome.generation().generator());
        assertEquals("from the n-gram model", outcome.generation().text());
    }
}
