package dev.taskfit.pipeline;

import dev.taskfit.classify.ClassifyService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline's invariants over 240 random n-gram requests (seeded, so reproducible), in-process through the CDI
 * beans the endpoint uses: each answer checked against the classify service, and each request run twice to the same
 * answer. The same check over HTTP, on fewer requests, is in {@link PipelineContract}.
 */
@QuarkusTest
class PipelinePropertyTest {

    static final int REQUESTS = 240;

    @Inject
    PipelineValidator validator;

    @Inject
    PipelineRunner runner;

    @Inject
    ClassifyService classifier;

    @Test
    void invariantsHoldOnRandomRequests() {
        RandomPipelineRequests requests = new RandomPipelineRequests(20261129L);
        int accepted = 0, rejected = 0, duplicates = 0, stoppedAtWant = 0;
        for (int n = 0; n < REQUESTS; n++) {
            PipelineRequest request = requests.next(32);
            PipelineResponse first = runner.run(validator.check(request));
            PipelineInvariants.check(request, first, classifier::classifyAll);
            PipelineResponse again = runner.run(validator.check(request));
            assertEquals(PipelineInvariants.withoutTimings(first), PipelineInvariants.withoutTimings(again),
                    "same seeded request, same answer: " + request);
            accepted += first.acceptedCount();
            rejected += first.rejectedCount();
            duplicates += first.duplicates();
            stoppedAtWant += PipelineResponse.WANT_REACHED.equals(first.stoppedBecause()) ? 1 : 0;
        }
        // The random requests must exercise every path, or the invariants above prove little.
        assertTrue(accepted > 100 && rejected > 100 && duplicates > 10, accepted + " accepted, " + rejected
                + " rejected, " + duplicates + " duplicates");
        assertTrue(stoppedAtWant > 20 && stoppedAtWant < REQUESTS - 20, stoppedAtWant + " stopped at want");
    }
}
