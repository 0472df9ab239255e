package dev.taskfit.advise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskTextTest {

    @Test
    void wordsAreLowerCasedAndClauseMarksKept() {
        assertEquals("don't write anything , just tell me : yes / no ?",
                TaskText.of("Don't WRITE anything,  just tell me: yes/no?").normal());
    }

    @Test
    void numbersKeepTheirInnerMarks() {
        assertEquals("keep events above 0.9 of 10,000", TaskText.of("keep events above 0.9 of 10,000").normal());
    }

    @Test
    void hyphensInsideWordsSeparateAndSpacedDashesAreMarks() {
        assertEquals("auto reply - then check", TaskText.of("auto-reply -- then check").normal());
        assertEquals("gen images - nsfw check", TaskText.of("gen images -> nsfw check").normal());
    }

    @Test
    void quotesReturnTheOriginalWords() {
        TaskText text = TaskText.of("Please  CLASSIFY these Tickets!");
        assertEquals("CLASSIFY these Tickets", text.quote(1, 3));
    }

    @ParameterizedTest
    @CsvSource({"clasify,classify", "classfy,classify", "detcet,detect", "dectect,detect", "genrate,generate",
            "tranlsate,translate", "translte,translate", "filtr,filter", "fradulent,fraudulent", "sumarize,summarize"})
    void commonTyposOfCueWordsAreCorrected(String typo, String word) {
        assertEquals(word, TaskText.corrected(typo));
    }

    @ParameterizedTest
    @CsvSource({"defect", "identity", "replay", "topic", "categories", "weather", "simple", "categoriser", "detectors"})
    void realWordsAndInflectionsAreLeftAlone(String word) {
        assertEquals(word, TaskText.corrected(word));
    }

    @Test
    void oneEditMeansOneInsertionDeletionSubstitutionOrSwap() {
        assertTrue(TaskText.withinOneEdit("abcd", "abcd"));
        assertTrue(TaskText.withinOneEdit("abcd", "abd"));
        assertTrue(TaskText.withinOneEdit("abcd", "abxd"));
        assertTrue(TaskText.withinOneEdit("abcd", "bacd"));
        assertFalse(TaskText.withinOneEdit("abcd", "badc"));
        assertFalse(TaskText.withinOneEdit("abcd", "ab"));
    }

    @Test
    void tokenAtMapsNormalOffsetsToTokens() {
        TaskText text = TaskText.of("flag spam now");
        assertEquals(0, text.tokenAt(0));
        assertEquals(1, text.tokenAt(text.normal().indexOf("spam") + 2));
        assertEquals(2, text.tokenAt(text.normal().length() - 1));
    }
}
