package dev.taskfit.route;

import dev.taskfit.advise.Cue;
import dev.taskfit.advise.Family;
import dev.taskfit.advise.Recommendation;
import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.ProblemException;
import dev.taskfit.classify.ClassifyService;
import dev.taskfit.classify.ModelRegistry;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.TreeSet;

/** Route's discriminative step: classifies the input with the model the request names or the task points to. */
@ApplicationScoped
public class ClassifyStep implements RouteTarget {

    /** The classification, with which model ran and why that one. */
    @RegisterForReflection // serialised as RouteResponse's result: no REST signature names it
    public record ClassifiedInput(String model, String modelChosenBecause, String label, double confidence,
                                  Map<String, Double> scores) implements RouteResult {
    }

    private final ClassifyService classifier;
    private final ModelRegistry registry;

    public ClassifyStep(ClassifyService classifier, ModelRegistry registry) {
        this.classifier = classifier;
        this.registry = registry;
    }

    @Override
    public Family family() {
        return Family.DISCRIMINATIVE;
    }

    @Override
    public ClassifiedInput run(RouteRequest request, Recommendation advice) {
        if (request.options() != null && !request.options().isEmpty()) {
            new FieldErrors().add("options", "the classify step takes no options (the advice chose /v1/classify)")
                    .throwIfAny();
        }
        String model;
        String because;
        if (request.model() != null) {
            model = request.model();
            because = "named in the request";
        } else {
            Cue hint = advice.modelHint().orElseThrow(() -> new ProblemException(422, "model-needed", "Model needed",
                            "the advice is discriminative, but the task points to no shipped classifier; name one in "
                                    + "\"model\" (available: " + String.join(", ", new TreeSet<>(registry.all().keySet())) + ")"));
            model = hint.detail();
            because = "the task mentions \"" + hint.text() + "\", which points to the " + model + " classifier";
        }
        ClassifyService.Classification result = classifier.classify(model, request.input());
        return new ClassifiedInput(model, because, result.label(), result.confidence(), result.scores());
    }
}
