package dev.taskfit.train.cli;

import dev.taskfit.train.ClassifierBuilder;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Training progress a person can follow on stderr: the step (configuration i of n, or a final fit), the epoch,
 * examples a second and the time left at that rate. At most one line a second, and the last epoch of each
 * step always, so that a short run says little and a long one is not silent.
 */
final class ProgressLine implements ClassifierBuilder.Progress {

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastLine;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void epochDone(String step, int epoch, int epochs, long examplesDone, long examplesPlanned) {
        long now = System.nanoTime();
        if (epoch != epochs && now - lastLine < 1_000_000_000L) {
            return;
        }
        lastLine = now;
        double seconds = (now - started) / 1e9;
        double rate = examplesDone / Math.max(seconds, 1e-9);
        long left = Math.round(Math.max(0, examplesPlanned - examplesDone) / Math.max(rate, 1e-9));
        err.printf(Locale.ROOT, "%s: epoch %d/%d, %s examples/s, %d%% done, about %s left%n", step, epoch, epochs,
                compact(rate), Math.min(100, Math.round(100.0 * examplesDone / Math.max(1, examplesPlanned))),
                duration(left));
    }

    private static String compact(double rate) {
        return rate >= 1e6 ? String.format(Locale.ROOT, "%.1fM", rate / 1e6)
                : rate >= 1e3 ? String.format(Locale.ROOT, "%.0fk", rate / 1e3) : String.format(Locale.ROOT, "%.0f", rate);
    }

    static String duration(long seconds) {
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60)
                : seconds >= 60 ? String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60)
                : seconds + " s";
    }
}
