package dev.taskfit.api;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one thread factory of taskfit: daemon threads with a {@code taskfit-} name, so that background work never
 * keeps a Lambda instance or the build's JVM from exiting and shows up by name in a thread dump.
 */
public final class DaemonThreads implements ThreadFactory {

    private final String prefix;
    private final boolean numbered;
    private final AtomicInteger count = new AtomicInteger();

    private DaemonThreads(String prefix, boolean numbered) {
        this.prefix = prefix;
        this.numbered = numbered;
    }

    /** Threads named {@code name-1}, {@code name-2}, ... */
    public static DaemonThreads numbered(String name) {
        return new DaemonThreads(name + "-", true);
    }

    /** Threads that all carry {@code name}. */
    public static DaemonThreads named(String name) {
        return new DaemonThreads(name, false);
    }

    /** Starts {@code task} on a new daemon thread called {@code name}. */
    public static Thread start(String name, Runnable task) {
        Thread thread = named(name).newThread(task);
        thread.start();
        return thread;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, numbered ? prefix + count.incrementAndGet() : prefix);
        thread.setDaemon(true);
        return thread;
    }
}
