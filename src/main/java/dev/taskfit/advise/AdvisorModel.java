package dev.taskfit.advise;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.classify.ClassifierFile;
import dev.taskfit.classify.LinearClassifier;
import dev.taskfit.classify.ModelCard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The advisor's decision procedure, free of HTTP and CDI: its classifier over task descriptions (trained in
 * the build with the classify engine; it reads each task with its negated words blanked out), the cues of
 * {@link TaskCues}, and the {@link CombinationRule} that weighs one against the other. Immutable and
 * thread-safe.
 */
public final class AdvisorModel {

    /** Name of the classifier, in {@code models/} and in {@code GET /v1/models}. */
    public static final String NAME = "advisor";
    /** Where the build writes the combination rule, beside {@code advisor.tfc}. */
    public static final String RULE_FILE = NAME + "-rule.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final LinearClassifier classifier;
    private final ModelCard card;
    private final CombinationRule rule;
    private final Family[] order;

    /** One task's decision: the family, its combined confidence, and what it rests on. */
    public record Decision(Family family, double confidence, Family[] order, double[] combined,
                           double[] modelProbabilities, TaskCues.Reading cues) {

        /** The classifier's own favourite family. */
        public Family modelFamily() {
            int best = 0;
            for (int i = 1; i < modelProbabilities.length; i++) {
                if (modelProbabilities[i] > modelProbabilities[best]) {
                    best = i;
                }
            }
            return order[best];
        }

        /** The classifier's probability of {@code family}. */
        public double modelProbability(Family family) {
            for (int i = 0; i < order.length; i++) {
                if (order[i] == family) {
                    return modelProbabilities[i];
                }
            }
            throw new IllegalArgumentException(family.label());
        }
    }

    public AdvisorModel(LinearClassifier classifier, ModelCard card, CombinationRule rule) {
        this.classifier = classifier;
        this.card = card;
        this.rule = rule;
        List<String> labels = classifier.labels();
        this.order = new Family[labels.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = Family.of(labels.get(i));
        }
        if (order.length != Family.values().length) {
            throw new IllegalArgumentException("the advisor's classifier must have one label per family: " + labels);
        }
    }

    /**
     * The shipped advisor ({@code models/advisor.tfc} and {@code models/advisor-rule.json} on the classpath), read
     * once: in the native executable while the image is built, so it sits ready in the image heap.
     */
    public static AdvisorModel fromClasspath() {
        return Shipped.MODEL;
    }

    /** Initialised on first use on the JVM, at image build time in the native executable (Quarkus's default). */
    private static final class Shipped {
        static final AdvisorModel MODEL = read(Shipped.class.getClassLoader());
    }

    private static AdvisorModel read(ClassLoader loader) {
        try (InputStream model = open(loader, "models/" + NAME + ".tfc");
             InputStream ruleJson = open(loader, "models/" + RULE_FILE)) {
            ClassifierFile.Stored stored = ClassifierFile.read(model);
            return new AdvisorModel(stored.model(), JSON.readValue(stored.cardJson(), ModelCard.class),
                    JSON.readValue(ruleJson, CombinationRule.class));
        } catch (IOException e) {
            throw new UncheckedIOException("the advisor model cannot be read (the build trains it)", e);
        }
    }

    private static InputStream open(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("no classpath resource " + name);
        }
        return in;
    }

    /** Decides which family {@code task} needs. */
    public Decision decide(String task) {
        TaskCues.Reading cues = TaskCues.read(task);
        double[] model = classifier.predict(cues.withoutNegated(task)).probabilities();
        double[] combined = rule.combine(model, order, cues.verdict(), cues.strong());
        int best = 0;
        for (int i = 1; i < combined.length; i++) {
            if (combined[i] > combined[best]) {
                best = i;
            }
        }
        return new Decision(order[best], combined[best], order.clone(), combined, model, cues);
    }

    /**
     * The stretches of {@code task} that pull the classifier most towards {@code family}, as it read them (negated
     * words blanked out); only stretches that are words of the task as written are kept.
     */
    public List<LinearClassifier.Evidence> evidence(String task, TaskCues.Reading cues, Family family, int limit) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == family) {
                return classifier.evidence(cues.withoutNegated(task), i, limit).stream()
                        .filter(e -> task.contains(e.text())).toList();
            }
        }
        throw new IllegalArgumentException(family.label());
    }

    /** What the classifier is trained on for {@code task}: the task with its negated words blanked out. */
    public static String classifierText(String task) {
        return TaskCues.read(task).withoutNegated(task);
    }

    public LinearClassifier classifier() {
        return classifier;
    }

    public ModelCard card() {
        return card;
    }

    public CombinationRule rule() {
        return rule;
    }

    /** How many labelled descriptions the shipped classifier was fitted on. */
    public int trainedOn() {
        return card.split().train() + card.split().validation();
    }
}
