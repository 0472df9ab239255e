package dev.taskfit.train;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A labelled file that cannot be trained or evaluated on as it is, with the file and the line to look at (line
 * 0: the file as a whole). An {@link IOException} so that callers that only read files need not tell it apart.
 */
public final class BadDataException extends IOException {

    private final Path file;
    private final long line;
    private final String problem;

    public BadDataException(Path file, long line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line the problem is on, or 0 when it is about the whole file. */
    public long line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
