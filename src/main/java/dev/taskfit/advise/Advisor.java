package dev.taskfit.advise;

import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.RequestLimits;
import dev.taskfit.api.ServedFunction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Advises which model family a described task needs; used by the advise and route endpoints. */
@ApplicationScoped
public class Advisor {

    private final Supplier<AdvisorModel> model;
    private final boolean loadsAtStart;

    /** The shipped advisor, read from the classpath once per container. */
    @Inject
    public Advisor(ServedFunction served) {
        this.model = AdvisorModel::fromClasspath;
        this.loadsAtStart = served.loadsAtStart(ServedFunction.Model.ADVISOR);
    }

    public Advisor(AdvisorModel model) {
        this.model = () -> model;
        this.loadsAtStart = true;
    }

    /** Reads the advisor at start-up rather than on the first request, where this function advises. */
    void onStart(@Observes StartupEvent event) {
        if (loadsAtStart) {
            model();
        }
    }

    /** The advice for {@code task}. */
    public Recommendation advise(String task) {
        AdvisorModel model = model();
        AdvisorModel.Decision decision = model.decide(task);
        Explanation.Written written = Explanation.of(model, task, decision);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int i = 0; i < decision.order().length; i++) {
            probabilities.put(decision.order()[i].label(), round(decision.modelProbabilities()[i]));
        }
        Family family = decision.family();
        return new Recommendation(family, round(decision.confidence()), written.reasons(), decision.cues().cues(),
                written.warnings(), family.endpoint(), ExampleRequests.of(family, task, decision.cues()), probabilities);
    }

    public AdvisorModel model() {
        return model.get();
    }

    /** The task rule shared with route: present, not blank, within {@code taskfit.limits.max-task-chars}. */
    public static void checkTask(FieldErrors errors, String task, RequestLimits limits) {
        if (task == null) {
            errors.add("task", "is required: describe the task in plain words");
        } else if (task.isBlank()) {
            errors.add("task", "must not be empty");
        } else if (task.length() > limits.maxTaskChars()) {
            errors.tooLong("task", task, limits.maxTaskChars(), "taskfit.limits.max-task-chars");
        }
    }

    private static double round(double p) {
        return Math.round(p * 1e4) / 1e4;
    }
}
