package dev.taskfit.advise;

import dev.taskfit.classify.DatasetSplit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The advisor's deterministic split, stratified by family so that each part holds the three families in the
 * proportions of the whole set: within each family, tasks are ordered by the SHA-256 of their text, and the
 * i-th goes to train when i mod 10 is 0-6, to validation when it is 7 and to test when it is 8 or 9. It
 * depends neither on line order nor on ids; test is never trained or tuned on. Each batch file of the set is
 * split on its own, so that adding a batch never moves a task of an earlier batch from one part to another.
 */
public final class AdvisorSplit {

    /** The rule in words, for the model card and the figures. */
    public static final String RULE = "each batch file on its own, stratified by family: within each family, tasks"
            + " ordered by sha256(task text); position mod 10: 0-6 train, 7 validation, 8-9 test";

    private AdvisorSplit() {
    }

    /** The parts of the whole set: each batch split by {@link #of}, the parts joined in batch order. */
    public static Map<DatasetSplit, List<AdvisorTask>> ofBatches(List<List<AdvisorTask>> batches) {
        Map<DatasetSplit, List<AdvisorTask>> parts = new EnumMap<>(DatasetSplit.class);
        for (List<AdvisorTask> batch : batches) {
            of(batch).forEach((split, tasks) -> parts.computeIfAbsent(split, s -> new ArrayList<>()).addAll(tasks));
        }
        return parts;
    }

    /** The parts of one batch {@code tasks}, each in the order of the rule (family, then hash). */
    public static Map<DatasetSplit, List<AdvisorTask>> of(List<AdvisorTask> tasks) {
        Map<DatasetSplit, List<AdvisorTask>> parts = new EnumMap<>(DatasetSplit.class);
        for (DatasetSplit split : DatasetSplit.values()) {
            parts.put(split, new ArrayList<>());
        }
        for (Family family : Family.values()) {
            List<AdvisorTask> ordered = tasks.stream().filter(t -> t.family() == family)
                    .sorted(Comparator.comparing((AdvisorTask t) -> sha256(t.task())).thenComparing(AdvisorTask::id))
                    .toList();
            for (int i = 0; i < ordered.size(); i++) {
                int position = i % 10;
                parts.get(position < 7 ? DatasetSplit.TRAIN : position == 7 ? DatasetSplit.VALIDATION : DatasetSplit.TEST)
                        .add(ordered.get(i));
            }
        }
        return parts;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
