package dev.taskfit.advise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /v1/advise}: a task described in plain words. */
@Schema(description = "A task described in plain words, 1 to 4,000 characters (taskfit.limits.max-task-chars)")
public record AdviseRequest(
        @Schema(description = "The task, in any wording", required = true,
                examples = "flag fraudulent card transactions in real time") String task,
        @Schema(description = "Also ask the configured LLM (taskfit.generate.provider), with the guidance in its "
                + "prompt, and report its family and whether it agrees", defaultValue = "false") Boolean secondOpinion) {
}
