package dev.taskfit.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.classify.LabelledExample;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads labelled text from JSONL ({"text":..., "label":...} per line) or CSV (a header naming the columns
 * {@code text} and {@code label}, RFC 4180 quoting), either optionally gzip-compressed (".gz"), streaming one
 * record at a time. Leniently (the shipped datasets), records that are not examples are counted and skipped;
 * strictly (the command-line tool), the first one is a {@link BadDataException} naming its line.
 */
public final class LabelledFileReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Examples read from one file and how many records were skipped as malformed. */
    public record Loaded(List<LabelledExample> examples, int skipped) {
    }

    /** Receives each example with the line its record starts on. */
    @FunctionalInterface
    public interface Sink {
        void example(long line, String text, String label) throws BadDataException;
    }

    private LabelledFileReader() {
    }

    /** Every example of {@code file}, malformed records skipped and counted. */
    public static Loaded read(Path file) throws IOException {
        List<LabelledExample> examples = new ArrayList<>();
        int skipped = forEach(file, false, (line, text, label) -> examples.add(new LabelledExample(text, label)));
        return new Loaded(examples, skipped);
    }

    /**
     * Streams the examples of {@code file} to {@code sink} in file order and returns how many records were
     * skipped; when {@code strict}, nothing is skipped: a malformed record, an empty text or label, bytes that
     * are not UTF-8 or a truncated gzip stream is a {@link BadDataException}.
     */
    public static int forEach(Path file, boolean strict, Sink sink) throws IOException {
        String name = file.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        String type = base.toLowerCase(Locale.ROOT);
        boolean jsonLines = type.endsWith(".jsonl") || type.endsWith(".ndjson");
        if (!jsonLines && !type.endsWith(".csv")) {
            throw new BadDataException(file, 0, "unknown file type (want .csv or .jsonl, optionally .gz): " + name);
        }
        try (InputStream in = open(file)) {
            Utf8Lines lines = new Utf8Lines(in, strict);
            try {
                return jsonLines ? readJsonLines(file, lines, strict, sink) : readCsv(file, lines, strict, sink);
            } catch (Utf8Lines.NotUtf8 e) {
                throw new BadDataException(file, lines.number(), String.format(Locale.ROOT,
                        "not UTF-8 (byte 0x%02X at byte %d of the line); save the file as UTF-8", e.value, e.column));
            } catch (EOFException | ZipException e) {
                throw new BadDataException(file, lines.number() + 1, "the gzip data is truncated or corrupt ("
                        + e.getMessage() + "); the lines before it were read");
            }
        }
    }

    /** The file's bytes, gunzipped when it starts with the gzip magic number (whatever its name). */
    private static InputStream open(Path file) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
        raw.reset();
        if (!gzip) {
            return raw;
        }
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (EOFException | ZipException e) {
            raw.close();
            throw new BadDataException(file, 1, "the gzip data is truncated or corrupt (" + e.getMessage() + ")");
        }
    }

    private static int readJsonLines(Path file, Utf8Lines lines, boolean strict, Sink sink) throws IOException {
        int skipped = 0;
        for (String line; (line = lines.next()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            String problem;
            try {
                JsonNode node = JSON.readTree(line);
                problem = node.isObject() ? jsonProblem(node) : "not a JSON object";
                if (problem == null) {
                    String text = node.get("text").asText(), label = node.get("label").asText().strip();
                    problem = strict ? emptiness(text, label) : null;
                    if (problem == null) {
                        sink.example(lines.number(), text, label);
                        continue;
                    }
                }
            } catch (JsonProcessingException e) {
                problem = "not valid JSON (" + e.getOriginalMessage() + ")";
            }
            if (strict) {
                throw new BadDataException(file, lines.number(), problem);
            }
            skipped++;
        }
        return skipped;
    }

    /** What keeps a JSON object from being an example, or null. */
    private static String jsonProblem(JsonNode node) {
        JsonNode text = node.get("text"), label = node.get("label");
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        if (text == null || label == null) {
            return "no \"" + (text == null ? "text" : "label") + "\" field (each line needs \"text\" and \"label\"; found "
                    + (fields.isEmpty() ? "none" : String.join(", ", fields)) + ")";
        }
        if (!text.isTextual()) {
            return "\"text\" is not a string";
        }
        if (!label.isValueNode() || label.isNull() || label.asText().isBlank()) {
            return "\"label\" is empty or not a string or number";
        }
        return null;
    }

    private static String emptiness(String text, String label) {
        return text.isBlank() ? "empty text" : label.isEmpty() ? "empty label" : null;
    }

    private static int readCsv(Path file, Utf8Lines lines, boolean strict, Sink sink) throws IOException {
        CsvRecords csv = new CsvRecords();
        int textColumn = -1, labelColumn = -1, skipped = 0;
        long start = 0;
        boolean header = true;
        for (String line; (line = lines.next()) != null; ) {
            if (start == 0) {
                start = lines.number();
            }
            List<String> row = csv.line(line);
            if (row == null) {
                continue;
            }
            long recordLine = start;
            start = 0;
            if (row.isEmpty()) {
                continue;
            }
            if (header) {
                List<String> names = row.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
                textColumn = names.indexOf("text");
                labelColumn = names.indexOf("label");
                if (textColumn < 0 || labelColumn < 0) {
                    throw new BadDataException(file, recordLine, "the CSV header must name the columns text and label "
                            + "(any order, any case); found " + String.join(", ", row));
                }
                header = false;
                continue;
            }
            String problem;
            if (row.size() <= Math.max(textColumn, labelColumn)) {
                problem = row.size() + (row.size() == 1 ? " field" : " fields") + " where the header has "
                        + (Math.max(textColumn, labelColumn) + 1) + " or more (a text with a comma must be in double quotes)";
            } else {
                String text = row.get(textColumn), label = row.get(labelColumn).strip();
                problem = label.isEmpty() ? "empty label" : strict ? emptiness(text, label) : null;
                if (problem == null) {
                    sink.example(recordLine, text, label);
                    continue;
                }
            }
            if (strict) {
                throw new BadDataException(file, recordLine, problem);
            }
            skipped++;
        }
        if (csv.open()) {
            if (strict) {
                throw new BadDataException(file, start, "a double-quoted field opened on this line is never closed");
            }
            List<String> row = csv.finish();
            if (!header && row.size() > Math.max(textColumn, labelColumn) && !row.get(labelColumn).isBlank()) {
                sink.example(start, row.get(textColumn), row.get(labelColumn).strip());
            } else {
                skipped++;
            }
        }
        return skipped;
    }
}
