package dev.taskfit.train.cli;

import dev.taskfit.train.BadDataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;

/** The taskfit command-line tool: train, evaluate, inspect and run text classifiers on your own labelled files. */
@Command(name = "taskfit", mixinStandardHelpOptions = true, version = "taskfit 1.0.0-SNAPSHOT",
        description = "Train, evaluate, inspect and run text classifiers on your own labelled files.",
        subcommands = {TrainCommand.class, EvalCommand.class, PredictCommand.class, InspectCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                " 0:done",
                " 1:usage error (unknown option, missing argument)",
                " 2:bad data (the message names the file and line; nothing was written)",
                " 3:I/O error (a file cannot be read or written)",
                " 4:not a taskfit model file (or a truncated one)",
                "70:internal error (a bug: please report it with the stack trace)"})
public final class Main implements Callable<Integer> {

    static final int OK = 0;
    static final int USAGE = 1;
    static final int BAD_DATA = 2;
    static final int IO = 3;
    static final int BAD_MODEL = 4;
    static final int BUG = 70;

    /** What {@code predict} reads when given no file or "-". */
    final InputStream stdin;

    /** Standard error as a stream, for the training log (it goes where the progress lines go). */
    final PrintStream errStream;

    @Spec
    CommandSpec spec;

    Main(InputStream stdin, PrintStream errStream) {
        this.stdin = stdin;
        this.errStream = errStream;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line on the process's standard streams and returns its exit code (for tests and tools). */
    public static int execute(String... args) {
        return run(System.in, System.out, System.err, args);
    }

    /** Runs one command line with the given standard streams and returns its exit code. */
    static int run(InputStream in, OutputStream out, OutputStream err, String... args) {
        PrintWriter outWriter = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(errStream, true);
        CommandLine cli = new CommandLine(new Main(in, errStream))
                .setOut(outWriter)
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, args1) -> {
                    CommandLine command = e.getCommandLine();
                    command.getErr().println("taskfit: " + e.getMessage());
                    command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, command, parsed) -> failure(e, command.getErr()));
        try {
            return cli.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
            errStream.flush();
        }
    }

    /** The exit code for a failure, after one clear line on stderr (a stack trace only for a bug). */
    private static int failure(Exception e, PrintWriter err) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof BadDataException bad) {
            err.println("taskfit: bad data: " + bad.getMessage());
            return BAD_DATA;
        }
        if (cause instanceof ModelFiles.NotAModel notAModel) {
            err.println("taskfit: " + notAModel.getMessage());
            return BAD_MODEL;
        }
        if (cause instanceof NoSuchFileException missing) {
            err.println("taskfit: no such file: " + missing.getFile());
            return IO;
        }
        if (cause instanceof AccessDeniedException denied) {
            err.println("taskfit: permission denied: " + denied.getFile());
            return IO;
        }
        if (cause instanceof IOException io) {
            err.println("taskfit: I/O error: " + io);
            return IO;
        }
        err.println("taskfit: internal error (please report it):");
        e.printStackTrace(err);
        return BUG;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }
}
