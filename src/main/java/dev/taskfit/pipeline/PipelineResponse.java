package dev.taskfit.pipeline;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Answer of {@code POST /v1/pipeline}: the accepted candidates best first, the rejected ones with the filter that
 * stopped each and why, the counts ({@code generated = duplicates + acceptedCount + rejectedCount}), who generated
 * them, why the run stopped, and where the time went.
 */
@RegisterForReflection
@Schema(description = "Accepted candidates (best first), rejected ones with the reason, counts, generator and timings")
public record PipelineResponse(
        List<Accepted> accepted,
        List<Rejected> rejected,
        @Schema(description = "Candidates generated and examined, duplicates included") int generated,
        @Schema(description = "Exact repeats of an earlier candidate, dropped") int duplicates,
        int acceptedCount,
        int rejectedCount,
        @Schema(description = "Who wrote the candidates: llm, ngram, or mixed when the n-gram model took over from a "
                + "failing LLM part-way; null when none was generated", examples = "ngram") String generator,
        @Schema(description = "The models that wrote them, in order of first use", examples = "[\"ngram:english\"]") List<String> models,
        @Schema(description = "true when the n-gram model wrote candidates because the LLM failed") boolean fallback,
        @Schema(description = "Why the LLM failed, when fallback is true", examples = "openai: timeout after 10 s") String fallbackReason,
        @Schema(description = "want-reached, candidates-exhausted, or deadline", examples = "want-reached") String stoppedBecause,
        @Schema(description = "true when the deadline cut the run short: the lists hold what was done by then") boolean partial,
        @Schema(description = "The deadline that applied, in milliseconds") long deadlineMs,
        @Schema(description = "The request seed the candidates' seeds were derived from; send it again to repeat the run")
        long seed,
        Timings timings) {

    public static final String WANT_REACHED = "want-reached";
    public static final String CANDIDATES_EXHAUSTED = "candidates-exhausted";
    public static final String DEADLINE = "deadline";

    /** A candidate every filter passed; {@code score} is the product of the filters' confidences. */
    @RegisterForReflection
    public record Accepted(@Schema(description = "Position in generation order, from 0") int index, String text,
                           double score, String generator, List<FilterResult> filters) {
    }

    /** A candidate some filter stopped: the first one in request order ({@code failedFilter}) and why. */
    @RegisterForReflection
    public record Rejected(int index, String text, String generator,
                           @Schema(description = "Index of the first filter it failed, in request order") int failedFilter,
                           @Schema(examples = "spam said spam (0.97), which the filter rejects") String reason,
                           List<FilterResult> filters) {
    }

    /** What one filter's classifier said about a candidate. */
    @RegisterForReflection
    public record FilterResult(String model, String label, double confidence, boolean passed) {
    }

    /**
     * Milliseconds per stage: generating and filtering are summed over the candidates, which are made concurrently,
     * so they can add up to more than the wall-clock total.
     */
    @RegisterForReflection
    public record Timings(double generateMs, double filterMs, double totalMs) {
    }
}
