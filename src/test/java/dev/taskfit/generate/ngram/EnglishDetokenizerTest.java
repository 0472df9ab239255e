package dev.taskfit.generate.ngram;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnglishDetokenizerTest {

    @Test
    void punctuationAttachesToTheWordBeforeIt() {
        assertEquals("Hello, world.", EnglishDetokenizer.detokenize(List.of("Hello", ",", "world", ".")));
        assertEquals("Really?! Yes; no: maybe...",
                EnglishDetokenizer.detokenize(List.of("Really", "?", "!", "Yes", ";", "no", ":", "maybe", "...")));
    }

    @Test
    void cliticsJoinTheirWord() {
        assertEquals("I don't know the whale's name",
                EnglishDetokenizer.detokenize(List.of("I", "do", "n't", "know", "the", "whale", "'s", "name")));
    }

    @Test
    void quotesAndBracketsHugWhatTheyEnclose() {
        assertEquals("\"Yes,\" said he (quietly).", EnglishDetokenizer.detokenize(List.of(
                EnglishTokenizer.OPEN_DOUBLE_QUOTE, "Yes", ",", EnglishTokenizer.CLOSE_DOUBLE_QUOTE, "said", "he", "(",
                "quietly", ")", ".")));
    }

    @Test
    void dashesAndCurrencyTakeNoSpaces() {
        assertEquals("original—the Tyre cost $5", EnglishDetokenizer.detokenize(
                List.of("original", EnglishTokenizer.DASH, "the", "Tyre", "cost", "$", "5")));
    }

    @Test
    void sentencesStartWithACapital() {
        assertEquals("The whale swam. \"It's gone,\" said he.", EnglishDetokenizer.detokenizeSentences(List.of(
                new Sentence(List.of("the", "whale", "swam", "."), true),
                new Sentence(List.of(EnglishTokenizer.OPEN_DOUBLE_QUOTE, "it", "'s", "gone", ",",
                        EnglishTokenizer.CLOSE_DOUBLE_QUOTE, "said", "he", "."), true))));
    }

    @Test
    void aContinuationMidSentenceKeepsItsCase() {
        EnglishDetokenizer text = new EnglishDetokenizer(true, false);
        List.of("swam", "away", ".").forEach(text::append);
        text.endSentence();
        List.of("then", "it", "dived").forEach(text::append);
        assertEquals("swam away. Then it dived", text.text());
    }
}
