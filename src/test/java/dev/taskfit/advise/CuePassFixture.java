package dev.taskfit.advise;

import java.util.ArrayList;
import java.util.List;

/** Runs the cue passes up to a point on one task, so a pass's test sees what that pass gets in a real reading. */
final class CuePassFixture {

    final TaskText text;
    final List<CueHit> hits = new ArrayList<>();
    final List<Cue> extra = new ArrayList<>();

    private CuePassFixture(String task) {
        this.text = TaskText.of(task);
    }

    /** The words and phrases of {@code task}: what every later pass starts from. */
    static CuePassFixture found(String task) {
        CuePassFixture f = new CuePassFixture(task);
        StepWords.collect(f.text, f.hits);
        JudgedSteps.addPhrases(f.text, f.hits);
        Sequence.addPhrases(f.text, f.hits);
        ProducedSteps.addPhrases(f.text, f.hits);
        return f;
    }

    /** As {@link #found}, with the objects re-read (ObjectRule), as the tool, negation and later passes see them. */
    static CuePassFixture objectsRead(String task) {
        CuePassFixture f = found(task);
        ObjectRule.apply(f.text, f.hits);
        ObjectRule.markPurposes(f.text, f.hits);
        return f;
    }

    /** The hit that starts at the token {@code word} (the first such token), or an assertion error. */
    CueHit at(String word) {
        int token = text.tokens().indexOf(word);
        return hits.stream().filter(h -> h.first == token).findFirst()
                .orElseThrow(() -> new AssertionError("no hit at '" + word + "' in " + text.tokens()));
    }

    boolean hasHitAt(String word) {
        int token = text.tokens().indexOf(word);
        return hits.stream().anyMatch(h -> h.first == token);
    }

    /** The words of a hit, as the task wrote them. */
    String quote(CueHit hit) {
        return text.quote(hit.first, hit.last);
    }
}
