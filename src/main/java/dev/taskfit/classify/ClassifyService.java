package dev.taskfit.classify;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Classifies texts with a named model; used by the classify endpoint, the advisor's route and the pipeline. */
@ApplicationScoped
public class ClassifyService {

    /**
     * One text's label, its probability, every label's probability, the version of the model that gave them, and,
     * when asked for, the stretches of text that moved the decision most.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Classification(String label, double confidence, Map<String, Double> scores, String modelVersion,
                                 List<FeatureContribution> explanation) {
    }

    private final ModelRegistry registry;

    public ClassifyService(ModelRegistry registry) {
        this.registry = registry;
    }

    /** Classifies one text; an unknown model is a 404 problem. */
    public Classification classify(String modelName, String text) {
        return classify(modelName, text, 0);
    }

    /** Classifies one text, explained by its {@code explain} strongest features (0: none). */
    public Classification classify(String modelName, String text, int explain) {
        ModelRegistry.LoadedModel loaded = registry.require(modelName);
        return classify(loaded, text, new double[0], explain);
    }

    /** Classifies several texts with one model. */
    public List<Classification> classifyAll(String modelName, List<String> texts) {
        return classifyAll(modelName, texts, 0);
    }

    /** Classifies several texts with one model, each explained by its {@code explain} strongest features. */
    public List<Classification> classifyAll(String modelName, List<String> texts, int explain) {
        ModelRegistry.LoadedModel loaded = registry.require(modelName);
        double[] probabilities = new double[loaded.model().labels().size()];
        List<Classification> results = new ArrayList<>(texts.size());
        for (String text : texts) {
            results.add(classify(loaded, text, probabilities, explain));
        }
        return results;
    }

    /** The labels a model can give; an unknown model is a 404 problem. */
    public List<String> labels(String modelName) {
        return registry.require(modelName).model().labels();
    }

    private static Classification classify(ModelRegistry.LoadedModel loaded, String text, double[] scratch, int explain) {
        LinearClassifier model = loaded.model();
        double[] probabilities = scratch.length == model.labels().size() ? scratch : new double[model.labels().size()];
        int best;
        List<FeatureContribution> explanation = null;
        if (explain > 0) { // one reading of the text serves both the prediction and its explanation
            LinearClassifier.Explained explained = model.predictExplained(text, probabilities);
            best = explained.labelIndex();
            explanation = explained.attribution().strongest(explain, model.labels().get(best),
                    model.labels().get(explained.runnerUpIndex()));
        } else {
            best = model.predictInto(text, probabilities);
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < probabilities.length; i++) {
            scores.put(model.labels().get(i), round(probabilities[i]));
        }
        return new Classification(model.labels().get(best), round(probabilities[best]), scores, loaded.version(),
                explanation);
    }

    /** Six decimals are plenty for a probability and keep responses short. */
    private static double round(double p) {
        return Math.round(p * 1e6) / 1e6;
    }
}
