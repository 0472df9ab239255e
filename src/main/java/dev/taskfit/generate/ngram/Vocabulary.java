package dev.taskfit.generate.ngram;

import java.util.List;

/** The model's words as one string table: ids 0..size-1, looked up through an open-addressing hash of the characters. */
public final class Vocabulary {

    /** Id of every word the model has not seen. */
    public static final int UNKNOWN = 0;
    /** Id of the sentence-start marker; a context, never predicted. */
    public static final int SENTENCE_START = 1;
    /** Id of the sentence-end marker. */
    public static final int SENTENCE_END = 2;

    static final List<String> SPECIAL_WORDS = List.of("<unk>", "<s>", "</s>");

    private final char[] chars;
    private final int[] offsets;
    /** Open-addressing slots holding id + 1 (0 = empty); power-of-two length, at most half full. */
    private final int[] slots;

    Vocabulary(char[] chars, int[] offsets) {
        this.chars = chars;
        this.offsets = offsets;
        int size = offsets.length - 1;
        for (int i = 0; i < SPECIAL_WORDS.size(); i++) {
            if (size <= i || !word(i).equals(SPECIAL_WORDS.get(i))) {
                throw new IllegalArgumentException("vocabulary must start with " + SPECIAL_WORDS);
            }
        }
        this.slots = new int[Integer.highestOneBit(Math.max(4, size) * 2) * 2];
        int slotMask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hash(chars, offsets[id], offsets[id + 1]) & slotMask;
            while (slots[slot] != 0) {
                if (equalsWord(slots[slot] - 1, chars, offsets[id], offsets[id + 1] - offsets[id])) {
                    throw new IllegalArgumentException("duplicate word in vocabulary: " + word(id));
                }
                slot = (slot + 1) & slotMask;
            }
            slots[slot] = id + 1;
        }
    }

    /** A vocabulary of the special words followed by {@code words} (which must not repeat or contain them). */
    static Vocabulary of(List<String> words) {
        int total = 0;
        for (String w : SPECIAL_WORDS) {
            total += w.length();
        }
        for (String w : words) {
            total += w.length();
        }
        char[] chars = new char[total];
        int[] offsets = new int[SPECIAL_WORDS.size() + words.size() + 1];
        int pos = 0;
        int id = 0;
        for (List<String> list : List.of(SPECIAL_WORDS, words)) {
            for (String w : list) {
                offsets[id++] = pos;
                w.getChars(0, w.length(), chars, pos);
                pos += w.length();
            }
        }
        offsets[id] = pos;
        return new Vocabulary(chars, offsets);
    }

    /** The id of {@code word}, or {@link #UNKNOWN}. */
    public int id(CharSequence word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            h = 31 * h + word.charAt(i);
        }
        int slotMask = slots.length - 1;
        int slot = mix(h) & slotMask;
        while (slots[slot] != 0) {
            int id = slots[slot] - 1;
            if (equalsWord(id, word)) {
                return id;
            }
            slot = (slot + 1) & slotMask;
        }
        return UNKNOWN;
    }

    public String word(int id) {
        return new String(chars, offsets[id], offsets[id + 1] - offsets[id]);
    }

    /** Appends the word without creating a String: the generator's inner loop. */
    void appendTo(int id, StringBuilder out) {
        out.append(chars, offsets[id], offsets[id + 1] - offsets[id]);
    }

    public int size() {
        return offsets.length - 1;
    }

    char[] chars() {
        return chars;
    }

    int[] offsets() {
        return offsets;
    }

    long sizeInBytes() {
        return 2L * chars.length + 4L * offsets.length + 4L * slots.length;
    }

    private boolean equalsWord(int id, CharSequence word) {
        int start = offsets[id];
        int length = offsets[id + 1] - start;
        if (length != word.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean equalsWord(int id, char[] other, int otherStart, int length) {
        int start = offsets[id];
        if (offsets[id + 1] - start != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != other[otherStart + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return mix(h);
    }

    /** Spreads String-style hashes so that linear probing on the low bits stays short. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
