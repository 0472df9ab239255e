package dev.taskfit.advise;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The advisor's answer on every labelled task ({@code src/data/advise/tasks*.jsonl}, which holds every task
 * {@code misleading.tsv} names) and every member of {@code invariance.jsonl} is the one recorded in
 * {@code src/test/resources/advise/advisor-answers.jsonl}: family, confidence, reasons, warnings and every cue
 * (kind, quoted words, detail, offset), with the cue reading's own verdict. A change to the cue lists or passes
 * that should not change behaviour must leave this file as it is.
 *
 * <p>The file is derived, not written by hand: it is what the advisor answered when it was last regenerated, with
 * {@code ./mvnw -o -q test -Dtest=AdvisorAnswersUnchangedTest -Dtaskfit.advisor-answers.write=true}. Regenerate it
 * only for a change meant to alter answers, and review its diff like code.
 */
class AdvisorAnswersUnchangedTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "advise", "advisor-answers.jsonl");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyLabelledAndInvarianceTaskGetsTheRecordedAnswer() throws IOException {
        List<String> answers = answers();
        if (Boolean.getBoolean("taskfit.advisor-answers.write")) {
            Files.write(GOLDEN, answers, StandardCharsets.UTF_8);
            System.out.printf("wrote %d answers to %s%n", answers.size(), GOLDEN);
        }
        List<String> recorded = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.min(recorded.size(), answers.size()); i++) {
            if (!recorded.get(i).equals(answers.get(i))) {
                fail("answer " + (i + 1) + " changed:\nrecorded " + recorded.get(i) + "\nnow      " + answers.get(i));
            }
        }
        assertEquals(recorded.size(), answers.size(), "number of tasks");
    }

    /** One JSON line per distinct task, in file order: labelled batches first, then invariance members. */
    private static List<String> answers() throws IOException {
        Set<String> tasks = new LinkedHashSet<>();
        AdvisorData.tasks().forEach(t -> tasks.add(t.task()));
        AdvisorData.invariance().forEach(g -> g.members().forEach(m -> tasks.add(m.task())));
        Advisor advisor = new Advisor(AdvisorData.advisor());
        List<String> lines = new ArrayList<>();
        for (String task : tasks) {
            lines.add(JSON.writeValueAsString(answer(task, advisor.advise(task), TaskCues.read(task))));
        }
        return lines;
    }

    private static ObjectNode answer(String task, Recommendation advice, TaskCues.Reading reading) {
        ObjectNode line = JSON.createObjectNode();
        line.put("task", task);
        line.put("family", advice.family().label());
        line.put("confidence", advice.confidence());
        line.put("verdict", reading.verdict() == null ? null : reading.verdict().label());
        line.put("strong", reading.strong());
        line.put("modality", reading.modality());
        line.put("modelHint", reading.modelHint());
        ArrayNode cues = line.putArray("cues");
        for (Cue cue : advice.cues()) {
            cues.add(cue.kind().label() + "@" + cue.start() + " " + cue.text() + (cue.detail() == null ? "" : " (" + cue.detail() + ")"));
        }
        advice.reasons().forEach(line.putArray("reasons")::add);
        advice.warnings().forEach(line.putArray("warnings")::add);
        if (!reading.withoutNegated(task).equals(task)) {
            line.put("classifierReads", reading.withoutNegated(task));
        }
        return line;
    }
}
