package dev.taskfit.generate.ngram;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnglishTokenizerTest {

    private static final String OPEN = EnglishTokenizer.OPEN_DOUBLE_QUOTE;
    private static final String CLOSE = EnglishTokenizer.CLOSE_DOUBLE_QUOTE;

    @Test
    void wordsNumbersAndPunctuationAreSeparateTokens() {
        assertEquals(List.of("Hello", ",", "world", "."), EnglishTokenizer.tokens("Hello, world."));
        assertEquals(List.of("It", "cost", "$", "3,000,000", "(", "1.5", "%", ")", "."),
                EnglishTokenizer.tokens("It cost $3,000,000 (1.5%)."));
    }

    @Test
    void cliticsAreSplitOffAsInThePennTreebank() {
        assertEquals(List.of("I", "do", "n't", "know"), EnglishTokenizer.tokens("I don't know"));
        assertEquals(List.of("the", "whale", "'s", "tail"), EnglishTokenizer.tokens("the whale's tail"));
        assertEquals(List.of("we", "'re", "here", "and", "it", "'s", "late"), EnglishTokenizer.tokens("we're here and it’s late"));
    }

    @Test
    void innerHyphensAndApostrophesKeepAWordWhole() {
        assertEquals(List.of("the", "carpet-bag", "at", "ten", "o'clock"),
                EnglishTokenizer.tokens("the carpet-bag at ten o'clock"));
    }

    @Test
    void quotesBecomeOpeningAndClosingTokens() {
        assertEquals(List.of(OPEN, "Yes", ",", CLOSE, "said", "he", "."), EnglishTokenizer.tokens("\"Yes,\" said he."));
        assertEquals(List.of(OPEN, "Yes", CLOSE), EnglishTokenizer.tokens("“Yes”"));
        assertEquals(List.of("the", "whales", EnglishTokenizer.CLOSE_SINGLE_QUOTE, "tails"),
                EnglishTokenizer.tokens("the whales' tails"));
    }

    @Test
    void dashesAndEllipsesAreSingleTokens() {
        assertEquals(List.of("great", "original", EnglishTokenizer.DASH, "the", "Tyre"),
                EnglishTokenizer.tokens("great original--the Tyre"));
        assertEquals(List.of("wait", EnglishTokenizer.ELLIPSIS, "what"), EnglishTokenizer.tokens("wait… what"));
    }

    @Test
    void sentencesEndAtFinalPunctuationBeforeACapitalOrAQuote() {
        List<Sentence> sentences = EnglishTokenizer.sentences("Call me Ishmael. \"Go!\" he said. Then he left");
        assertEquals(3, sentences.size());
        assertEquals(List.of("Call", "me", "Ishmael", "."), sentences.get(0).tokens());
        assertEquals(List.of(OPEN, "Go", "!", CLOSE, "he", "said", "."), sentences.get(1).tokens());
        assertTrue(sentences.get(1).complete());
        assertFalse(sentences.get(2).complete());
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        List<Sentence> sentences = EnglishTokenizer.sentences("Mr. Smith met John F. Kennedy in the U.S. Senate.");
        assertEquals(1, sentences.size());
        assertEquals(List.of("Mr.", "Smith", "met", "John", "F.", "Kennedy", "in", "the", "U.S.", "Senate", "."),
                sentences.get(0).tokens());
    }

    @Test
    void aBlankLineEndsASentence() {
        assertEquals(2, EnglishTokenizer.sentences("Loomings\n\nCall me Ishmael").size());
    }

    @Test
    void aBlankLineAtTheEndClosesTheLastSentence() {
        assertTrue(EnglishTokenizer.sentences("Call me Ishmael\n\n").get(0).complete());
        assertFalse(EnglishTokenizer.sentences("Call me Ishmael\n").get(0).complete());
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertEquals(List.of(), EnglishTokenizer.sentences(""));
        assertEquals(List.of(), EnglishTokenizer.sentences(" \n\t "));
    }

    /** How many random strings each round-trip property is checked on; seeds 1..1000 and 1001..2000. */
    private static final int SEEDS = 1000;

    @Test
    void anyStringIsAcceptedAndItsLettersAndDigitsSurviveDetokenisation() {
        for (int seed = 1; seed <= SEEDS; seed++) {
            String text = randomText(new SplittableRandom(seed));
            String failing = "seed " + seed + ": " + escape(text);
            List<String> tokens = assertDoesNotThrow(() -> EnglishTokenizer.tokens(text), failing);
            String joined = EnglishDetokenizer.detokenize(tokens);
            assertEquals(lettersAndDigits(text), lettersAndDigits(joined), failing);
        }
    }

    @Test
    void detokenisedTextTokenisesToTheSameWords() {
        for (int seed = SEEDS + 1; seed <= 2 * SEEDS; seed++) {
            String text = randomText(new SplittableRandom(seed));
            List<String> words = words(EnglishTokenizer.tokens(text));
            List<String> again = words(EnglishTokenizer.tokens(EnglishDetokenizer.detokenize(EnglishTokenizer.tokens(text))));
            assertEquals(words, again, "seed " + seed + ": " + escape(text));
        }
    }

    @Test
    void englishProseSurvivesARoundTripExactly() {
        String prose = "Call me Ishmael. Some years ago, never mind how long precisely, having little or no money "
                + "in my purse, I thought I would sail about a little. \"Don't,\" said he; \"it's the whale's "
                + "(and the U.S. Navy's) business\"—and left. It cost $3,000,000, or 1.5% of the total!";
        assertEquals(prose.replace('—', '—'), EnglishDetokenizer.detokenize(EnglishTokenizer.tokens(prose)));
    }

    /** Random strings mixing English-like pieces with arbitrary code points, including unpaired surrogates. */
    private static String randomText(SplittableRandom random) {
        String[] pieces = {"the", "Whale", "don't", "o'clock", "U.S.", "3,000", "1.5", " ", " ", "\n\n", ",", ".",
                "!", "?", "\"", "'", "’", "“", "”", "—", "--", "-", "(", ")", "$", "%", "...", "…", "Mr.", "é", "\u0301",
                "\u200D", "\uFEFF", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0000", "\t", "日本語", "ß", "İ", "n't", "'s"};
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(5) == 0) {
                sb.appendCodePoint(random.nextInt(0x110000));
            } else {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
        }
        return sb.toString();
    }

    private static String lettersAndDigits(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static List<String> words(List<String> tokens) {
        List<String> words = new ArrayList<>();
        for (String token : tokens) {
            if (EnglishTokenizer.isWord(token)) {
                words.add(token);
            }
        }
        return words;
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return sb.toString();
    }
}
