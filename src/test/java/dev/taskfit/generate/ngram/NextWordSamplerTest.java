package dev.taskfit.generate.ngram;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NextWordSamplerTest {

    @Test
    void theSmallCorpusExercisesRankedLargeNodes() {
        KneserNeyModel model = SmallCorpus.model(4);
        int storedButNotRanked = 0;
        for (int level = 1; level <= 3; level++) {
            assertTrue(model.table(level).rankedNodeCount() > 0, "no ranked node at level " + level);
            storedButNotRanked += model.table(level).storedNodes.length - model.table(level).rankedNodeCount();
        }
        assertTrue(storedButNotRanked > 0, "no node with a stored backoff but no ranking");
    }

    @ParameterizedTest(name = "order {0}")
    @ValueSource(ints = {2, 3, 4, 5})
    void everyStoredProbabilityExceedsItsBackoffShare(int order) {
        // The invariant that lets the sampler meet each word first at its true probability.
        for (KneserNeyModel model : List.of(SmallCorpus.model(order),
                KneserNeyTrainer.train(SmallCorpus.sentences(), NgramTrainingOptions.ofOrder(order).withPruning(2)))) {
            assertStoredProbabilitiesExceedBackoffShares(model, order, new ArrayList<>());
        }
    }

    @Test
    void candidatesStayInExactOrderWhenEveryContextIsCheckedExplicitly() {
        // Listing a context as undominated only adds searches, so listing all of them must change nothing.
        KneserNeyModel model = SmallCorpus.model(4);
        NgramTable[] tables = new NgramTable[5];
        for (int n = 1; n <= 4; n++) {
            tables[n] = model.table(n).withUndominatedNodes(java.util.stream.IntStream.range(0, model.ngramCount(n)).toArray());
        }
        KneserNeyModel listed = new KneserNeyModel(model.vocabulary(), model.storedUnigramProbabilities(), tables,
                model.quantizers(), model.unigramRanking(), model.provenance());
        NextWordSampler sampler = new NextWordSampler(listed, SamplingOptions.defaults());
        for (int[] context : SmallCorpus.contexts(listed)) {
            int[] expected = bruteForceRanking(listed, context);
            int[] actual = sampler.mostProbable(chainFor(listed, context), Integer.MAX_VALUE);
            assertEquals(expected.length, actual.length);
            for (int i = 0; i < actual.length; i++) {
                assertEquals(listed.probability(context, expected[i]), listed.probability(context, actual[i]), 1e-15);
            }
        }
    }

    /** Walks every context of the trie (with its suffix found by lookup) and checks each child, except in the contexts
     *  the model lists as undominated, which it adds to {@code listedContexts}; returns how many contexts it checked. */
    static int assertStoredProbabilitiesExceedBackoffShares(KneserNeyModel model, int order, List<int[]> listedContexts) {
        int checked = 0;
        List<int[]> contexts = new ArrayList<>();
        for (int w = 0; w < model.vocabulary().size(); w++) {
            contexts.add(new int[] {w});
        }
        for (int length = 1; length < order; length++) {
            List<int[]> longer = new ArrayList<>();
            for (int[] context : contexts) {
                ContextChain chain = chainFor(model, context);
                if (chain.longest() != context.length) {
                    continue;
                }
                int node = chain.node(length);
                double backoff = model.backoff(length, node, chain.node(length - 1));
                boolean listed = !model.childrenDominate(length, node);
                checked += listed ? 0 : 1;
                if (listed) {
                    listedContexts.add(context);
                }
                for (int e = model.childStart(length, node); e < model.childEnd(length, node); e++) {
                    int word = model.wordOf(length + 1, e);
                    double below = model.probabilityOf(length,
                            model.findChild(length - 1, chain.node(length - 1), word));
                    assertTrue(listed || model.probabilityOf(length + 1, e) > backoff * below,
                            java.util.Arrays.toString(context) + " -> " + word);
                    int[] extended = java.util.Arrays.copyOf(context, length + 1);
                    extended[length] = word;
                    longer.add(extended);
                }
            }
            contexts = longer;
        }
        return checked;
    }

    @ParameterizedTest(name = "order {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void candidatesComeInExactOrderOfProbability(int order) {
        KneserNeyModel model = SmallCorpus.model(order);
        NextWordSampler sampler = new NextWordSampler(model, SamplingOptions.defaults());
        for (int[] context : SmallCorpus.contexts(model)) {
            ContextChain chain = chainFor(model, context);
            int[] expected = bruteForceRanking(model, context);
            int[] actual = sampler.mostProbable(chain, Integer.MAX_VALUE);
            assertEquals(expected.length, actual.length);
            for (int i = 0; i < actual.length; i++) {
                // Words of equal probability may come in either order; their probabilities must match rank by rank.
                assertEquals(model.probability(context, expected[i]), model.probability(context, actual[i]), 1e-15,
                        "rank " + i + " of context " + java.util.Arrays.toString(context));
            }
        }
    }

    @Test
    void temperatureZeroAlwaysPicksTheMostProbableWord() {
        KneserNeyModel model = SmallCorpus.model(3);
        NextWordSampler sampler = new NextWordSampler(model, SamplingOptions.defaults().withTemperature(0));
        for (int[] context : SmallCorpus.contexts(model)) {
            int best = bruteForceRanking(model, context)[0];
            assertEquals(model.probability(context, best),
                    model.probability(context, sampler.next(chainFor(model, context))), 1e-15);
        }
    }

    @Test
    void topKOneIsGreedy() {
        KneserNeyModel model = SmallCorpus.model(3);
        int[] context = {Vocabulary.SENTENCE_START, model.vocabulary().id("The")};
        NextWordSampler greedy = new NextWordSampler(model, SamplingOptions.defaults().withTemperature(0));
        NextWordSampler topOne = new NextWordSampler(model, SamplingOptions.defaults().withTopK(1).withSeed(7));
        assertEquals(greedy.next(chainFor(model, context)), topOne.next(chainFor(model, context)));
    }

    @Test
    void untruncatedSamplingAtTemperatureOneFollowsTheModel() {
        KneserNeyModel model = SmallCorpus.model(3);
        Vocabulary v = model.vocabulary();
        int[] context = {v.id("saw"), v.id("the")};
        NextWordSampler sampler = new NextWordSampler(model,
                new SamplingOptions(1, 1.0, 0, 1.0, false, 42));
        assertFollowsModel(model, context, sampler);
    }

    @Test
    void untruncatedSamplingAtOtherTemperaturesFollowsTheTemperedModel() {
        KneserNeyModel model = SmallCorpus.model(3);
        Vocabulary v = model.vocabulary();
        int[] context = {v.id("saw"), v.id("the")};
        double temperature = 2.0;
        NextWordSampler sampler = new NextWordSampler(model, new SamplingOptions(1, temperature, 0, 1.0, false, 42));
        int draws = 200_000;
        int size = v.size();
        int[] counts = new int[size];
        for (int i = 0; i < draws; i++) {
            counts[sampler.next(chainFor(model, context))]++;
        }
        double[] tempered = new double[size];
        double total = 0;
        for (int w = 0; w < size; w++) {
            if (w != Vocabulary.SENTENCE_START && w != Vocabulary.UNKNOWN) {
                tempered[w] = Math.pow(model.probability(context, w), 1 / temperature);
                total += tempered[w];
            }
        }
        for (int w = 0; w < size; w++) {
            double expected = tempered[w] / total;
            double sd = Math.sqrt(expected * (1 - expected) / draws);
            assertEquals(expected, counts[w] / (double) draws, 5 * sd + 1e-4, v.word(w));
        }
    }

    @Test
    void topKKeepsOnlyTheKMostProbableWords() {
        KneserNeyModel model = SmallCorpus.model(3);
        Vocabulary v = model.vocabulary();
        int[] context = {v.id("saw"), v.id("the")};
        int[] allowed = java.util.Arrays.copyOf(bruteForceRanking(model, context), 3);
        double lowest = model.probability(context, allowed[2]);
        NextWordSampler sampler = new NextWordSampler(model, SamplingOptions.defaults().withTopK(3).withSeed(1));
        for (int i = 0; i < 2000; i++) {
            int word = sampler.next(chainFor(model, context));
            assertTrue(model.probability(context, word) >= lowest - 1e-15, v.word(word));
        }
    }

    @Test
    void topPKeepsTheSmallestSetReachingTheMass() {
        KneserNeyModel model = SmallCorpus.model(3);
        Vocabulary v = model.vocabulary();
        int[] context = {v.id("saw"), v.id("the")};
        int[] ranking = bruteForceRanking(model, context);
        double topP = 0.5;
        double cumulative = 0;
        int kept = 0;
        while (cumulative < topP) {
            cumulative += model.probability(context, ranking[kept++]);
        }
        double lowest = model.probability(context, ranking[kept - 1]);
        NextWordSampler sampler = new NextWordSampler(model, new SamplingOptions(1, 1.0, 0, topP, false, 3));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < 5000; i++) {
            int word = sampler.next(chainFor(model, context));
            assertTrue(model.probability(context, word) >= lowest - 1e-15, v.word(word));
            seen.add(word);
        }
        assertEquals(kept, seen.size());
    }

    @Test
    void neverProposesTheSentenceStartOrTheUnknownWord() {
        KneserNeyModel model = SmallCorpus.model(4);
        NextWordSampler sampler = new NextWordSampler(model, new SamplingOptions(1, 3.0, 0, 1.0, false, 5));
        for (int[] context : SmallCorpus.contexts(model)) {
            for (int i = 0; i < 50; i++) {
                int word = sampler.next(chainFor(model, context));
                assertNotEquals(Vocabulary.SENTENCE_START, word);
                assertNotEquals(Vocabulary.UNKNOWN, word);
            }
            int[] ranked = sampler.mostProbable(chainFor(model, context), Integer.MAX_VALUE);
            assertArrayEquals(new int[0], java.util.Arrays.stream(ranked)
                    .filter(w -> w == Vocabulary.SENTENCE_START || w == Vocabulary.UNKNOWN).toArray());
        }
    }

    private static void assertFollowsModel(KneserNeyModel model, int[] context, NextWordSampler sampler) {
        int draws = 200_000;
        int size = model.vocabulary().size();
        int[] counts = new int[size];
        for (int i = 0; i < draws; i++) {
            counts[sampler.next(chainFor(model, context))]++;
        }
        double eligible = 1 - model.probability(context, Vocabulary.UNKNOWN);
        for (int w = 0; w < size; w++) {
            if (w == Vocabulary.UNKNOWN || w == Vocabulary.SENTENCE_START) {
                assertEquals(0, counts[w]);
                continue;
            }
            double expected = model.probability(context, w) / eligible;
            double sd = Math.sqrt(expected * (1 - expected) / draws);
            assertEquals(expected, counts[w] / (double) draws, 5 * sd + 1e-4, model.vocabulary().word(w));
        }
    }

    static ContextChain chainFor(KneserNeyModel model, int[] context) {
        ContextChain chain = new ContextChain(model);
        for (int id : context) {
            chain.advance(id);
        }
        return chain;
    }

    /** Every eligible word by descending probability, computed the slow way. */
    static int[] bruteForceRanking(KneserNeyModel model, int[] context) {
        ContextChain chain = chainFor(model, context);
        double[] probability = new double[model.vocabulary().size()];
        List<Integer> words = new ArrayList<>();
        for (int w = 0; w < probability.length; w++) {
            if (w != Vocabulary.SENTENCE_START && w != Vocabulary.UNKNOWN) {
                probability[w] = model.probability(chain, w);
                words.add(w);
            }
        }
        words.sort(Comparator.comparingDouble((Integer w) -> -probability[w]).thenComparing(w -> w));
        return words.stream().mapToInt(Integer::intValue).toArray();
    }
}
