package dev.taskfit.generate.ngram;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordIdSetTest {

    @Test
    void holdsWhatWasAddedAcrossGrowthAndForgetsItOnClear() {
        WordIdSet set = new WordIdSet();
        for (int round = 0; round < 3; round++) {
            for (int word = 0; word < 5000; word += 3) {
                assertTrue(set.add(word));
                assertFalse(set.add(word));
            }
            for (int word = 0; word < 5000; word++) {
                assertTrue(set.contains(word) == (word % 3 == 0), "word " + word);
            }
            set.clear();
            assertFalse(set.contains(0));
        }
    }
}
