package dev.taskfit.generate.ngram;

/** A small set of word ids that clears in constant time (slots are stamped with a generation); one per sampler. */
final class WordIdSet {

    /** Pairs (stamp, word) side by side, so that a probe reads one cache line. */
    private int[] slots = new int[2 * 128];
    private int stamp = 1;
    private int size;

    void clear() {
        size = 0;
        if (++stamp == Integer.MAX_VALUE) {
            java.util.Arrays.fill(slots, 0);
            stamp = 1;
        }
    }

    boolean contains(int word) {
        int mask = (slots.length >>> 1) - 1;
        for (int slot = firstSlot(word, mask); slots[2 * slot] == stamp; slot = (slot + 1) & mask) {
            if (slots[2 * slot + 1] == word) {
                return true;
            }
        }
        return false;
    }

    /** Adds the word; false if it was already there. */
    boolean add(int word) {
        if (2 * (size + 1) > slots.length >>> 1) {
            grow();
        }
        int mask = (slots.length >>> 1) - 1;
        int slot = firstSlot(word, mask);
        while (slots[2 * slot] == stamp) {
            if (slots[2 * slot + 1] == word) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = stamp;
        slots[2 * slot + 1] = word;
        size++;
        return true;
    }

    private static int firstSlot(int word, int mask) {
        return (word * 0x9E3779B9) >>> 7 & mask;
    }

    private void grow() {
        int[] old = slots;
        int oldStamp = stamp;
        slots = new int[old.length * 2];
        stamp = 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] == oldStamp) {
                add(old[i + 1]);
            }
        }
    }
}
