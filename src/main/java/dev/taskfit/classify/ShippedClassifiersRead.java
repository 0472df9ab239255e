package dev.taskfit.classify;

import dev.taskfit.api.ServedFunction;
import dev.taskfit.api.StartupModel;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;

/** Offers the shipped classifiers to start-up's early read. */
@Singleton
@Unremovable // looked up by start-up through the container, not injected
public class ShippedClassifiersRead implements StartupModel {

    @Override
    public ServedFunction.Model model() {
        return ServedFunction.Model.CLASSIFIERS;
    }

    @Override
    public void read() {
        ModelRegistry.readShipped();
    }
}
