package dev.taskfit.generate.ngram;

/** An immutable array of unsigned integers of one fixed bit width, packed into longs (the n-gram tables' storage). */
final class PackedInts {

    private final long[] data;
    private final int bits;
    private final int size;
    private final long mask;

    PackedInts(long[] data, int bits, int size) {
        if (bits < 1 || bits > 32) {
            throw new IllegalArgumentException("bits must be 1..32, was " + bits);
        }
        if (data.length < longsFor(size, bits)) {
            throw new IllegalArgumentException("packed data too short for " + size + " values of " + bits + " bits");
        }
        this.data = data;
        this.bits = bits;
        this.size = size;
        this.mask = (1L << bits) - 1;
    }

    /** Packs the values with the fewest bits that hold the largest of them (at least one bit). */
    static PackedInts of(int[] values) {
        return of(values, values.length);
    }

    static PackedInts of(int[] values, int size) {
        int max = 0;
        for (int i = 0; i < size; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException("negative value at " + i);
            }
            max = Math.max(max, values[i]);
        }
        return of(values, size, bitsFor(max));
    }

    static PackedInts of(int[] values, int size, int bits) {
        long[] data = new long[longsFor(size, bits)];
        long limit = 1L << bits;
        for (int i = 0; i < size; i++) {
            long v = values[i] & 0xFFFFFFFFL;
            if (v >= limit) {
                throw new IllegalArgumentException("value " + v + " does not fit in " + bits + " bits");
            }
            long bitPos = (long) i * bits;
            int word = (int) (bitPos >>> 6);
            int shift = (int) (bitPos & 63);
            data[word] |= v << shift;
            if (shift + bits > 64) {
                data[word + 1] |= v >>> (64 - shift);
            }
        }
        return new PackedInts(data, bits, size);
    }

    static int bitsFor(long maxValue) {
        return Math.max(1, 64 - Long.numberOfLeadingZeros(maxValue));
    }

    /** Longs needed, plus one spare so that {@link #get} can always read two longs instead of branching. */
    static int longsFor(int size, int bits) {
        return (int) (((long) size * bits + 63) >>> 6) + 1;
    }

    int get(int index) {
        long bitPos = (long) index * bits;
        int word = (int) (bitPos >>> 6);
        int shift = (int) (bitPos & 63);
        // Two shifts, because a single shift by 64 would be a shift by 0 in Java.
        long v = (data[word] >>> shift) | ((data[word + 1] << 1) << (63 - shift));
        return (int) (v & mask);
    }

    /** Index of {@code value} in the ascending run [from, to), or -1; the tables keep each node's children sorted by word. */
    int binarySearch(int from, int to, int value) {
        // Branch-free: the halving step compiles to a conditional move, so the search does not pay for mispredicted
        // branches on the sampler's hot path.
        int base = from;
        int n = to - from;
        if (n <= 0) {
            return -1;
        }
        while (n > 1) {
            int half = n >>> 1;
            base = get(base + half) <= value ? base + half : base;
            n -= half;
        }
        return get(base) == value ? base : -1;
    }

    int size() {
        return size;
    }

    int bits() {
        return bits;
    }

    long[] data() {
        return data;
    }

    long sizeInBytes() {
        return 8L * data.length;
    }
}
