package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Character n-grams and feature spans (the advisor reads typos through them). */
class CharNgramHashingTest {

    private static int[] features(FeatureHashing hashing, String text) {
        FeatureBuffer buffer = new FeatureBuffer(16);
        hashing.extract(text, 0, buffer);
        return buffer.toArray();
    }

    @Test
    void wordNgramsOnlyGiveOneFeaturePerTokenAndBigram() {
        assertEquals(4 + 3, features(new FeatureHashing(1 << 16, 2), "a warm funny film").length);
    }

    @Test
    void charNgramsComeAfterTheWordNgramsOfTheSameToken() {
        FeatureHashing words = new FeatureHashing(1 << 16, 2), chars = new FeatureHashing(1 << 16, 2, 4);
        int[] wordOnly = features(words, "film");
        int[] withChars = features(chars, "film");
        assertEquals(wordOnly[0], withChars[0]);
        // "<film>": 3-grams <fi fil ilm lm> (4), 4-grams <fil film ilm> (3); the 6-long whole word is its unigram
        assertEquals(1 + 4 + 3, withChars.length);
    }

    @Test
    void theDefaultHasNoCharNgrams() {
        assertEquals(new FeatureHashing(1 << 10, 2, 0), new FeatureHashing(1 << 10, 2));
    }

    @Test
    void aTypoSharesMostCharNgramsWithTheWord() {
        FeatureHashing hashing = new FeatureHashing(1 << 20, 1, 4);
        Set<Integer> right = set(features(hashing, "classify")), typo = set(features(hashing, "clasify"));
        Set<Integer> shared = new HashSet<>(right);
        shared.retainAll(typo);
        assertTrue(shared.size() * 2 > typo.size(), shared.size() + " of " + typo.size());
    }

    @Test
    void symbolTokensHaveNoCharNgrams() {
        assertEquals(1, features(new FeatureHashing(1 << 16, 1, 5), "!").length);
    }

    @Test
    void explainReportsTheSameFeaturesWithTheirSpans() {
        FeatureHashing hashing = new FeatureHashing(1 << 16, 3, 4);
        String text = "Draft replies, then CHECK each";
        List<Integer> indices = new ArrayList<>();
        List<String> spans = new ArrayList<>();
        hashing.explain(text, 0, (index, start, end) -> {
            indices.add(index);
            spans.add(text.substring(start, end));
        });
        assertArrayEquals(features(hashing, text), indices.stream().mapToInt(Integer::intValue).toArray());
        assertTrue(spans.contains("replies, then"));
        assertTrue(spans.contains("Draft replies, then"));
        assertTrue(spans.contains("CHECK"));
    }

    @Test
    void charNgramsAreThreeToSix() {
        assertThrows(IllegalArgumentException.class, () -> new FeatureHashing(1 << 10, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> new FeatureHashing(1 << 10, 2, 7));
    }

    private static Set<Integer> set(int[] values) {
        return new HashSet<>(Arrays.stream(values).boxed().toList());
    }
}
