package dev.taskfit.advise;

import dev.taskfit.api.ServedFunction;
import dev.taskfit.api.StartupModel;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;

/** Offers the shipped advisor to start-up's early read. */
@Singleton
@Unremovable // looked up by start-up through the container, not injected
public class ShippedAdvisorRead implements StartupModel {

    @Override
    public ServedFunction.Model model() {
        return ServedFunction.Model.ADVISOR;
    }

    @Override
    public void read() {
        AdvisorModel.fromClasspath();
    }
}
