package dev.taskfit.pipeline;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** The generate-then-filter pipeline's bounds ({@code taskfit.pipeline.*}). */
@ConfigMapping(prefix = "taskfit.pipeline")
public interface PipelineConfig {

    /** Bound on one whole pipeline call; a request may only lower it. Below the function's Lambda timeout. */
    Duration deadline();

    /** LLM calls in flight at once for one request (n-gram candidates use the available cores instead). */
    int concurrency();

    /** Most candidates one request may ask for. */
    int maxCandidates();

    /** Most filters one request may chain. */
    int maxFilters();
}
