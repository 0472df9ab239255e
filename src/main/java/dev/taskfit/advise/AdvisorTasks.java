package dev.taskfit.advise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the advisor's labelled data ({@code src/data/advise/}): the task batches and the misleading-phrasing index. */
public final class AdvisorTasks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The batch files of the set, oldest first. A new batch goes into a file of its own so that the split of the
     * earlier ones stays as it was ({@link AdvisorSplit}).
     */
    public static final List<String> BATCH_FILES = List.of("tasks.jsonl", "tasks-2.jsonl", "tasks-3.jsonl", "tasks-4.jsonl",
            "tasks-5.jsonl", "tasks-6.jsonl");

    private AdvisorTasks() {
    }

    /** Every batch of the set in {@code dir}, in the order of {@link #BATCH_FILES}. */
    public static List<List<AdvisorTask>> readBatches(Path dir) throws IOException {
        List<List<AdvisorTask>> batches = new ArrayList<>();
        for (String file : BATCH_FILES) {
            batches.add(read(dir.resolve(file)));
        }
        return batches;
    }

    /** Every task of one batch file, in file order; a malformed line is an error, the set is hand-made. */
    public static List<AdvisorTask> read(Path tasksJsonl) throws IOException {
        List<AdvisorTask> tasks = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(tasksJsonl)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            if (!node.path("id").isTextual() || !node.path("family").isTextual() || !node.path("task").isTextual()) {
                throw new IOException(tasksJsonl.getFileName() + ":" + lineNumber + ": want id, family and task");
            }
            tasks.add(new AdvisorTask(node.get("id").asText(), Family.of(node.get("family").asText()),
                    node.path("domain").asText(""), node.get("task").asText()));
        }
        return tasks;
    }

    /** {@code misleading.tsv}: task id to the kind of trap (wording, negation, wrong-family, sequence). */
    public static Map<String, String> misleading(Path misleadingTsv) throws IOException {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String line : Files.readAllLines(misleadingTsv).stream().skip(1).toList()) {
            String[] fields = line.split("\t");
            if (fields.length == 2) {
                kinds.put(fields[0].strip(), fields[1].strip());
            }
        }
        return kinds;
    }
}
