package dev.taskfit.startup;

import dev.taskfit.api.DaemonThreads;
import dev.taskfit.api.ServedFunction;
import dev.taskfit.api.StartupModel;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.ImageMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;

/**
 * On the JVM, reads the models this function loads at start-up on a thread of its own, from the moment the CDI
 * container exists: the reading (mostly file I/O and array filling) then overlaps the rest of Quarkus' start-up
 * instead of following it. The start-up observers that load the models find them read, or wait for the read to end:
 * each model sits in a holder class, and a class initialises once, whichever thread gets there first.
 *
 * <p>The features offer their models as {@link StartupModel} beans, so start-up imports no feature.
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
        List<StartupModel> models = Arc.container().select(StartupModel.class).stream()
                .sorted(Comparator.comparing(StartupModel::model)).toList();
        DaemonThreads.start("taskfit-early-model-read", () -> read(served, models));
    }

    private static void read(ServedFunction served, List<StartupModel> models) {
        for (StartupModel model : models) {
            if (!served.loadsAtStart(model.model())) {
                continue;
            }
            try {
                model.read();
            } catch (RuntimeException | LinkageError e) {
                // Its loader, on the main thread, fails the same way and decides what that means.
                LOG.errorf(e, "could not read the %s model", model.model());
            }
        }
    }
}
