package dev.taskfit.pipeline;

import dev.taskfit.classify.ClassifyService.Classification;
import dev.taskfit.pipeline.FilterSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every pipeline answer must satisfy, checked against an independent classification of each candidate: every
 * accepted candidate has an allowed label with at least minConfidence from every filter, every rejected one fails the
 * filter it names (and passes the ones before it), the counts add up, and the stop reason matches the counts.
 */
final class PipelineInvariants {

    /** Classifies texts with a named model, independently of the pipeline (the classify endpoint or service). */
    interface Reclassifier {
        List<Classification> classify(String model, List<String> texts);
    }

    private PipelineInvariants() {
    }

    static void check(PipelineRequest request, PipelineResponse r, Reclassifier reclassifier) {
        int candidates = request.candidates() != null ? request.candidates() : PipelineValidator.DEFAULT_CANDIDATES;
        int want = request.want() != null ? request.want() : candidates;
        List<FilterSpec> filters = request.filters();
        String context = "request " + request + "\nanswer " + r;

        assertEquals(r.accepted().size(), r.acceptedCount(), context);
        assertEquals(r.rejected().size(), r.rejectedCount(), context);
        assertEquals(r.generated(), r.duplicates() + r.acceptedCount() + r.rejectedCount(), context);
        assertTrue(r.generated() <= candidates, context);
        assertTrue(r.acceptedCount() <= want, context);
        switch (r.stoppedBecause()) {
            case PipelineResponse.WANT_REACHED -> assertEquals(want, r.acceptedCount(), context);
            case PipelineResponse.CANDIDATES_EXHAUSTED -> {
                assertEquals(candidates, r.generated(), context);
                assertTrue(r.acceptedCount() < want, context);
            }
            case PipelineResponse.DEADLINE -> assertTrue(r.generated() < candidates || r.acceptedCount() < want, context);
            default -> throw new AssertionError("unknown stoppedBecause " + r.stoppedBecause());
        }
        assertEquals(PipelineResponse.DEADLINE.equals(r.stoppedBecause()), r.partial(), context);
        if (request.seed() != null) {
            assertEquals((long) request.seed(), r.seed(), context);
        }

        Set<Integer> indices = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (PipelineResponse.Accepted a : r.accepted()) {
            assertTrue(indices.add(a.index()) && a.index() < r.generated(), context);
            assertTrue(texts.add(a.text()), "a duplicate was kept: " + context);
        }
        for (PipelineResponse.Rejected x : r.rejected()) {
            assertTrue(indices.add(x.index()) && x.index() < r.generated(), context);
            assertTrue(texts.add(x.text()), "a duplicate was kept: " + context);
        }
        for (int i = 1; i < r.accepted().size(); i++) {
            assertTrue(r.accepted().get(i - 1).score() >= r.accepted().get(i).score(), "best first: " + context);
        }

        for (int f = 0; f < filters.size(); f++) {
            FilterSpec filter = filters.get(f);
            List<Classification> again = reclassifier.classify(filter.model(), r.accepted().stream().map(PipelineResponse.Accepted::text).toList());
            for (int i = 0; i < again.size(); i++) {
                PipelineResponse.Accepted a = r.accepted().get(i);
                Classification c = again.get(i);
                assertTrue(passes(filter, c), "accepted but " + filter + " does not pass " + c + ": " + a.text());
                assertEquals(c.label(), a.filters().get(f).label(), context);
                assertEquals(c.confidence(), a.filters().get(f).confidence(), 1e-9, context);
                assertTrue(a.filters().get(f).passed(), context);
            }
            List<Classification> rejected = reclassifier.classify(filter.model(), r.rejected().stream().map(PipelineResponse.Rejected::text).toList());
            for (int i = 0; i < rejected.size(); i++) {
                PipelineResponse.Rejected x = r.rejected().get(i);
                Classification c = rejected.get(i);
                assertEquals(c.label(), x.filters().get(f).label(), context);
                assertEquals(passes(filter, c), x.filters().get(f).passed(), context);
                if (f < x.failedFilter()) {
                    assertTrue(passes(filter, c), "passes the filters before the one that rejected it: " + context);
                } else if (f == x.failedFilter()) {
                    assertFalse(passes(filter, c), "rejected by " + filter + " which passes " + c + ": " + x.text());
                    assertTrue(x.reason().startsWith(filter.model() + " said " + c.label()), x.reason());
                }
            }
        }
        for (PipelineResponse.Accepted a : r.accepted()) {
            double product = a.filters().stream().mapToDouble(PipelineResponse.FilterResult::confidence).reduce(1, (x, y) -> x * y);
            assertEquals(product, a.score(), 1e-5, context);
        }
    }

    /** The rule, restated: an allowed label with at least minConfidence. */
    static boolean passes(FilterSpec filter, Classification c) {
        boolean allowed = filter.accept() != null ? filter.accept().contains(c.label()) : !filter.reject().contains(c.label());
        double min = filter.minConfidence() != null ? filter.minConfidence() : 0;
        return allowed && c.confidence() >= min;
    }

    /** The answer without its timings, which differ from run to run. */
    static PipelineResponse withoutTimings(PipelineResponse r) {
        return new PipelineResponse(r.accepted(), r.rejected(), r.generated(), r.duplicates(), r.acceptedCount(),
                r.rejectedCount(), r.generator(), r.models(), r.fallback(), r.fallbackReason(), r.stoppedBecause(),
                r.partial(), r.deadlineMs(), r.seed(), null);
    }
}
