package dev.taskfit.pipeline;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * A pipeline run as a caller gives it (everything but the filters may be absent): what {@link PipelineValidator}
 * checks, for {@code POST /v1/pipeline} and route's composite step alike; not an HTTP body of its own.
 */
@RegisterForReflection
public record PipelineOptions(String prompt, String system, Integer maxTokens, Double temperature, Long seed,
                              String generator, Integer candidates, Integer want, List<FilterSpec> filters,
                              Long deadlineMs) {

    /** These options for {@code prompt} with {@code filters}. */
    public PipelineOptions with(String prompt, List<FilterSpec> filters) {
        return new PipelineOptions(prompt, system, maxTokens, temperature, seed, generator, candidates, want, filters,
                deadlineMs);
    }
}
