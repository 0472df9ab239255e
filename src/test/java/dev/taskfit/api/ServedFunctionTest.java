package dev.taskfit.api;

import dev.taskfit.api.ServedFunction.Model;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which models each function of the deployed set (terraform/main.tf) loads at start-up. */
class ServedFunctionTest {

    private static Set<Model> loadedAtStart(String function) {
        ServedFunction served = new ServedFunction(function);
        Set<Model> models = EnumSet.noneOf(Model.class);
        for (Model model : Model.values()) {
            if (served.loadsAtStart(model)) {
                models.add(model);
            }
        }
        return models;
    }

    @Test
    void eachFunctionLoadsOnlyWhatItsOwnEndpointsNeed() {
        assertEquals(EnumSet.of(Model.CLASSIFIERS), loadedAtStart("classify"));
        assertEquals(EnumSet.of(Model.NGRAM), loadedAtStart("generate"));
        assertEquals(EnumSet.of(Model.ADVISOR, Model.CLASSIFIERS), loadedAtStart("advise"));
        assertEquals(EnumSet.of(Model.NGRAM, Model.CLASSIFIERS), loadedAtStart("pipeline"));
    }

    @Test
    void oneContainerForEverythingOrAnUnknownNameLoadsEverything() {
        assertEquals(EnumSet.allOf(Model.class), loadedAtStart("all"));
        assertEquals(EnumSet.allOf(Model.class), loadedAtStart("clasify"));
    }
}
