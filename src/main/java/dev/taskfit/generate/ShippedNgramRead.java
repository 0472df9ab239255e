package dev.taskfit.generate;

import dev.taskfit.api.ServedFunction;
import dev.taskfit.api.StartupModel;
import dev.taskfit.generate.ngram.NgramTextGenerator;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;

/** Offers the shipped n-gram model to start-up's early read. */
@Singleton
@Unremovable // looked up by start-up through the container, not injected
public class ShippedNgramRead implements StartupModel {

    @Override
    public ServedFunction.Model model() {
        return ServedFunction.Model.NGRAM;
    }

    @Override
    public void read() {
        NgramTextGenerator.shipped();
    }
}
