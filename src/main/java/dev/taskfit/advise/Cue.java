package dev.taskfit.advise;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One piece of evidence {@link TaskCues} found in a task description: what kind of evidence it is and the
 * words of the task it rests on, quoted as the user wrote them.
 *
 * @param kind   what the words signal
 * @param text   the matched words, verbatim from the task
 * @param detail a refinement of the kind: the modality ("image"), the classifier hinted at ("spam"), the
 *               family a negated or misused phrase points to, or null
 * @param start  offset of {@code text} in the task (not serialised)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Evidence found in the task text, quoted verbatim")
public record Cue(Kind kind, String text, String detail, @JsonIgnore int start) {

    /** What a cue signals. */
    public enum Kind {
        /** The task asks for a label, score, decision or ranking about inputs that exist. */
        JUDGES("judges"),
        /** The task asks for new content, or samples of what the data could look like. */
        PRODUCES("produces"),
        /** Pipeline words: steps in order, or a filter that keeps or drops candidates. */
        SEQUENCE("sequence"),
        /** Something the task says it does not want; the words it negates do not count. */
        NEGATION("negation"),
        /** The description proposes a tool from the other family. */
        WRONG_FAMILY("wrong-family"),
        /** A step done by a person, which is not a model step. */
        HUMAN_STEP("human-step"),
        /** Content that already exists (e.g. "AI-written essays" to screen): judged, not produced. */
        EXISTING_INPUT("existing-input"),
        /** Labelled data the task mentions (what a classifier learns from); explanation only, no vote. */
        DATA("data"),
        /** Volume, latency or cost the task mentions; explanation only, no vote. */
        CONSTRAINT("constraint"),
        /** The kind of data the task is about: text, image, audio, video, tabular or code. */
        MODALITY("modality"),
        /** A shipped classifier the task points to (spam, sentiment). */
        MODEL_HINT("model-hint");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }
}
