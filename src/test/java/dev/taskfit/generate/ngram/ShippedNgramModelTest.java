package dev.taskfit.generate.ngram;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped configuration on the real corpora ({@code src/data}): trained once for the class through
 * {@link NgramTraining#trainShipped}, against every other order trained on the same split.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippedNgramModelTest {

    private static final Path DATA = Path.of("src", "data");

    private TrainingCorpus corpus;
    private NgramTraining.Report shipped;
    private KneserNeyModel loaded;
    private final double[] perplexityByOrder = new double[6];

    @BeforeAll
    void trainOnce(@TempDir Path dir) throws IOException {
        assertTrue(Files.exists(DATA.resolve(TrainingCorpus.SOTU_FILE)), "the corpora are committed in src/data");
        shipped = NgramTraining.trainShipped(DATA, dir.resolve("english.bin"));
        loaded = NgramModelFile.read(dir.resolve("english.bin"));
        corpus = TrainingCorpus.load(DATA);
        for (int order = 1; order <= 5; order++) {
            KneserNeyModel model = order == NgramTraining.SHIPPED_ORDER ? loaded
                    : KneserNeyTrainer.train(corpus.training(),
                    NgramTrainingOptions.ofOrder(order).withPruning(NgramTraining.SHIPPED_PRUNING));
            perplexityByOrder[order] = Perplexity.of(model, corpus.heldOut()).value();
        }
    }

    @Test
    void theShippedOrderHasTheLowestHeldOutPerplexityOfOrdersOneToFive() {
        for (int order = 1; order <= 5; order++) {
            if (order != NgramTraining.SHIPPED_ORDER) {
                assertTrue(perplexityByOrder[NgramTraining.SHIPPED_ORDER] < perplexityByOrder[order],
                        "order " + order + ": " + perplexityByOrder[order] + " vs shipped "
                                + perplexityByOrder[NgramTraining.SHIPPED_ORDER]);
            }
        }
    }

    @Test
    void perplexityFallsWithEveryOrderUpToTheShippedOne() {
        for (int order = 2; order <= NgramTraining.SHIPPED_ORDER; order++) {
            assertTrue(perplexityByOrder[order] < perplexityByOrder[order - 1], "order " + order);
        }
    }

    @Test
    void theFileCarriesItsProvenanceAndHeldOutPerplexity() {
        NgramProvenance p = loaded.provenance();
        assertEquals("english", p.name());
        assertEquals(NgramTraining.SHIPPED_ORDER, p.order());
        assertTrue(p.corpus().contains("sotu.jsonl.gz sha256:") && p.corpus().contains("moby-dick.jsonl.gz sha256:"));
        assertEquals(TrainingCorpus.SPLIT_DESCRIPTION, p.heldOutSplit());
        assertEquals(perplexityByOrder[NgramTraining.SHIPPED_ORDER], p.heldOutPerplexity(), 1e-9);
        assertEquals(Perplexity.of(loaded, corpus.heldOut()).tokens(), p.heldOutTokens());
        assertTrue(p.heldOutOovRate() > 0 && p.heldOutOovRate() < 0.05);
    }

    @Test
    void theHeldOutPartIsAboutFivePercentAndNeverTrainedOn() {
        double share = (double) corpus.heldOut().size() / (corpus.heldOut().size() + corpus.training().size());
        assertTrue(share > 0.045 && share < 0.055, "held-out share " + share);
        java.util.Set<java.util.List<String>> training = new java.util.HashSet<>(corpus.training());
        long unseen = corpus.heldOut().stream().filter(s -> !training.contains(s)).count();
        // Only short formulaic sentences ("Thank you.") may recur verbatim in the training part.
        assertTrue(unseen > 0.95 * corpus.heldOut().size(), unseen + " of " + corpus.heldOut().size());
    }

    @Test
    void theShippedFileFitsTheBudget() {
        assertTrue(shipped.fileBytes() <= 40_000_000L, shipped.fileBytes() + " bytes");
    }

    @Test
    void everyStoredProbabilityOfTheShippedModelExceedsItsBackoffShareOutsideTheFewListedContexts() {
        List<int[]> listedContexts = new ArrayList<>();
        int checked = NextWordSamplerTest.assertStoredProbabilitiesExceedBackoffShares(loaded, loaded.order(),
                listedContexts);
        int listed = 0;
        for (int n = 1; n < loaded.order(); n++) {
            listed += loaded.table(n).undominatedNodes.length;
        }
        assertEquals(listed, listedContexts.size());
        assertTrue(listed < 0.001 * checked, listed + " listed of " + checked);
        // Where the shortcut does not hold, the sampler must still rank exactly.
        NextWordSampler sampler = new NextWordSampler(loaded, SamplingOptions.defaults());
        for (int[] context : listedContexts) {
            assertRanksExactly(sampler, context, 40);
        }
    }

    private void assertRanksExactly(NextWordSampler sampler, int[] context, int k) {
        int[] expected = NextWordSamplerTest.bruteForceRanking(loaded, context);
        int[] actual = sampler.mostProbable(NextWordSamplerTest.chainFor(loaded, context), k);
        assertEquals(k, actual.length);
        for (int i = 0; i < k; i++) {
            assertEquals(loaded.probability(context, expected[i]), loaded.probability(context, actual[i]), 1e-15,
                    "rank " + i + " after " + java.util.Arrays.toString(context));
        }
    }

    @Test
    void theSamplersCandidatesAreTheModelsMostProbableWordsInOrder() {
        // Contexts from the held-out text, including those the model lists as undominated.
        NextWordSampler sampler = new NextWordSampler(loaded, SamplingOptions.defaults());
        Vocabulary v = loaded.vocabulary();
        int contexts = 0;
        for (int s = 0; s < corpus.heldOut().size() && contexts < 60; s += 37) {
            java.util.List<String> sentence = corpus.heldOut().get(s);
            int[] context = new int[Math.min(sentence.size(), 4) + 1];
            context[0] = Vocabulary.SENTENCE_START;
            for (int i = 1; i < context.length; i++) {
                context[i] = v.id(sentence.get(i - 1));
            }
            assertRanksExactly(sampler, context, 40);
            contexts++;
        }
    }

    @Test
    void theShippedModelGeneratesEnglishLookingTextReproducibly() {
        NgramTextGenerator generator = new NgramTextGenerator(loaded);
        SamplingOptions options = SamplingOptions.defaults().withSeed(42);
        GeneratedText text = generator.generate("The whale", options);
        assertEquals(text, generator.generate("The whale", options));
        assertEquals(SamplingOptions.DEFAULT_MAX_TOKENS, text.generatedTokens());
        long words = EnglishTokenizer.tokens(text.text()).stream().filter(t -> t.matches("[A-Za-z']+")).count();
        assertTrue(words > SamplingOptions.DEFAULT_MAX_TOKENS / 2, text.text());
    }
}
