package dev.taskfit.classify;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Classifies texts with a named model; used by the classify endpoint, the advisor's route and the pipeline. */
@ApplicationScoped
public class ClassifyService {

    /** One text's label, its probability, and every label's probability. */
    public record Classification(String label, double confidence, Map<String, Double> scores) {
    }

    private final ModelRegistry registry;

    public ClassifyService(ModelRegistry registry) {
        this.registry = registry;
    }

    /** Classifies one text; an unknown model is a 404 problem. */
    public Classification classify(String modelName, String text) {
        return classify(registry.require(modelName).model(), text, new double[0]);
    }

    /** Classifies several texts with one model. */
    public List<Classification> classifyAll(String modelName, List<String> texts) {
        LinearClassifier model = registry.require(modelName).model();
        double[] probabilities = new double[model.labels().size()];
        List<Classification> results = new ArrayList<>(texts.size());
        for (String text : texts) {
            results.add(classify(model, text, probabilities));
        }
        return results;
    }

    /** The labels a model can give; an unknown model is a 404 problem. */
    public List<String> labels(String modelName) {
        return registry.require(modelName).model().labels();
    }

    private static Classification classify(LinearClassifier model, String text, double[] scratch) {
        double[] probabilities = scratch.length == model.labels().size() ? scratch : new double[model.labels().size()];
        int best = model.predictInto(text, probabilities);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < probabilities.length; i++) {
            scores.put(model.labels().get(i), round(probabilities[i]));
        }
        return new Classification(model.labels().get(best), round(probabilities[best]), scores);
    }

    /** Six decimals are plenty for a probability and keep responses short. */
    private static double round(double p) {
        return Math.round(p * 1e6) / 1e6;
    }
}
