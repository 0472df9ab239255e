package dev.taskfit.advise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.classify.DatasetSplit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The advisor's labelled data and the shipped advisor, shared by the tests (read once). */
final class AdvisorData {

    static final Path DIR = Path.of("src", "data", "advise");

    /** One invariance group: a kind (paraphrase, case, ...) and its members with their families. */
    record Group(String id, String kind, List<AdvisorTask> members) {
    }

    private static List<List<AdvisorTask>> batches;
    private static AdvisorModel advisor;

    private AdvisorData() {
    }

    /** The batch files of the set, oldest first. */
    static synchronized List<List<AdvisorTask>> batches() {
        if (batches == null) {
            try {
                batches = AdvisorTasks.readBatches(DIR);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return batches;
    }

    /** Every task of every batch. */
    static List<AdvisorTask> tasks() {
        return batches().stream().flatMap(List::stream).toList();
    }

    static Map<DatasetSplit, List<AdvisorTask>> parts() {
        return AdvisorSplit.ofBatches(batches());
    }

    static Map<String, String> misleading() {
        try {
            return AdvisorTasks.misleading(DIR.resolve("misleading.tsv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped advisor, as the build wrote it into target/classes/models/. */
    static synchronized AdvisorModel advisor() {
        if (advisor == null) {
            advisor = AdvisorModel.fromClasspath();
        }
        return advisor;
    }

    static List<Group> invariance() {
        ObjectMapper json = new ObjectMapper();
        List<Group> groups = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(DIR.resolve("invariance.jsonl"))) {
                JsonNode group = json.readTree(line);
                List<AdvisorTask> members = new ArrayList<>();
                for (JsonNode member : group.get("tasks")) {
                    boolean plain = member.isTextual();
                    members.add(new AdvisorTask(group.get("group").asText(),
                            Family.of(plain ? group.get("family").asText() : member.get("family").asText()),
                            group.get("kind").asText(), plain ? member.asText() : member.get("task").asText()));
                }
                groups.add(new Group(group.get("group").asText(), group.get("kind").asText(), members));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }
}
