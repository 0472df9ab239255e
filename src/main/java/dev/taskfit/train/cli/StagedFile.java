package dev.taskfit.train.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file written beside its target under a temporary name and moved into place atomically by {@link #commit}, so
 * that a failed or interrupted run leaves the old file (or none), never a half-written one. Closing without
 * committing deletes the temporary file.
 */
final class StagedFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private boolean committed;

    StagedFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Files.createDirectories(this.target.getParent());
        this.temporary = Files.createTempFile(this.target.getParent(), "." + target.getFileName(), ".part");
        if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) { // temporary files are owner-only
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        }
        this.stream = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
    }

    OutputStream stream() {
        return stream;
    }

    void commit() throws IOException {
        stream.close();
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            stream.close();
            Files.deleteIfExists(temporary);
        }
    }
}
