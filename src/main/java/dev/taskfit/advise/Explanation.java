package dev.taskfit.advise;

import dev.taskfit.classify.LinearClassifier;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reasons and warnings of an advice. Every reason quotes words of the task (a cue, or the n-grams that
 * moved the advisor's classifier most) and ties them to the guidance's arguments: what the task asks for, and
 * what follows for accuracy, cost, latency and data. Nothing is said that the task's words do not support.
 */
final class Explanation {

    /** What the advice says, and what it warns about. */
    record Written(List<String> reasons, List<String> warnings) {
    }

    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "of", "for", "to", "and", "or", "in", "on",
            "at", "by", "with", "from", "our", "my", "we", "i", "it", "its", "is", "are", "be", "this", "that", "these",
            "each", "every", "all", "any", "some", "as", "so", "if", "us", "me", "you", "your", "their", "they", "them",
            "into", "per", "one", "can", "will", "need", "want", "s", "do", "does", "has", "have", "than", "then");
    private static final double UNCERTAIN = 0.6;

    private Explanation() {
    }

    static Written of(AdvisorModel advisor, String task, AdvisorModel.Decision decision) {
        Family family = decision.family();
        TaskCues.Reading cues = decision.cues();
        List<String> reasons = new ArrayList<>();
        if (cues.verdict() == family) {
            reasons.add(decisionReason(family, cues));
        }
        for (Cue cue : cues.cues()) {
            String reason = cueReason(cue, family);
            if (reason != null) {
                reasons.add(reason);
            }
        }
        reasons.add(classifierReason(advisor, task, decision));
        reasons.add(consequence(cues, family, Cue.Kind.DATA));
        reasons.add(consequence(cues, family, Cue.Kind.CONSTRAINT));
        reasons.removeIf(r -> r == null);
        return new Written(List.copyOf(reasons), warnings(decision));
    }

    private static String decisionReason(Family family, TaskCues.Reading cues) {
        return switch (family) {
            case DISCRIMINATIVE -> "The task asks for a judgement about inputs that already exist ("
                    + quote(cues.judging()) + "): a label, score, decision or ranking for each. That is the question a "
                    + "discriminative model answers (given this input, what is the label?); for it a discriminative "
                    + "model is typically more accurate, faster and cheaper than a generative one, and needs less data.";
            case GENERATIVE -> "The task asks for new content (" + quote(cues.producing()) + "): something that did "
                    + "not exist before and could come out many ways. Only a generative model can produce it; a "
                    + "discriminative model cannot create anything, it only labels what it is given. Expect a higher "
                    + "cost per call than a classifier, and review the output: generative models can be confidently "
                    + "wrong.";
            case COMPOSITE -> {
                List<Cue> sequence = cues.of(Cue.Kind.SEQUENCE);
                yield "The task asks for two steps: producing new content (" + quote(cues.producing())
                        + ") and judging it (" + quote(cues.judging()) + ")"
                        + (sequence.isEmpty() ? "" : ", in sequence (" + quote(sequence) + ")")
                        + ". Generate candidates with a generative model, then keep or drop each with a discriminative "
                        + "classifier, a cheap, fast and accurate check.";
            }
        };
    }

    private static String cueReason(Cue cue, Family family) {
        String text = "\"" + cue.text() + "\"";
        return switch (cue.kind()) {
            case NEGATION -> text + " says what the task does not want, so those words do not count towards the "
                    + cue.detail() + " family.";
            case EXISTING_INPUT -> family == Family.DISCRIMINATIVE
                    ? text + " describes content that already exists; screening it is judging, not generating." : null;
            case HUMAN_STEP -> text + " is a step done by a person, not by a model, so it adds no model step.";
            case JUDGES -> cue.detail() == null || family != Family.DISCRIMINATIVE && family != Family.COMPOSITE ? null
                    : text + ": the verb sounds generative, but what it asks for is a judgement about an existing "
                    + "input, which is a discriminative question.";
            case PRODUCES -> cue.detail() == null || family != Family.GENERATIVE && family != Family.COMPOSITE ? null
                    : text + ": the verb sounds discriminative, but what it asks for is new content, which a "
                    + "generative model produces.";
            default -> null;
        };
    }

    private static String classifierReason(AdvisorModel advisor, String task, AdvisorModel.Decision decision) {
        Family modelFamily = decision.modelFamily();
        double p = decision.modelProbability(modelFamily);
        String evidence = evidence(advisor, task, decision.cues(), modelFamily);
        String because = evidence.isEmpty() ? "" : ", most of all because of " + evidence;
        int trainedOn = advisor.trainedOn();
        Family verdict = decision.cues().verdict();
        if (verdict == null) {
            return "No explicit cue decides this task, so the advisor's classifier does (trained on " + trainedOn
                    + " labelled task descriptions): " + modelFamily.label() + format(", p = %.2f", p) + because + ".";
        }
        if (modelFamily == decision.family()) {
            return "The advisor's classifier, trained on " + trainedOn + " labelled task descriptions, reads it as "
                    + modelFamily.label() + " too" + format(" (p = %.2f)", p) + because + ".";
        }
        if (verdict == decision.family()) {
            return "The advisor's classifier alone leans to " + modelFamily.label() + format(" (p = %.2f", p)
                    + (evidence.isEmpty() ? "" : ", from " + evidence) + "); the cues quoted above outweigh it.";
        }
        return "The advisor's classifier is confident enough to outweigh the cues, which point to " + verdict.label()
                + format(": it reads the task as %s (p = %.2f)", modelFamily.label(), p) + because + ".";
    }

    /** The classifier's strongest n-grams for {@code family}, quoted; stopword-only stretches are skipped. */
    private static String evidence(AdvisorModel advisor, String task, TaskCues.Reading cues, Family family) {
        List<String> quoted = new ArrayList<>();
        for (LinearClassifier.Evidence e : advisor.evidence(task, cues, family, 12)) {
            boolean content = false;
            for (String word : e.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
                content |= !word.isEmpty() && !STOPWORDS.contains(word);
            }
            if (content && quoted.size() < 3) {
                quoted.add("\"" + e.text() + "\"");
            }
        }
        return String.join(", ", quoted);
    }

    private static String consequence(TaskCues.Reading cues, Family family, Cue.Kind kind) {
        List<Cue> found = cues.of(kind);
        if (found.isEmpty()) {
            return null;
        }
        String text = quote(found);
        if (kind == Cue.Kind.DATA) {
            return family == Family.GENERATIVE
                    ? text + ": examples of the wanted output can condition or fine-tune a generative model."
                    : text + ": labelled examples are what a discriminative model learns from, and it needs less data "
                    + "than a generative model to reach good accuracy on a labelling task.";
        }
        return switch (family) {
            case DISCRIMINATIVE -> text + ": at that volume, latency or budget a small discriminative model is the "
                    + "practical choice; it answers in well under a millisecond on a CPU at almost no cost per call, "
                    + "where a large generative model would be slower and far costlier.";
            case GENERATIVE -> text + ": generation is the expensive family; budget its cost per call and latency "
                    + "at that scale.";
            case COMPOSITE -> text + ": the classifier step is cheap at any volume; the cost sits in the generating "
                    + "step, so generate only as many candidates as the filter needs.";
        };
    }

    private static List<String> warnings(AdvisorModel.Decision decision) {
        Family family = decision.family();
        TaskCues.Reading cues = decision.cues();
        List<String> warnings = new ArrayList<>();
        for (Cue cue : cues.of(Cue.Kind.WRONG_FAMILY)) {
            String text = "\"" + cue.text() + "\"";
            if (Family.DISCRIMINATIVE.label().equals(cue.detail())) {
                warnings.add(text + " proposes a generative model for " + (family == Family.COMPOSITE
                        ? "the judging step" : "a labelling task") + ". The guidance warns against exactly this "
                        + "(a giant generative model to flag spam): for a label it is overkill, slower, costlier and "
                        + "often less precise than a dedicated classifier. Use a discriminative model (/v1/classify) "
                        + (family == Family.COMPOSITE ? "for that step." : "instead."));
            } else {
                warnings.add(text + " expects a discriminative model to produce content, which the guidance names as "
                        + "a mistake (expecting a classifier to write copy): a classifier cannot create anything, it only "
                        + "labels what it is given. Use a generative model (/v1/generate) "
                        + (family == Family.COMPOSITE ? "for the generating step." : "instead."));
            }
        }
        Cue modality = cues.of(Cue.Kind.MODALITY).stream().findFirst().orElse(null);
        boolean textData = modality == null || "text".equals(modality.detail());
        if ((family == Family.DISCRIMINATIVE || family == Family.COMPOSITE) && cues.modelHint() == null) {
            warnings.add(textData
                    ? "No shipped classifier fits: the task points to neither spam nor sentiment, the text classifiers "
                    + "taskfit ships. Train one on your labelled examples (a text,label CSV or JSONL) and pass its name "
                    + "as \"model\"."
                    : "The inputs are " + modality.detail() + " (\"" + modality.text() + "\"), and /v1/classify serves "
                    + "text classifiers only: train and serve a classifier for " + modality.detail()
                    + " data elsewhere. The family advice still holds.");
        }
        if (family == Family.GENERATIVE && !textData && !"tabular".equals(modality.detail())
                && !"code".equals(modality.detail())) {
            warnings.add("The content is " + modality.detail() + " (\"" + modality.text() + "\"), and /v1/generate "
                    + "produces text: use a generative model for " + modality.detail() + ". The family advice still holds.");
        }
        if (decision.confidence() < UNCERTAIN) {
            warnings.add(format("The advice is uncertain (confidence %.2f): ", decision.confidence())
                    + (cues.verdict() == null ? "no cue decides it" : "the cues point to " + cues.verdict().label())
                    + " and the classifier to " + decision.modelFamily().label() + ". Check the wording against the "
                    + "reasons above.");
        }
        return List.copyOf(warnings);
    }

    /** Up to three distinct cue texts, each in quotes. */
    private static String quote(List<Cue> cues) {
        Set<String> texts = new LinkedHashSet<>();
        for (Cue cue : cues) {
            texts.add(cue.text());
        }
        return texts.stream().limit(3).map(t -> "\"" + t + "\"").collect(Collectors.joining(", "));
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
