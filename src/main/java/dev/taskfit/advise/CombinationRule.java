package dev.taskfit.advise;

import dev.taskfit.classify.Evaluation;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * How the advisor combines its classifier with the cues, fitted by the build and shipped beside the model as
 * {@code models/advisor-rule.json}: for each family f,
 * <pre>score(f) = log p_model(f) + w * [f is the cues' verdict]</pre>
 * with {@code w = cueWeight}, or half of it when the verdict rests only on topic words ("risk",
 * "realistic") rather than stated steps; the answer is the family with the highest score, its confidence the
 * softmax of the scores. With no verdict (no cue found) the classifier alone decides.
 *
 * @param cueWeight  log-odds the cues' verdict adds to its family
 * @param formula    the rule in words
 * @param selection  how {@code cueWeight} was chosen (by cross-validation within train + validation, never on test)
 * @param validation the combined advisor, cross-validated, on the development tasks {@code cueWeight} was chosen on
 * @param test       the shipped advisor (classifier trained on train + validation) on the untouched test part
 * @param testModel  the shipped classifier alone on the test part, for comparison
 */
@RegisterForReflection // read from advisor-rule.json with Jackson at start-up
public record CombinationRule(double cueWeight, String formula, String selection, Evaluation validation,
                              Evaluation test, Evaluation testModel) {

    public static final String FORMULA = "score(f) = log p_model(f) + w * [f = cue verdict], w = cueWeight, or "
            + "cueWeight / 2 when the verdict rests only on topic words; answer = argmax score; confidence = "
            + "softmax(score)[answer]";

    public CombinationRule {
        if (!(cueWeight >= 0) || Double.isInfinite(cueWeight)) {
            throw new IllegalArgumentException("cueWeight must be finite and non-negative: " + cueWeight);
        }
    }

    /** The weight of a verdict: half of {@link #cueWeight} when it rests only on topic words. */
    public double weightOf(boolean strong) {
        return strong ? cueWeight : cueWeight / 2;
    }

    /** Combined probabilities of the families in {@code order}, given the classifier's and the cues' verdict. */
    public double[] combine(double[] modelProbabilities, Family[] order, Family verdict, boolean strong) {
        double[] scores = new double[order.length];
        double max = Double.NEGATIVE_INFINITY;
        double weight = weightOf(strong);
        for (int i = 0; i < order.length; i++) {
            scores[i] = Math.log(Math.max(modelProbabilities[i], 1e-12)) + (order[i] == verdict ? weight : 0);
            max = Math.max(max, scores[i]);
        }
        double sum = 0;
        for (int i = 0; i < order.length; i++) {
            scores[i] = Math.exp(scores[i] - max);
            sum += scores[i];
        }
        for (int i = 0; i < order.length; i++) {
            scores[i] /= sum;
        }
        return scores;
    }
}
