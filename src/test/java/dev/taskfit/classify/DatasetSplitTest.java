package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one split: a pure function of the text, 70/10/20, exactly the documented SHA-256 rule. */
class DatasetSplitTest {

    @Test
    void identicalTextsShareASplit() {
        Random random = new Random(51);
        for (int i = 0; i < 5_000; i++) {
            String text = RandomText.any(random);
            assertEquals(DatasetSplit.of(text), DatasetSplit.of(new String(text.toCharArray())), () -> RandomText.describe(text));
        }
    }

    @Test
    void seventyTenTwentyOverManyTexts() {
        Random random = new Random(52);
        int n = 100_000;
        Map<DatasetSplit, Integer> counts = new EnumMap<>(DatasetSplit.class);
        for (int i = 0; i < n; i++) {
            counts.merge(DatasetSplit.of(RandomText.any(random) + i), 1, Integer::sum);
        }
        assertEquals(0.70, counts.get(DatasetSplit.TRAIN) / (double) n, 0.01, counts::toString);
        assertEquals(0.10, counts.get(DatasetSplit.VALIDATION) / (double) n, 0.01, counts::toString);
        assertEquals(0.20, counts.get(DatasetSplit.TEST) / (double) n, 0.01, counts::toString);
    }

    @Test
    void theSplitOfATextDoesNotDependOnTheOrderOfTheData() {
        Random random = new Random(53);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            texts.add(RandomText.words(random, 8) + " #" + i);
        }
        Map<String, DatasetSplit> inOrder = new LinkedHashMap<>();
        texts.forEach(t -> inOrder.put(t, DatasetSplit.of(t)));
        Collections.shuffle(texts, random);
        for (String text : texts) {
            assertEquals(inOrder.get(text), DatasetSplit.of(text), text);
        }
    }

    @Test
    void followsTheDocumentedRule() throws NoSuchAlgorithmException {
        // Restated independently: the first 8 bytes of SHA-256(UTF-8 text) as an unsigned number, mod 100;
        // 0-69 train, 70-79 validation, 80-99 test.
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        Random random = new Random(54);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomText.any(random);
            byte[] digest = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
            int bucket = new BigInteger(1, Arrays.copyOf(digest, 8)).mod(BigInteger.valueOf(100)).intValue();
            DatasetSplit expected = bucket < 70 ? DatasetSplit.TRAIN : bucket < 80 ? DatasetSplit.VALIDATION : DatasetSplit.TEST;
            assertEquals(bucket, DatasetSplit.bucketOf(text), () -> RandomText.describe(text));
            assertEquals(expected, DatasetSplit.of(text), () -> RandomText.describe(text));
        }
    }

    @Test
    void knownTextsLandWhereTheRuleSays() {
        // sha256("")  starts e3b0c44298fc1c14 = 16406829232824261652, mod 100 = 52 (python3 hashlib)
        // sha256("x") starts 2d711642b726b044 =  3274422879871479876, mod 100 = 76
        // sha256("f") starts 252f10c83610ebca =  2679378755395316682, mod 100 = 82
        assertEquals(52, DatasetSplit.bucketOf(""));
        assertEquals(DatasetSplit.TRAIN, DatasetSplit.of(""));
        assertEquals(76, DatasetSplit.bucketOf("x"));
        assertEquals(DatasetSplit.VALIDATION, DatasetSplit.of("x"));
        assertEquals(82, DatasetSplit.bucketOf("f"));
        assertEquals(DatasetSplit.TEST, DatasetSplit.of("f"));
    }

    @Test
    void everyBucketFrom0To99IsUsed() {
        boolean[] seen = new boolean[100];
        for (int i = 0; i < 10_000; i++) {
            int bucket = DatasetSplit.bucketOf("text " + i);
            assertTrue(bucket >= 0 && bucket < 100);
            seen[bucket] = true;
        }
        for (int bucket = 0; bucket < 100; bucket++) {
            assertTrue(seen[bucket], "bucket " + bucket);
        }
    }
}
