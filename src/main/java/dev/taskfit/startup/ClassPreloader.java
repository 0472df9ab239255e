package dev.taskfit.startup;

import io.quarkus.runtime.ImageMode;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Shares a JVM cold start between two cores. Loading and linking some 6,000 classes on the main thread is most of a
 * JVM cold start; a second thread loads and links (but does not initialise) the library classes a cold start is known
 * to need, listed in {@value #LIST}, so the main thread mostly finds them ready. Only on the JVM inside a Lambda
 * runtime (AWS_LAMBDA_RUNTIME_API set, as by Lambda and infra/local): a native executable has nothing to load, dev
 * mode and tests start differently.
 *
 * <p>It starts as early as application code can run: {@code META-INF/quarkus-preload-classes.txt} names this class,
 * and Quarkus initialises the classes listed there right after setting up logging, before any bean (its SnapStart
 * class preloading, on by default with the Lambda extension). With SnapStart the list is loaded before the snapshot.
 *
 * <p>The list is recorded from cold starts of the packaged function ({@code infra/bench/preload-list.sh}). It is
 * only a hint: a class missing from it is loaded when first used, as always, and a listed class that no longer
 * exists is skipped.
 */
public final class ClassPreloader {

    static final String LIST = "META-INF/taskfit/preload-classes.txt";

    private static final Logger LOG = Logger.getLogger(ClassPreloader.class);

    static {
        startInBackground();
    }

    private ClassPreloader() {
    }

    private static void startInBackground() {
        if (ImageMode.current() != ImageMode.JVM || System.getenv("AWS_LAMBDA_RUNTIME_API") == null) {
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Thread thread = new Thread(() -> preload(loader), "taskfit-class-preloader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads and links every class of the list that exists; returns how many. */
    static int preload(ClassLoader loader) {
        long start = System.nanoTime();
        int loaded = 0, missing = 0;
        List<String> names;
        try (InputStream in = loader.getResourceAsStream(LIST)) {
            if (in == null) {
                LOG.debugf("no %s: nothing to preload", LIST);
                return 0;
            }
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            LOG.debugf("cannot read %s: %s", LIST, e.getMessage());
            return 0;
        }
        // Last needed first: the main thread loads the first classes itself before this thread gets to them, so
        // working backwards puts the two threads on different classes from the start.
        for (int i = names.size() - 1; i >= 0; i--) {
            try {
                // Reflecting on the methods links (verifies) the class without running its static initialiser.
                Class.forName(names.get(i), false, loader).getDeclaredMethods();
                loaded++;
            } catch (LinkageError | ClassNotFoundException | SecurityException e) {
                missing++;
            }
        }
        LOG.infof("preloaded %d classes (%d not found) in %.0f ms", (Object) loaded, missing, (System.nanoTime() - start) / 1e6);
        return loaded;
    }
}
