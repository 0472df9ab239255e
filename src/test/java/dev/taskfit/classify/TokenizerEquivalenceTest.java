package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tokenizer's ASCII fast path hashes every text exactly as the all-Unicode loop before it did. */
class TokenizerEquivalenceTest {

    private static List<Long> hashes(String text) {
        List<Long> out = new ArrayList<>();
        int n = TextTokenizer.tokenize(text, out::add);
        assertEquals(out.size(), n);
        return out;
    }

    private static List<Long> referenceHashes(String text) {
        List<Long> out = new ArrayList<>();
        ReferenceTextTokenizer.tokenize(text, out::add);
        return out;
    }

    @Test
    void hashesRandomTextAsBefore() {
        Random random = new Random(91);
        for (int i = 0; i < 50_000; i++) {
            String text = random.nextInt(3) == 0 ? RandomText.words(random, 40) : RandomText.unicode(random, 60);
            assertEquals(referenceHashes(text), hashes(text), () -> RandomText.describe(text));
        }
    }

    @Test
    void hashesEveryAsciiPairAndApostropheCaseAsBefore() {
        StringBuilder all = new StringBuilder();
        for (char a = 0; a < 0x80; a++) {
            for (char b = 0; b < 0x80; b++) {
                all.append('x').append(a).append(b).append("'\u00e9 ");
            }
        }
        String text = all + "don't l'\u00e9t\u00e9 it\u2019s a' 'b x'1 x'\ud835\udc00 \u00e9'x \u00c9'X";
        assertEquals(referenceHashes(text), hashes(text));
    }
}
