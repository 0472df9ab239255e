package dev.taskfit.classify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The one deterministic split of every dataset: the first 8 bytes of SHA-256 of the example's text, modulo
 * 100, put it in {@link #TRAIN} (0-69), {@link #VALIDATION} (70-79) or {@link #TEST} (80-99). Identical texts
 * hash alike, so exact duplicates never straddle the split; the split does not depend on file order.
 */
public enum DatasetSplit {
    TRAIN, VALIDATION, TEST;

    /** The part of the dataset {@code text} belongs to. */
    public static DatasetSplit of(String text) {
        int bucket = bucketOf(text);
        return bucket < 70 ? TRAIN : bucket < 80 ? VALIDATION : TEST;
    }

    static int bucketOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long prefix = 0;
            for (int i = 0; i < 8; i++) {
                prefix = prefix << 8 | (digest[i] & 0xff);
            }
            return (int) Long.remainderUnsigned(prefix, 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
