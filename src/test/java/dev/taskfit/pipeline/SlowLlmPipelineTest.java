package dev.taskfit.pipeline;

import dev.taskfit.generate.FakeLlmResource;
import dev.taskfit.pipeline.FilterSpec;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline over an LLM that takes 400 ms per answer ({@link FakeLlmResource}, OpenAI's wire format), through
 * the Lambda path: the deadline
 * holds and the partial answer says so, at most {@code taskfit.pipeline.concurrency} calls are in flight, and a failing
 * LLM is given up on after its first failures, the n-gram model writing the rest with the reason.
 */
@QuarkusTest
@TestProfile(SlowLlmPipelineTest.Profile.class)
class SlowLlmPipelineTest {

    static final long LATENCY_MILLIS = 400;
    static final int CONCURRENCY = 2;

    /** The fake server, answering every call in 400 ms with a reply that quotes the seed, started before Quarkus. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeLlmResource.class, Map.of(
                    "provider", "openai",
                    "reply", "Candidate {seed}: a wonderful, delightful machine that makes every morning better.",
                    "latency-ms", Long.toString(LATENCY_MILLIS),
                    "taskfit.generate.timeout", "5s",
                    "taskfit.pipeline.concurrency", Integer.toString(CONCURRENCY))));
        }
    }

    static final FilterSpec ANY_SENTIMENT = PipelineContract.ANY_SENTIMENT;

    @Test
    void theDeadlineHoldsAndThePartialAnswerSaysSo() {
        PipelineContract.run(new PipelineRequest("Warm up the client", null, 8, 0.8, 1L, "llm", 1, null,
                List.of(ANY_SENTIMENT), null));
        JsonPath before = stats();
        PipelineRequest request = new PipelineRequest("Our new espresso machine", null, 24, 0.8, 5L, "auto", 32, null,
                List.of(ANY_SENTIMENT), 1_000L);
        long start = System.nanoTime();
        PipelineResponse r = PipelineContract.run(request);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Two at a time, 400 ms each: about 4 candidates fit in 1 s; the call ends at the deadline, not after 32 x 400 ms.
        assertTrue(millis < 1_000 + 2_000, "answered after " + millis + " ms");
        assertTrue(r.partial(), r.toString());
        assertEquals(PipelineResponse.DEADLINE, r.stoppedBecause());
        assertEquals(1_000, r.deadlineMs());
        assertTrue(r.generated() >= 1 && r.generated() <= 6, "generated " + r.generated());
        assertEquals("llm", r.generator());
        assertEquals(List.of("openai:openai-test-model"), r.models());
        assertEquals(false, r.fallback());
        PipelineInvariants.check(request, r, PipelineContract::classify);
        assertTrue(stats().getInt("mostInFlight") <= CONCURRENCY,
                "at most " + CONCURRENCY + " calls in flight: " + stats().prettify() + " before: " + before.prettify());
    }

    @Test
    void eachLlmCandidateHasItsOwnSeed() {
        PipelineResponse r = PipelineContract.run(new PipelineRequest("Our new espresso machine", null, 24, 0.8, 6L,
                "llm", 4, null, List.of(ANY_SENTIMENT), null));
        assertEquals(4, r.generated());
        assertEquals(0, r.duplicates(), r.toString());
        assertEquals(4, r.acceptedCount(), "every label is accepted");
        assertTrue(r.accepted().stream().allMatch(a -> a.text().startsWith("Candidate ")), r.toString());
    }

    @Test
    void aFailingLlmIsGivenUpOnAndTheNgramModelWritesTheRestSayingWhy() {
        int callsBefore = stats().getInt("calls");
        PipelineResponse r = PipelineContract.run(new PipelineRequest("Hello #500", null, 16, 0.8, 7L, "auto", 12,
                null, List.of(ANY_SENTIMENT), null));
        int calls = stats().getInt("calls") - callsBefore;
        assertTrue(r.fallback());
        assertEquals("openai: HTTP 500 (the provider failed; try again later)", r.fallbackReason());
        assertEquals("ngram", r.generator());
        assertEquals(List.of("ngram:english"), r.models());
        assertEquals(12, r.generated());
        assertTrue(calls <= CONCURRENCY, "the LLM was called " + calls + " times for 12 candidates");
    }

    @Test
    void llmRequestedAndFailingIs503() {
        PipelineContract.post(new PipelineRequest("Hello #500", null, 16, 0.8, 7L, "llm", 4, null,
                        List.of(ANY_SENTIMENT), null))
                .statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/llm-unavailable"))
                .body("detail", equalTo("openai: HTTP 500 (the provider failed; try again later)"));
    }

    private static JsonPath stats() {
        String url = ConfigProvider.getConfig().getValue("taskfit.test.fake-llm-url", String.class);
        return given().get(url + "/__stats").then().statusCode(200).extract().jsonPath();
    }
}
