package dev.taskfit.pipeline;

import dev.taskfit.classify.ClassifyService.Classification;
import dev.taskfit.pipeline.FilterSpec;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /v1/pipeline} with the shipped n-gram model (no LLM configured), through the real Lambda path: every
 * answer is checked against {@code /v1/classify}, seeded requests repeat, duplicates and early stops are counted, and a
 * deadline that cuts the run short says so.
 */
abstract class PipelineContract {

    static final FilterSpec NOT_SPAM = new FilterSpec("spam", null, List.of("spam"), 0.7);
    static final FilterSpec POSITIVE = new FilterSpec("sentiment", List.of("positive"), null, 0.6);
    static final FilterSpec ANY_SENTIMENT = new FilterSpec("sentiment", List.of("negative", "positive"), null, null);

    static PipelineRequest request(String prompt, long seed, int candidates, int want, FilterSpec... filters) {
        return new PipelineRequest(prompt, null, 40, 0.9, seed, "ngram", candidates, want, List.of(filters), null);
    }

    static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/v1/pipeline").then();
    }

    static PipelineResponse run(PipelineRequest request) {
        return post(request).statusCode(200).extract().as(PipelineResponse.class);
    }

    /** The classify endpoint, as a user would re-check the pipeline's answer. */
    static List<Classification> classify(String model, List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return given().contentType(ContentType.JSON).body(Map.of("model", model, "texts", texts))
                .post("/v1/classify").then().statusCode(200)
                .extract().jsonPath().getList("results", Classification.class);
    }

    @Test
    void everyAnswerHoldsUpWhenReclassifiedWithClassify() {
        // The spam model, trained on email, calls most n-gram prose spam: without minConfidence a few get through.
        PipelineRequest request = request("I loved every minute of", 42, 32, 32,
                new FilterSpec("spam", null, List.of("spam"), null), POSITIVE);
        PipelineResponse r = run(request);
        PipelineInvariants.check(request, r, PipelineContract::classify);
        assertEquals(PipelineResponse.CANDIDATES_EXHAUSTED, r.stoppedBecause());
        assertTrue(r.acceptedCount() > 0 && r.rejectedCount() > 0, "both outcomes occur: " + r);
    }

    @Test
    void invariantsHoldOnRandomRequestsOverHttp() {
        RandomPipelineRequests requests = new RandomPipelineRequests(7);
        for (int n = 0; n < 25; n++) {
            PipelineRequest request = requests.next(16);
            PipelineInvariants.check(request, run(request), PipelineContract::classify);
        }
    }

    @Test
    void aSeededRequestGivesTheSameAnswerTwice() {
        PipelineRequest request = request("The history of the United States", 7, 16, 5, NOT_SPAM, POSITIVE);
        assertEquals(PipelineInvariants.withoutTimings(run(request)), PipelineInvariants.withoutTimings(run(request)));
    }

    @Test
    void anotherSeedGivesOtherCandidates() {
        List<String> a = texts(run(request("Call me Ishmael.", 1, 6, 6, ANY_SENTIMENT)));
        List<String> b = texts(run(request("Call me Ishmael.", 2, 6, 6, ANY_SENTIMENT)));
        assertEquals(6, a.size());
        assertNotEquals(a, b);
    }

    @Test
    void theAnswerNamesItsSeedSoAnUnseededRequestCanBeRepeated() {
        PipelineResponse first = run(new PipelineRequest("We the people", null, 20, null, null, null, 4, null,
                List.of(ANY_SENTIMENT), null));
        PipelineResponse again = run(new PipelineRequest("We the people", null, 20, null, first.seed(), null, 4, null,
                List.of(ANY_SENTIMENT), null));
        assertEquals(PipelineInvariants.withoutTimings(first), PipelineInvariants.withoutTimings(again));
    }

    @Test
    void itStopsOnceWantAreAccepted() {
        PipelineResponse r = run(request("The sea was calm and", 3, 32, 2, ANY_SENTIMENT));
        assertEquals(PipelineResponse.WANT_REACHED, r.stoppedBecause());
        assertEquals(2, r.acceptedCount());
        assertEquals(2, r.generated() - r.duplicates());
        assertEquals(0, r.rejectedCount());
    }

    @Test
    void exactDuplicatesAreDroppedAndCounted() {
        // Temperature 0 always picks the likeliest word: every candidate is the same text.
        PipelineRequest request = new PipelineRequest("The whale", null, 12, 0.0, 5L, "ngram", 6, null,
                List.of(ANY_SENTIMENT), null);
        PipelineResponse r = run(request);
        assertEquals(6, r.generated());
        assertEquals(5, r.duplicates());
        assertEquals(1, r.acceptedCount() + r.rejectedCount());
    }

    @Test
    void rejectedCandidatesNameTheFilterAndWhy() {
        PipelineRequest request = request("I loved every minute of", 11, 12, 12, ANY_SENTIMENT,
                new FilterSpec("spam", List.of("spam"), null, null));
        PipelineResponse r = run(request);
        PipelineInvariants.check(request, r, PipelineContract::classify);
        assertTrue(r.rejectedCount() > 0, "n-gram prose is rarely spam: " + r);
        for (PipelineResponse.Rejected x : r.rejected()) {
            assertEquals(1, x.failedFilter());
            assertTrue(x.reason().startsWith("spam said ham ("), x.reason());
            assertTrue(x.reason().endsWith("; the filter accepts only spam"), x.reason());
        }
    }

    @Test
    void saysWhoGeneratedAndHowLongEachStageTook() {
        post(request("Congress shall", 9, 8, 3, NOT_SPAM, POSITIVE))
                .statusCode(200)
                .body("generator", equalTo("ngram"))
                .body("models", equalTo(List.of("ngram:english")))
                .body("fallback", equalTo(false))
                .body("fallbackReason", nullValue())
                .body("partial", equalTo(false))
                .body("deadlineMs", equalTo(20000))
                .body("seed", equalTo(9))
                .body("timings.generateMs", not(nullValue()))
                .body("timings.filterMs", not(nullValue()))
                .body("timings.totalMs", not(nullValue()))
                .body("accepted.every { it.generator == 'ngram' && it.filters.size() == 2 }", equalTo(true));
    }

    @Test
    void aDeadlineThatCutsTheRunShortGivesAPartialAnswerThatSaysSo() {
        PipelineRequest request = new PipelineRequest("The history of the United States", null, 1024, 1.0, 13L,
                "ngram", 64, null, List.of(ANY_SENTIMENT), 1L);
        long start = System.nanoTime();
        PipelineResponse r = run(request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(PipelineResponse.DEADLINE, r.stoppedBecause());
        assertTrue(r.partial());
        assertEquals(1, r.deadlineMs());
        assertTrue(r.generated() < 64, "64 candidates of 1,024 tokens take far longer than 1 ms: " + r.generated());
        PipelineInvariants.check(request, r, PipelineContract::classify);
        assertTrue(millis < 5_000, "answered after " + millis + " ms");
    }

    @Test
    void theOpenApiDocumentDescribesThePipelineWithExamples() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/v1/pipeline'.post.summary", equalTo("Generate, then filter"))
                .body("paths.'/v1/pipeline'.post.description", containsString("deadline"))
                .body("paths.'/v1/pipeline'.post.requestBody.content.'application/json'.examples.'upbeat, not spam'.value.filters[0].reject[0]",
                        equalTo("spam"))
                .body("paths.'/v1/pipeline'.post.responses.'200'.content.'application/json'.examples.'upbeat, not spam'.value.stoppedBecause",
                        equalTo("want-reached"))
                .body("paths.'/v1/pipeline'.post.responses.'404'.description", containsString("unknown model"));
    }

    private static List<String> texts(PipelineResponse r) {
        return r.accepted().stream().sorted(java.util.Comparator.comparingInt(PipelineResponse.Accepted::index))
                .map(PipelineResponse.Accepted::text).toList();
    }
}
