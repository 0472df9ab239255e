package dev.taskfit.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV read one physical line at a time: comma-separated fields, double quotes around fields holding
 * commas, quotes or newlines. A quoted field may span lines; {@link #line} gives back a record only once it is
 * complete, so that a reader can stream a file of any size and still name the line each record starts on.
 */
final class CsvRecords {

    private List<String> row = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private boolean quoted;
    private boolean fieldStarted;

    /** Every record of a whole CSV text, blank lines left out (for bodies already in memory). */
    static List<List<String>> parse(BufferedReader reader) throws IOException {
        CsvRecords csv = new CsvRecords();
        List<List<String>> records = new ArrayList<>();
        for (String line; (line = reader.readLine()) != null; ) {
            List<String> record = csv.line(line);
            if (record != null && !record.isEmpty()) {
                records.add(record);
            }
        }
        List<String> last = csv.finish();
        if (last != null) {
            records.add(last);
        }
        return records;
    }

    /** Reads one line (without its '\n'); the completed record, or null while a quoted field is still open. */
    List<String> line(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            field.append('\n');
            return null;
        }
        if (!fieldStarted && field.isEmpty() && row.isEmpty()) {
            return List.of(); // a blank line
        }
        int n = field.length();
        row.add(n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString());
        List<String> done = row;
        row = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
        return done;
    }

    /** Whether the input ended inside a quoted field. */
    boolean open() {
        return quoted;
    }

    /** The record in progress when the input ends without a final newline inside quotes (RFC 4180 is lenient there). */
    List<String> finish() {
        if (!quoted) {
            return null;
        }
        quoted = false;
        field.setLength(field.length() - 1); // the '\n' that line() added for a line that never came
        row.add(field.toString());
        List<String> done = row;
        row = new ArrayList<>();
        field.setLength(0);
        return done;
    }
}
