package dev.taskfit.generate;

import dev.taskfit.advise.Family;
import dev.taskfit.advise.LlmSecondOpinion;
import dev.taskfit.route.GeneratedSecondOpinion;
import dev.taskfit.advise.SecondOpinion;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The openai adapter against a real OpenAI-compatible server (llama.cpp's llama-server with a tiny random-weight
 * model: gibberish text, real wire protocol). Skipped, with a message, when no server is given.
 */
class LlamaServerE2ETest {

    private static LlmSettings settings(String baseUrl) {
        return new LlmSettings(LlmProvider.OPENAI, "tiny-random", baseUrl, null, null, Duration.ofSeconds(60), 0,
                new LlmSettings.CircuitSettings(1000, 1.0, Duration.ofSeconds(30)), 1000);
    }

    @Test
    void answersThroughTheRealWireProtocolWithTokenCounts() {
        String url = LlamaServer.baseUrlOrSkip();
        GeneratorAnswer g = LlmGenerator.create(settings(url))
                .generate(new GenerationSpec("Once upon a time", "You tell stories.", 16, 0.8, 42));
        assertEquals(GeneratorAnswer.LLM, g.generator());
        assertEquals("openai:tiny-random", g.model());
        assertNotNull(g.text());
        assertTrue(g.promptTokens() != null && g.promptTokens() > 0, "prompt tokens " + g.promptTokens());
        assertTrue(g.completionTokens() != null && g.completionTokens() > 0 && g.completionTokens() <= 16,
                "completion tokens " + g.completionTokens());
    }

    @Test
    void autoUsesTheServerWithoutFallingBack() {
        String url = LlamaServer.baseUrlOrSkip();
        Generator ngram = request -> {
            throw new AssertionError("the n-gram model must not be asked");
        };
        GenerateService.Outcome outcome = new GenerateService(LlmGenerator.create(settings(url)), ngram)
                .generate(new GenerationSpec("The capital of France is", null, 8, 0.0, 1), GenerateService.Choice.AUTO);
        assertFalse(outcome.fallback());
        assertEquals(GeneratorAnswer.LLM, outcome.generation().generator());
    }

    @Test
    void theAdvisorsSecondOpinionIsAskedThroughTheRealWireProtocol() {
        String url = LlamaServer.baseUrlOrSkip();
        Generator ngram = request -> {
            throw new AssertionError("a second opinion never falls back to the n-gram model");
        };
        SecondOpinion opinion = new LlmSecondOpinion(new GeneratedSecondOpinion(new GenerateService(LlmGenerator.create(settings(url)), ngram)))
                .ask("compose a jingle for our radio ad", Family.GENERATIVE);
        assertNull(opinion.unavailable(), opinion.unavailable());
        assertEquals("openai:tiny-random", opinion.model());
        assertNotNull(opinion.answer());
        // Random weights: the answer may name no family; when it names one, agreement is reported against the advice.
        assertEquals(opinion.family() == null ? null : opinion.family() == Family.GENERATIVE, opinion.agrees());
    }
}
