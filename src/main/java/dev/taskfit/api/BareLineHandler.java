package dev.taskfit.api;

import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Prints a logger's messages to standard output as they are, one per line. The access and metrics lines are JSON
 * objects already; Quarkus' JSON formatter, which packaged builds put on every console handler, would wrap them
 * into the {@code message} of another object, and CloudWatch finds embedded metrics only at a line's top level.
 */
final class BareLineHandler extends Handler {

    private BareLineHandler() {
    }

    /** Routes the named loggers' lines here, once, and only here. */
    static synchronized void install(String... loggerNames) {
        for (String name : loggerNames) {
            Logger logger = Logger.getLogger(name);
            for (Handler handler : logger.getHandlers()) {
                if (handler.getClass().getName().equals(BareLineHandler.class.getName())) {
                    logger.removeHandler(handler); // one from before a dev-mode reload
                }
            }
            logger.addHandler(new BareLineHandler());
            logger.setUseParentHandlers(false);
        }
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            System.out.println(record.getMessage());
        }
    }

    @Override
    public void flush() {
        System.out.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
