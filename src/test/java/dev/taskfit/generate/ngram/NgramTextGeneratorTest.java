package dev.taskfit.generate.ngram;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NgramTextGeneratorTest {

    private static final NgramTextGenerator GENERATOR = new NgramTextGenerator(SmallCorpus.model(4));
    private static final SamplingOptions OPTIONS = SamplingOptions.defaults().withMaxTokens(40).withTemperature(1.5);

    @Test
    void theSameSeedGivesTheSameText() {
        assertEquals(GENERATOR.generate("The whale", OPTIONS.withSeed(7)),
                GENERATOR.generate("The whale", OPTIONS.withSeed(7)));
    }

    @Test
    void otherSeedsGiveOtherTexts() {
        Set<String> texts = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            texts.add(GENERATOR.generate("The whale", OPTIONS.withSeed(seed)).text());
        }
        assertTrue(texts.size() > 5, texts::toString);
    }

    @Test
    void concurrentCallsDoNotDisturbEachOther() throws Exception {
        GeneratedText expected = GENERATOR.generate("The crew saw", OPTIONS.withSeed(3));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            java.util.List<Future<GeneratedText>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> GENERATOR.generate("The crew saw", OPTIONS.withSeed(3))));
            }
            for (Future<GeneratedText> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void generationStopsAtMaxTokens() {
        GeneratedText text = GENERATOR.generate("The", OPTIONS.withMaxTokens(5).withSeed(1));
        assertEquals(5, text.generatedTokens());
        assertEquals(1, text.promptTokens());
        assertEquals("", GENERATOR.generate("The", OPTIONS.withMaxTokens(0)).text());
    }

    @Test
    void generationStopsAtTheSentenceEndWhenAsked() {
        for (long seed = 0; seed < 20; seed++) {
            GeneratedText text = GENERATOR.generate("The whale",
                    OPTIONS.withMaxTokens(200).withStopAtSentenceEnd(true).withSeed(seed));
            assertTrue(text.stoppedAtSentenceEnd(), text::toString);
            assertTrue(text.generatedTokens() < 200);
            assertEquals(1, EnglishTokenizer.sentences("The whale " + text.text()).size(), text::text);
        }
    }

    @Test
    void aPromptOfUnknownWordsStillGetsAContinuation() {
        GeneratedText text = GENERATOR.generate("Zorglub blorf quux", OPTIONS.withSeed(2));
        assertEquals(3, text.promptTokens());
        assertFalse(text.text().isBlank());
        assertFalse(text.text().contains("<unk>") || text.text().contains("<s>"));
    }

    @Test
    void theContinuationDependsOnThePrompt() {
        // Greedy decoding makes the dependence visible: "Call me" can only go on with "Ishmael" or "a".
        SamplingOptions greedy = OPTIONS.withTemperature(0).withMaxTokens(1);
        String afterCallMe = GENERATOR.generate("Call me", greedy).text();
        assertTrue(Set.of("Ishmael", "a").contains(afterCallMe), afterCallMe);
        assertNotEquals(afterCallMe, GENERATOR.generate("The sea was", greedy).text());
    }

    @Test
    void sentencesStartWithACapitalAndTheContinuationOfAnOpenSentenceDoesNot() {
        SamplingOptions greedy = OPTIONS.withTemperature(0).withMaxTokens(3);
        String fresh = GENERATOR.generate("", greedy).text();
        assertTrue(Character.isUpperCase(fresh.codePointAt(0)), fresh);
        String continued = GENERATOR.generate("I saw", greedy).text();
        assertTrue(Character.isLowerCase(continued.codePointAt(0)), continued);
    }

    @Test
    void aPromptEndingASentenceStartsANewOne() {
        String text = GENERATOR.generate("Call me Ishmael.", OPTIONS.withSeed(4)).text();
        assertTrue(Character.isUpperCase(text.codePointAt(0)) || text.startsWith("\""), text);
    }

    @Test
    void samplingOptionsRejectNonsense() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> OPTIONS.withTemperature(-1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> OPTIONS.withTopP(0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> OPTIONS.withTopK(-1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> OPTIONS.withMaxTokens(-1));
    }
}
