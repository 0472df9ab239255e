package dev.taskfit.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hashed word n-grams: always inside the buckets, one feature per n-gram, deterministic, valid configurations only. */
class FeatureHashingTest {

    private static int[] features(FeatureHashing hashing, String text, int fieldSeed) {
        FeatureBuffer buffer = new FeatureBuffer(16);
        hashing.extract(text, fieldSeed, buffer);
        return buffer.toArray();
    }

    private static int[] features(FeatureHashing hashing, String text) {
        return features(hashing, text, 0);
    }

    private static int tokens(String text) {
        return TextTokenizer.tokenize(text, hash -> { });
    }

    private static int[] sorted(int[] values) {
        int[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    @Test
    void indicesAlwaysFallInsideTheBuckets() {
        Random random = new Random(11);
        int[] bucketSizes = {2, 16, 1024, 1 << 20};
        for (int i = 0; i < 10_000; i++) {
            FeatureHashing hashing = new FeatureHashing(bucketSizes[random.nextInt(bucketSizes.length)], 1 + random.nextInt(3));
            String text = RandomText.any(random);
            for (int index : features(hashing, text, random.nextInt())) {
                assertTrue(index >= 0 && index < hashing.buckets(), () -> hashing + " gave " + index + " for " + RandomText.describe(text));
            }
        }
    }

    @Test
    void unigramsGiveOneFeaturePerToken() {
        Random random = new Random(12);
        FeatureHashing hashing = new FeatureHashing(1 << 16, 1);
        for (int i = 0; i < 2_000; i++) {
            String text = RandomText.any(random);
            assertEquals(tokens(text), features(hashing, text).length, () -> RandomText.describe(text));
        }
    }

    @Test
    void bigramsAddOneFeaturePerAdjacentPairOfTokens() {
        Random random = new Random(13);
        FeatureHashing hashing = new FeatureHashing(1 << 16, 2);
        for (int i = 0; i < 2_000; i++) {
            String text = RandomText.any(random);
            int n = tokens(text);
            assertEquals(n + Math.max(0, n - 1), features(hashing, text).length, () -> RandomText.describe(text));
        }
        assertEquals(3 + 2, features(hashing, "a b c").length);
    }

    @Test
    void trigramsAddOneFeaturePerRunOfThreeTokens() {
        Random random = new Random(14);
        FeatureHashing hashing = new FeatureHashing(1 << 16, 3);
        for (int i = 0; i < 2_000; i++) {
            String text = RandomText.any(random);
            int n = tokens(text);
            assertEquals(n + Math.max(0, n - 1) + Math.max(0, n - 2), features(hashing, text).length,
                    () -> RandomText.describe(text));
        }
        assertEquals(3 + 2 + 1, features(hashing, "a b c").length);
    }

    @Test
    void sameTextAndConfigurationGiveTheSameFeatures() {
        Random random = new Random(15);
        for (int i = 0; i < 2_000; i++) {
            int buckets = 1 << (1 + random.nextInt(22));
            int order = 1 + random.nextInt(3);
            String text = RandomText.any(random);
            assertArrayEquals(features(new FeatureHashing(buckets, order), text),
                    features(new FeatureHashing(buckets, order), new String(text.toCharArray())),
                    () -> RandomText.describe(text));
        }
    }

    @Test
    void ignoresCase() {
        FeatureHashing hashing = new FeatureHashing(1 << 20, 3);
        assertArrayEquals(features(hashing, "a great movie"), features(hashing, "A GREAT Movie"));
    }

    @Test
    void wordOrderCountsOnlyThroughNgrams() {
        FeatureHashing unigrams = new FeatureHashing(1 << 20, 1);
        FeatureHashing bigrams = new FeatureHashing(1 << 20, 2);
        assertArrayEquals(sorted(features(unigrams, "not good")), sorted(features(unigrams, "good not")));
        assertFalse(Arrays.equals(sorted(features(bigrams, "not good")), sorted(features(bigrams, "good not"))));
    }

    @Test
    void aWordInAnotherFieldIsAnotherFeature() {
        FeatureHashing hashing = new FeatureHashing(1 << 20, 2);
        assertFalse(Arrays.equals(features(hashing, "free money", 0), features(hashing, "free money", 1)));
    }

    @Test
    void appendsToTheBufferItIsGiven() {
        FeatureHashing hashing = new FeatureHashing(1 << 10, 2);
        FeatureBuffer buffer = new FeatureBuffer(16);
        hashing.extract("one two three", 0, buffer);
        hashing.extract("one two three", 0, buffer);
        int[] twice = buffer.toArray();
        assertEquals(10, twice.length);
        assertArrayEquals(Arrays.copyOfRange(twice, 0, 5), Arrays.copyOfRange(twice, 5, 10));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 6, 1000, -2, -16, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void rejectsBucketCountsThatAreNotAPowerOfTwoOfAtLeastTwo(int buckets) {
        assertThrows(IllegalArgumentException.class, () -> new FeatureHashing(buckets, 2));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1, 100})
    void rejectsNgramOrdersOutsideOneToThree(int order) {
        assertThrows(IllegalArgumentException.class, () -> new FeatureHashing(1024, order));
    }

    @Test
    void acceptsEveryPowerOfTwoAndOrder() {
        for (int shift = 1; shift < 31; shift++) {
            for (int order = 1; order <= 3; order++) {
                assertEquals(1 << shift, new FeatureHashing(1 << shift, order).buckets());
            }
        }
    }
}
