package dev.taskfit.generate.ngram;

/** A small set of word ids that clears in constant time (slots are stamped with a generation); one per sampler. */
final class WordIdSet {

    private int[] words = new int[128];
    private int[] stamps = new int[128];
    private int stamp = 1;
    private int size;

    void clear() {
        size = 0;
        if (++stamp == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamps, 0);
            stamp = 1;
        }
    }

    boolean contains(int word) {
        int mask = words.length - 1;
        int slot = (word * 0x9E3779B9) >>> 7 & mask;
        while (stamps[slot] == stamp) {
            if (words[slot] == word) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
        return false;
    }

    /** Adds the word; false if it was already there. */
    boolean add(int word) {
        if (2 * (size + 1) > words.length) {
            grow();
        }
        int mask = words.length - 1;
        int slot = (word * 0x9E3779B9) >>> 7 & mask;
        while (stamps[slot] == stamp) {
            if (words[slot] == word) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        stamps[slot] = stamp;
        words[slot] = word;
        size++;
        return true;
    }

    private void grow() {
        int[] oldWords = words;
        int[] oldStamps = stamps;
        int oldStamp = stamp;
        words = new int[oldWords.length * 2];
        stamps = new int[oldWords.length * 2];
        stamp = 1;
        size = 0;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldStamps[i] == oldStamp) {
                add(oldWords[i]);
            }
        }
    }
}
