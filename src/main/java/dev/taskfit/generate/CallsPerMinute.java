package dev.taskfit.generate;

import java.util.concurrent.TimeUnit;

/**
 * At most {@code limit} calls in any 60 seconds, counted in this process (one Lambda instance). A sliding window over
 * the start times of the last {@code limit} admitted calls, so a burst at a minute's boundary cannot double the rate.
 */
final class CallsPerMinute {

    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final long[] admitted;
    private int filled;
    /** Index of the oldest admitted call once the ring is full. */
    private int oldest;

    CallsPerMinute(int limit) {
        this.admitted = new long[limit];
    }

    int limit() {
        return admitted.length;
    }

    /** Admits a call now and returns 0, or returns how many nanoseconds until one would be admitted. */
    synchronized long tryAcquire() {
        long now = System.nanoTime();
        if (filled < admitted.length) {
            admitted[filled++] = now;
            return 0;
        }
        long age = now - admitted[oldest];
        if (age < WINDOW_NANOS) {
            return WINDOW_NANOS - age;
        }
        admitted[oldest] = now;
        oldest = (oldest + 1) % admitted.length;
        return 0;
    }
}
