package dev.taskfit.advise;

import dev.taskfit.classify.DatasetSplit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdvisorSplitTest {

    @Test
    void partsAreDisjointAndCoverEveryTask() {
        Map<DatasetSplit, List<AdvisorTask>> parts = AdvisorData.parts();
        Set<String> seen = new HashSet<>();
        parts.values().forEach(part -> part.forEach(task -> assertTrue(seen.add(task.id()), task.id())));
        assertEquals(AdvisorData.tasks().size(), seen.size());
    }

    @Test
    void everyFamilyOfEveryBatchIsSplitSevenOneTwo() {
        for (List<AdvisorTask> batch : AdvisorData.batches()) {
            Map<DatasetSplit, List<AdvisorTask>> parts = AdvisorSplit.of(batch);
            for (Family family : Family.values()) {
                long total = batch.stream().filter(t -> t.family() == family).count();
                long test = parts.get(DatasetSplit.TEST).stream().filter(t -> t.family() == family).count();
                long validation = parts.get(DatasetSplit.VALIDATION).stream().filter(t -> t.family() == family).count();
                // positions 8 and 9 of every ten go to test, position 7 to validation
                assertEquals(total / 10 * 2 + Math.max(0, total % 10 - 8), test, family.label());
                assertEquals(total / 10 + (total % 10 > 7 ? 1 : 0), validation, family.label());
            }
        }
    }

    @Test
    void splitDoesNotDependOnLineOrder() {
        List<AdvisorTask> shuffled = new ArrayList<>(AdvisorData.batches().get(0));
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(AdvisorSplit.of(AdvisorData.batches().get(0)), AdvisorSplit.of(shuffled));
    }

    @Test
    void aLaterBatchLeavesTheSplitOfTheFirstAsItWas() {
        Map<DatasetSplit, List<AdvisorTask>> first = AdvisorSplit.of(AdvisorData.batches().get(0));
        Map<DatasetSplit, List<AdvisorTask>> all = AdvisorData.parts();
        for (DatasetSplit split : DatasetSplit.values()) {
            assertTrue(all.get(split).containsAll(first.get(split)), split.name());
        }
    }
}
