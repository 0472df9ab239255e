package dev.taskfit.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The function this container serves ({@code taskfit.function}, set per Lambda function by Terraform as
 * TASKFIT_FUNCTION), which decides the models it loads at start-up: a cold start loads only what its own endpoints
 * need, and any other model loads on its first use. Unset or {@code all} (dev mode, tests, one container serving
 * every endpoint): everything at start-up.
 */
@ApplicationScoped
public class ServedFunction {

    /** A model that is loaded once per container. */
    public enum Model { CLASSIFIERS, NGRAM, ADVISOR }

    private static final Logger LOG = Logger.getLogger(ServedFunction.class);

    // advise also serves route, which classifies; a generate-type route loads the n-gram model on first use.
    private static final Map<String, Set<Model>> LOADED_AT_START = Map.of(
            "classify", EnumSet.of(Model.CLASSIFIERS),
            "generate", EnumSet.of(Model.NGRAM),
            "advise", EnumSet.of(Model.ADVISOR, Model.CLASSIFIERS),
            "pipeline", EnumSet.of(Model.NGRAM, Model.CLASSIFIERS),
            "all", EnumSet.allOf(Model.class));

    private final Set<Model> loadedAtStart;

    public ServedFunction(@ConfigProperty(name = "taskfit.function") String function) {
        Set<Model> models = LOADED_AT_START.get(function);
        if (models == null) {
            LOG.warnf("taskfit.function=%s is none of %s; loading every model at start-up", function,
                    new TreeSet<>(LOADED_AT_START.keySet()));
            models = LOADED_AT_START.get("all");
        }
        this.loadedAtStart = models;
    }

    /** Whether {@code model} loads at start-up; if not, on its first use. */
    public boolean loadsAtStart(Model model) {
        return loadedAtStart.contains(model);
    }
}
