package dev.taskfit.advise;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cue file format: kinds, language blocks merged by list name, and mistakes named with their line. */
class CueLexiconTest {

    private static final String FILE = """
            # a comment
            [en]
            negators (words):
                not never
                don't
            verbs (regex):
                writ(?:e|es)|draft
                compose
            tools (bounded):
                llm|gpt
            phrases (patterns):
                \\bor not\\b
                [ ]\\+[ ]

            [de]
            negators (words):
                nicht kein
            verbs (regex):
                schreib\\w*
            """;

    private final CueLexicon lexicon = CueLexicon.parse(FILE, "test");

    @Test
    void wordsAreSplitOnSpacesAndUnitedAcrossLanguages() {
        assertEquals(Set.of("not", "never", "don't", "nicht", "kein"), lexicon.words("negators"));
    }

    @Test
    void regexLinesAreAlternativesOfOnePatternAndALaterLanguageAddsToThem() {
        Pattern verbs = lexicon.pattern("verbs");
        assertEquals("writ(?:e|es)|draft|compose|schreib\\w*", verbs.pattern());
        assertTrue(verbs.matcher("schreibe").matches());
        assertFalse(verbs.matcher("writer").matches());
    }

    @Test
    void boundedListsMatchWholeWordsOnly() {
        assertTrue(lexicon.pattern("tools").matcher("use an llm to flag").find());
        assertFalse(lexicon.pattern("tools").matcher("gpts").find());
    }

    @Test
    void patternsAreOnePerLineAndAnIndentedBracketIsAnEntryNotALanguage() {
        List<Pattern> phrases = lexicon.patterns("phrases");
        assertEquals(2, phrases.size());
        assertTrue(phrases.get(1).matcher("logs + traces").find());
    }

    @Test
    void askingForAListUnderTheWrongKindOrAMissingListFails() {
        assertThrows(IllegalArgumentException.class, () -> lexicon.pattern("negators"));
        assertThrows(IllegalArgumentException.class, () -> lexicon.words("verbs"));
        assertThrows(IllegalArgumentException.class, () -> lexicon.words("nouns"));
    }

    @Test
    void mistakesInTheFileNameTheirLine() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CueLexicon.parse("[en]\nx (list):\n    a\n", "f"))
                .getMessage().startsWith("f:2: unknown kind 'list'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CueLexicon.parse("x (words):\n    a\n", "f"))
                .getMessage().startsWith("f:1: expected [language]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CueLexicon.parse("[en]\n    a\n", "f"))
                .getMessage().startsWith("f:2: an entry outside a list"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CueLexicon.parse("[en]\nx (words):\n[de]\nx (regex):\n    a\n", "f"))
                .getMessage().startsWith("f:4: x is WORDS elsewhere"));
        assertThrows(IllegalArgumentException.class, () -> CueLexicon.parse("[en]\nx (regex):\n    (a\n", "f").pattern("x"));
    }

    @Test
    void theShippedFileParses() {
        assertTrue(CueLexicon.SHIPPED.words("negators").contains("don't"));
        assertTrue(CueLexicon.SHIPPED.pattern("judge-word").matcher("classify").matches());
    }
}
