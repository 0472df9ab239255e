package dev.taskfit.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.classify.LabelledText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads labelled text from JSONL ({"text":..., "label":...} per line) or CSV (a {@code text,label} header,
 * RFC 4180 quoting), either optionally gzip-compressed (".gz"). Lines that are not examples are counted and
 * skipped, never fatal.
 */
public final class LabelledFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Examples read from one file and how many records were skipped as malformed. */
    public record Loaded(List<LabelledText> examples, int skipped) {
    }

    private LabelledFiles() {
    }

    public static Loaded read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') { // a byte order mark (Excel, PowerShell) is not data
                reader.reset();
            }
            if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
                return readJsonLines(reader);
            }
            if (base.endsWith(".csv")) {
                return readCsv(reader);
            }
            throw new IOException("unknown file type (want .jsonl or .csv, optionally .gz): " + name);
        }
    }

    private static Loaded readJsonLines(BufferedReader reader) throws IOException {
        List<LabelledText> examples = new ArrayList<>();
        int skipped = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                JsonNode text = node.get("text"), label = node.get("label");
                if (text != null && text.isTextual() && label != null && label.isValueNode()
                        && !label.asText().isBlank()) {
                    examples.add(new LabelledText(text.asText(), label.asText().strip()));
                    continue;
                }
            } catch (IOException e) {
                // counted below
            }
            skipped++;
        }
        return new Loaded(examples, skipped);
    }

    private static Loaded readCsv(BufferedReader reader) throws IOException {
        List<List<String>> rows = CsvRecords.parse(reader);
        if (rows.isEmpty()) {
            return new Loaded(List.of(), 0);
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase()).toList();
        int textColumn = header.indexOf("text"), labelColumn = header.indexOf("label");
        if (textColumn < 0 || labelColumn < 0) {
            throw new IOException("CSV header must name the columns text and label, found " + rows.get(0));
        }
        List<LabelledText> examples = new ArrayList<>();
        int skipped = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > Math.max(textColumn, labelColumn) && !row.get(labelColumn).isBlank()) {
                examples.add(new LabelledText(row.get(textColumn), row.get(labelColumn).strip()));
            } else {
                skipped++;
            }
        }
        return new Loaded(examples, skipped);
    }
}
