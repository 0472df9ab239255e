package dev.taskfit.train.cli;

import dev.taskfit.classify.ClassifierFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a model file, telling a file that is not a taskfit model apart from one that cannot be read at all. */
final class ModelFiles {

    /** The file was read but is not a (complete) taskfit classifier. */
    static final class NotAModel extends IOException {
        NotAModel(Path file, IOException cause) {
            super(file + " is not a taskfit model file: " + cause.getMessage(), cause);
        }
    }

    private ModelFiles() {
    }

    static ClassifierFile.Stored read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            try {
                return ClassifierFile.read(in);
            } catch (IOException e) {
                throw new NotAModel(file, e);
            }
        }
    }
}
