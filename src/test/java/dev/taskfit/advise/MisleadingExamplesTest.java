package dev.taskfit.advise;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The misleading examples of issue 4 section 1, and the guidance's own warnings. */
class MisleadingExamplesTest {

    private final Advisor advisor = new Advisor(AdvisorData.advisor());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Generate a relevance score for each search result|discriminative",
            "predict how a melody continues|generative",
            "summarise each support call as resolved or unresolved|discriminative",
            "we don't need a classifier, we need new level designs|generative",
            "flag fraudulent card transactions in real time|discriminative",
            "write product descriptions for our catalogue, then drop any that read like spam|composite"})
    void issueFoursExamplesAreAnsweredCorrectly(String task, String family) {
        Recommendation advice = advisor.advise(task);
        assertEquals(family, advice.family().label());
        assertEquals(Family.of(family).endpoint(), advice.endpoint());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "use an LLM to flag spam|discriminative|a giant generative model to flag spam",
            "use GPT-4 to flag spam emails|discriminative|a giant generative model to flag spam",
            "use a classifier to write ad copy|generative|expecting a classifier to write copy",
            "train a classifier to write product descriptions|generative|expecting a classifier to write copy"})
    void theGuidancesWarningsAreGiven(String task, String family, String warning) {
        Recommendation advice = advisor.advise(task);
        assertEquals(family, advice.family().label());
        assertFalse(advice.warnings().isEmpty());
        assertTrue(advice.warnings().get(0).contains(warning), advice.warnings().get(0));
    }
}
