package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** How text becomes token hashes: Unicode-safe, case-blind, apostrophes and money/emphasis symbols handled. */
class TextTokenizerTest {

    private static List<Long> hashes(String text) {
        List<Long> out = new ArrayList<>();
        TextTokenizer.tokenize(text, out::add);
        return out;
    }

    private static int count(String text) {
        return TextTokenizer.tokenize(text, hash -> { });
    }

    private static List<Long> hashesOf(String... tokens) {
        List<Long> out = new ArrayList<>();
        for (String token : tokens) {
            out.add(TextTokenizer.hashOf(token));
        }
        return out;
    }

    @Test
    void acceptsAnyUnicodeStringAndReportsOneHashPerCountedToken() {
        Random random = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomText.unicode(random, 80);
            List<Long> seen = new ArrayList<>();
            int n;
            try {
                n = TextTokenizer.tokenize(text, seen::add);
            } catch (RuntimeException e) {
                throw new AssertionError("tokenize threw on " + RandomText.describe(text), e);
            }
            assertEquals(seen.size(), n, () -> RandomText.describe(text));
            assertTrue(n <= text.length(), () -> RandomText.describe(text));
        }
    }

    @Test
    void sameTextGivesTheSameHashes() {
        Random random = new Random(2);
        for (int i = 0; i < 5_000; i++) {
            String text = RandomText.any(random);
            assertEquals(hashes(text), hashes(new String(text.toCharArray())), () -> RandomText.describe(text));
        }
    }

    @Test
    void ignoresCase() {
        assertEquals(TextTokenizer.hashOf("great"), TextTokenizer.hashOf("Great"));
        assertEquals(TextTokenizer.hashOf("great"), TextTokenizer.hashOf("GREAT"));
        assertEquals(TextTokenizer.hashOf("été"), TextTokenizer.hashOf("ÉTÉ"));
    }

    @Test
    void ignoresCaseOfWholeTexts() {
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            String text = RandomText.words(random, 20);
            StringBuilder mixed = new StringBuilder();
            text.codePoints().forEach(cp -> mixed.appendCodePoint(random.nextBoolean() ? Character.toUpperCase(cp) : cp));
            assertEquals(hashes(text.toLowerCase(Locale.ROOT)), hashes(mixed.toString()), () -> RandomText.describe(text));
        }
    }

    @Test
    void distinctWordsHashApart() {
        assertNotEquals(TextTokenizer.hashOf("great"), TextTokenizer.hashOf("grate"));
        assertNotEquals(TextTokenizer.hashOf("great"), TextTokenizer.hashOf("greats"));
        assertNotEquals(TextTokenizer.hashOf("ab"), TextTokenizer.hashOf("ba"));
    }

    @Test
    void countsWordsSeparatedBySpaces() {
        assertEquals(3, count("a b c"));
        assertEquals(0, count(""));
        assertEquals(0, count(" \t\r\n "));
    }

    @Test
    void keepsAnApostropheBetweenLettersInsideTheWord() {
        assertEquals(1, count("don't"));
        assertEquals(1, count("rock'n'roll"));
        assertNotEquals(TextTokenizer.hashOf("dont"), TextTokenizer.hashOf("don't"));
        assertEquals(hashesOf("don", "t"), hashes("don t"));
        assertNotEquals(hashes("don t"), hashes("don't"));
    }

    @Test
    void readsATypographicApostropheLikeATypewriterOne() {
        assertEquals(TextTokenizer.hashOf("don't"), TextTokenizer.hashOf("don\u2019t"));
    }

    @Test
    void splitsAtAnApostropheThatIsNotBetweenTwoLetters() {
        assertEquals(hashesOf("don", "t"), hashes("don' t"));
        assertEquals(hashesOf("don", "t"), hashes("don''t"));
        assertEquals(hashesOf("quoted"), hashes("'quoted'"));
        assertEquals(hashesOf("dogs"), hashes("dogs'"));
    }

    @Test
    void makesTokensOfExclamationQuestionDollarPercentEuroAndPound() {
        assertEquals(hashesOf("wow", "!"), hashes("wow!"));
        assertEquals(hashesOf("really", "?", "!"), hashes("really?!"));
        assertEquals(hashesOf("$", "5"), hashes("$5"));
        assertEquals(hashesOf("50", "%"), hashes("50%"));
        assertEquals(hashesOf("€", "10", "£", "9"), hashes("€10 £9"));
        assertEquals(List.of(TextTokenizer.hashOf("!"), TextTokenizer.hashOf("!")), hashes("!!"));
    }

    @Test
    void otherPunctuationOnlySeparates() {
        assertEquals(hashes("hello world really"), hashes("hello, world... (really)"));
        assertEquals(hashesOf("a", "b", "c", "d"), hashes("a.b,c-d"));
        assertEquals(0, count("... ,;:-()[]{}\"/\\*&#@"));
    }

    @Test
    void lettersAndDigitsOfAnyScriptFormWords() {
        assertEquals(1, count("naïve"));
        assertEquals(1, count("l'été"));
        assertEquals(1, count("東京"));
        assertEquals(2, count("שלום עולם"));
        assertEquals(2, count("مرحبا بالعالم"));
        assertEquals(1, count("route66"));
    }

    @Test
    void hashOfWantsExactlyOneToken() {
        assertThrows(IllegalArgumentException.class, () -> TextTokenizer.hashOf("two words"));
        assertThrows(IllegalArgumentException.class, () -> TextTokenizer.hashOf(""));
        assertThrows(IllegalArgumentException.class, () -> TextTokenizer.hashOf("..."));
    }

    @Test
    void neverFailsOnTextEndingInsideASurrogatePairOrAfterAnApostrophe() {
        for (String text : List.of("a\ud83d", "\ude00a", "don'", "don'\ud83d", "'", "\u2019")) {
            try {
                TextTokenizer.tokenize(text, hash -> { });
            } catch (RuntimeException e) {
                fail("tokenize threw on " + RandomText.describe(text), e);
            }
        }
    }
}
