package dev.taskfit.advise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Explicit, inspectable cues from the guidance, read from a task description: what the task <em>produces</em>
 * (new content: write, compose, generate, synthesise, continue, fill in) versus what it <em>judges</em> (a
 * label, score, decision, ranking or detection about inputs that exist); pipeline words; negation; a tool from
 * the wrong family; steps done by a person; the data's modality; and which shipped classifier it points to.
 * Every cue quotes the words it rests on. The rules follow {@code src/data/advise/LABELLING.md}; the word lists
 * are data, in {@code advise/cues.txt} ({@link CueLexicon}), and the rules are passes run in order, each a small
 * class named for what it decides.
 *
 * <p>The cues give a verdict of their own: judging and producing steps both present means composite, only
 * judging means discriminative, only producing means generative, neither means no verdict. {@link Advisor}
 * weighs that verdict against its classifier.
 */
public final class TaskCues {

    /**
     * A task's cues and the family they point to. {@code strong} is false when the verdict rests only on words
     * that name a topic or describe content ("risk", "realistic", "descriptions") rather than state a step.
     */
    public record Reading(List<Cue> cues, Family verdict, boolean strong, List<Cue> judging, List<Cue> producing,
                          String modality, String modelHint) {

        /** The cues of one kind, in text order. */
        public List<Cue> of(Cue.Kind kind) {
            return cues.stream().filter(c -> c.kind() == kind).toList();
        }

        /**
         * {@code task} with the words of every negation blanked out (2.2: label what remains once what the task
         * does not want is set aside): what the advisor's classifier reads, in training and in use. Offsets are
         * kept, so the classifier's evidence still points into the task.
         */
        public String withoutNegated(String task) {
            List<Cue> negations = of(Cue.Kind.NEGATION);
            if (negations.isEmpty()) {
                return task;
            }
            char[] chars = task.toCharArray();
            for (Cue negation : negations) {
                for (int i = negation.start(); i < negation.start() + negation.text().length(); i++) {
                    chars[i] = ' ';
                }
            }
            return new String(chars);
        }
    }

    private TaskCues() {
    }

    /**
     * Reads the cues of {@code task}. The order of the passes matters: words and phrases first, then each pass
     * re-reads or sets aside what the ones before it found.
     */
    public static Reading read(String task) {
        TaskText text = TaskText.of(task);
        List<CueHit> hits = new ArrayList<>();
        StepWords.collect(text, hits);
        JudgedSteps.addPhrases(text, hits);
        Sequence.addPhrases(text, hits);
        ProducedSteps.addPhrases(text, hits);
        ObjectRule.apply(text, hits);
        ObjectRule.markPurposes(text, hits);
        List<Cue> extra = new ArrayList<>();
        WrongFamilyTools.find(text, hits, extra);
        Negation.apply(text, hits, extra);
        HumanSteps.mark(text, hits);
        ExistingInputs.mark(text, hits);
        return conclude(text, hits, extra);
    }

    private static Reading conclude(TaskText text, List<CueHit> hits, List<Cue> extra) {
        List<Cue> cues = new ArrayList<>(extra);
        List<Cue> judging = new ArrayList<>(), producing = new ArrayList<>();
        hits.sort(Comparator.comparingInt((CueHit h) -> h.first).thenComparingInt(h -> -(h.last - h.first)));
        boolean strongJudge = false, weakJudge = false, strongProduce = false, weakProduce = false;
        for (CueHit hit : hits) {
            if (hit.counted()) {
                boolean weak = isWeak(text, hit);
                if (hit.role == CueHit.Role.JUDGE) {
                    strongJudge |= !weak;
                    weakJudge |= weak;
                } else {
                    strongProduce |= !weak;
                    weakProduce |= weak;
                }
            }
        }
        boolean sequence = hits.stream().anyMatch(h -> h.state == CueHit.State.COUNTED && h.kind == Cue.Kind.SEQUENCE)
                || extra.stream().anyMatch(c -> c.kind() == Cue.Kind.SEQUENCE);
        List<CueHit> shown = new ArrayList<>();
        for (CueHit hit : hits) {
            boolean visible = hit.state == CueHit.State.COUNTED && (hit.role != CueHit.Role.NONE || hit.kind == Cue.Kind.SEQUENCE)
                    || hit.state == CueHit.State.HUMAN || hit.state == CueHit.State.EXISTING;
            if (!visible || shown.stream().anyMatch(s -> s.first <= hit.first && s.last >= hit.last
                    && (s.role == hit.role || s.state != CueHit.State.COUNTED))) {
                continue; // inside a longer cue that says the same
            }
            shown.add(hit);
            Cue cue = new Cue(hit.kind, text.quote(hit.first, hit.last), hit.detail, text.originalStart(hit.first));
            cues.add(cue);
            if (hit.counted()) {
                (hit.role == CueHit.Role.JUDGE ? judging : producing).add(cue);
            }
        }
        String modality = ContextCues.modality(text, cues);
        String hint = ContextCues.modelHint(text, cues);
        ContextCues.addDataAndConstraints(text, cues);
        cues.sort(Comparator.comparingInt(Cue::start));
        // Section 1: composite needs both steps stated. A topic word on the other side counts only in a pipeline.
        boolean judges = strongJudge || weakJudge, produces = strongProduce || weakProduce;
        Family verdict;
        boolean strong;
        if (strongJudge && strongProduce) {
            verdict = Family.COMPOSITE;
            strong = true;
        } else if (judges && produces && sequence) {
            verdict = Family.COMPOSITE;
            strong = false;
        } else if (strongJudge || strongProduce) {
            verdict = strongJudge ? Family.DISCRIMINATIVE : Family.GENERATIVE;
            strong = true;
        } else if (judges != produces) {
            verdict = judges ? Family.DISCRIMINATIVE : Family.GENERATIVE;
            strong = false;
        } else {
            verdict = null;
            strong = false;
        }
        return new Reading(List.copyOf(cues), verdict, strong, List.copyOf(judging), List.copyOf(producing),
                modality, hint);
    }

    /** A one-word cue that names a topic or describes content rather than states a step. */
    private static boolean isWeak(TaskText text, CueHit hit) {
        if (!hit.oneWord() || hit.detail != null || hit.kind == Cue.Kind.SEQUENCE) {
            return false; // phrases, closed sets and re-read objects are steps
        }
        String token = text.tokens().get(hit.first);
        return hit.role == CueHit.Role.JUDGE ? JudgedSteps.isWeak(token) : !ProducedSteps.isStep(token);
    }
}
