package dev.taskfit.startup;

import dev.taskfit.advise.AdvisorModel;
import dev.taskfit.classify.ModelRegistry;
import dev.taskfit.generate.ngram.NgramTextGenerator;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.ImageMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * On the JVM, reads the models this function loads at start-up on a thread of its own, from the moment the CDI
 * container exists: the reading (mostly file I/O and array filling) then overlaps the rest of Quarkus' start-up
 * instead of following it. The start-up observers that load the models find them read, or wait for the read to end:
 * each model sits in a holder class, and a class initialises once, whichever thread gets there first.
 *
 * <p>Not in the native executable: there the models were read while the image was built.
 */
public class EarlyModelRead {

    private static final Logger LOG = Logger.getLogger(EarlyModelRead.class);

    // Static: observing must not create a bean this early (in a native build, this runs while the image is built).
    static void onContainerStart(@Observes @Initialized(ApplicationScoped.class) Object containerStart) {
        if (ImageMode.current() != ImageMode.JVM) {
            return;
        }
        ServedFunction served = Arc.container().instance(ServedFunction.class).get();
        Thread reader = new Thread(() -> read(served), "taskfit-early-model-read");
        reader.setDaemon(true);
        reader.start();
    }

    private static void read(ServedFunction served) {
        for (ServedFunction.Model model : ServedFunction.Model.values()) {
            if (!served.loadsAtStart(model)) {
                continue;
            }
            try {
                switch (model) {
                    case CLASSIFIERS -> ModelRegistry.readShipped();
                    case NGRAM -> NgramTextGenerator.shipped();
                    case ADVISOR -> AdvisorModel.fromClasspath();
                }
            } catch (RuntimeException | LinkageError e) {
                // Its loader, on the main thread, fails the same way and decides what that means.
                LOG.errorf(e, "could not read the %s model", model);
            }
        }
    }
}
