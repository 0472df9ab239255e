package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reusable feature array of the prediction hot path. */
class FeatureBufferTest {

    @Test
    void growsPastItsInitialCapacity() {
        FeatureBuffer buffer = new FeatureBuffer(1);
        for (int i = 0; i < 10_000; i++) {
            buffer.add(i);
        }
        assertEquals(10_000, buffer.size());
        assertEquals(9_999, buffer.indices()[9_999]);
    }

    @Test
    void toArrayIsACompactCopy() {
        FeatureBuffer buffer = new FeatureBuffer(64);
        buffer.add(7);
        buffer.add(3);
        int[] copy = buffer.toArray();
        buffer.add(5);
        assertArrayEquals(new int[] {7, 3}, copy);
    }

    @Test
    void clearEmptiesItForReuse() {
        FeatureBuffer buffer = new FeatureBuffer(16);
        buffer.add(1);
        buffer.clear();
        buffer.add(2);
        assertArrayEquals(new int[] {2}, buffer.toArray());
    }
}
