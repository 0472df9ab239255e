package dev.taskfit.classify;

import java.util.Arrays;

/** A growable int array of feature indices, reused across predictions to keep the hot path allocation-free. */
public final class FeatureBuffer {
    private int[] indices;
    private int size;

    public FeatureBuffer(int initialCapacity) {
        indices = new int[Math.max(16, initialCapacity)];
    }

    void add(int index) {
        if (size == indices.length) {
            indices = Arrays.copyOf(indices, size * 2);
        }
        indices[size++] = index;
    }

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    /** The backing array; only the first {@link #size()} entries are meaningful. */
    public int[] indices() {
        return indices;
    }

    /** A compact copy of the current contents. */
    public int[] toArray() {
        return Arrays.copyOf(indices, size);
    }
}
