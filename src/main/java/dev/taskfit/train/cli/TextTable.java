package dev.taskfit.train.cli;

/**
 * An open-addressing table from 64-bit text hashes to two ints, for checking a million texts without holding
 * them: about 32 bytes per entry where a {@code HashMap<String, ...>} would hold every text. Two different texts
 * share a 64-bit hash with probability about n²/2⁶⁵ (3·10⁻⁸ for a million texts), which the checks accept.
 */
final class TextTable {

    private long[] keys = new long[1024];
    private int[] first = new int[1024];
    private int[] second = new int[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    /** The slot of {@code key}, inserting it with the given values when absent. */
    int slot(long key, int firstValue, int secondValue) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int at = (int) mix(key) & mask;
        while (used[at]) {
            if (keys[at] == key) {
                return at;
            }
            at = (at + 1) & mask;
        }
        used[at] = true;
        keys[at] = key;
        first[at] = firstValue;
        second[at] = secondValue;
        size++;
        return ~at; // inserted: a negative slot
    }

    int first(int slot) {
        return first[slot];
    }

    int second(int slot) {
        return second[slot];
    }

    void setFirst(int slot, int value) {
        first[slot] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldFirst = first, oldSecond = second;
        boolean[] oldUsed = used;
        int capacity = keys.length * 2;
        keys = new long[capacity];
        first = new int[capacity];
        second = new int[capacity];
        used = new boolean[capacity];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                slot(oldKeys[i], oldFirst[i], oldSecond[i]);
            }
        }
    }

    /** A 64-bit hash of {@code text} (FNV-1a over its chars, then a finaliser that spreads the bits). */
    static long hash(CharSequence text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) { // SplitMix64's finaliser
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
