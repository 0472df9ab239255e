package dev.taskfit.pipeline;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /v1/pipeline}: what to generate, how many, and the filters every kept candidate passes. */
@RegisterForReflection
@Schema(description = "A prompt, generation options, how many candidates to make and keep, and the filters.")
public record PipelineRequest(
        @Schema(description = "Text to continue (n-gram model) or answer (LLM)", required = true,
                examples = "Our new espresso machine") String prompt,
        @Schema(description = "Instructions for an LLM (the n-gram model ignores them)",
                examples = "Write one upbeat product blurb.") String system,
        @Schema(description = "Most tokens per candidate, 1 to taskfit.limits.max-tokens", defaultValue = "40",
                examples = "40") Integer maxTokens,
        @Schema(description = "Sampling temperature, 0 to 2", defaultValue = "0.8", examples = "0.9") Double temperature,
        @Schema(description = "Same request and seed, same n-gram candidates (each candidate gets its own seed derived "
                + "from this one). Random when absent; the response says which was used", examples = "42") Long seed,
        @Schema(description = "Who writes the candidates: auto (the LLM, the n-gram model if it fails), llm, ngram",
                defaultValue = "auto", enumeration = {"auto", "llm", "ngram"}) String generator,
        @Schema(description = "Most candidates to generate, 1 to taskfit.pipeline.max-candidates", defaultValue = "8",
                examples = "8") Integer candidates,
        @Schema(description = "Stop once this many are accepted, 1 to candidates; default: candidates",
                examples = "3") Integer want,
        @Schema(description = "Classifiers every kept candidate must pass (all of them), 1 to taskfit.pipeline.max-filters",
                required = true) List<FilterSpec> filters,
        @Schema(description = "Bound on this call in milliseconds; may only lower taskfit.pipeline.deadline",
                examples = "5000") Long deadlineMs) {

    /** The options this body gives, to be checked as route's are. */
    public PipelineOptions options() {
        return new PipelineOptions(prompt, system, maxTokens, temperature, seed, generator, candidates, want, filters,
                deadlineMs);
    }
}
