package dev.taskfit.generate.ngram;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KneserNeyTrainerTest {

    @Test
    void trainingIsDeterministic() throws Exception {
        assertArrayEquals(NgramModelFileTest.bytesOf(SmallCorpus.model(5)),
                NgramModelFileTest.bytesOf(SmallCorpus.model(5)));
    }

    @Test
    void countsEveryDistinctNgramWithinSentences() {
        // <s> a b </s> and <s> a c </s>: unigrams are the vocabulary; bigrams <s>a, ab, b</s>, ac, c</s>.
        KneserNeyModel model = KneserNeyTrainer.train(List.of(List.of("a", "b"), List.of("a", "c")),
                NgramTrainingOptions.ofOrder(3));
        assertEquals(3 + 3, model.ngramCount(1));
        assertEquals(5, model.ngramCount(2));
        assertEquals(4, model.ngramCount(3)); // <s>ab, ab</s>, <s>ac, ac</s>
    }

    @Test
    void pruningDropsSingletonsFromTheGivenOrderUp() {
        List<List<String>> sentences = SmallCorpus.sentences();
        KneserNeyModel full = KneserNeyTrainer.train(sentences, NgramTrainingOptions.ofOrder(4));
        KneserNeyModel pruned = KneserNeyTrainer.train(sentences, NgramTrainingOptions.ofOrder(4).withPruning(3));
        assertEquals(full.ngramCount(1), pruned.ngramCount(1));
        assertEquals(full.ngramCount(2), pruned.ngramCount(2));
        assertTrue(pruned.ngramCount(3) < full.ngramCount(3));
        assertTrue(pruned.ngramCount(4) < full.ngramCount(4));
        // "The crew saw the" occurs 18 times and survives; "The crew saw the wind" occurs once and does not.
        Vocabulary v = pruned.vocabulary();
        int[] context = {v.id("crew"), v.id("saw"), v.id("the")};
        assertTrue(pruned.probability(context, v.id("wind")) < full.probability(context, v.id("wind")));
    }

    @Test
    void discountsFollowChenAndGoodman() {
        // n1=100, n2=40, n3=20, n4=10: Y = 100/180; D1 = 1 - 2Y*40/100, D2 = 2 - 3Y*20/40, D3+ = 3 - 4Y*10/20.
        Discounts d = Discounts.estimate(100, 40, 20, 10);
        double y = 100.0 / 180;
        assertEquals(1 - 2 * y * 0.4, d.d1(), 1e-12);
        assertEquals(2 - 3 * y * 0.5, d.d2(), 1e-12);
        assertEquals(3 - 4 * y * 0.5, d.d3Plus(), 1e-12);
    }

    @Test
    void discountsFallBackWhenCountsAreTooThin() {
        assertEquals(Discounts.FALLBACK, Discounts.estimate(3, 0, 0, 0));
    }

    @Test
    void theProvenanceDescribesTheRun() {
        KneserNeyModel model = KneserNeyTrainer.train(SmallCorpus.sentences(),
                new NgramTrainingOptions("tiny", 3, 0, "inline", "nothing held out"));
        NgramProvenance p = model.provenance();
        assertEquals("tiny", p.name());
        assertEquals(3, p.order());
        assertEquals(SmallCorpus.sentences().size(), p.trainingSentences());
        assertEquals("none", p.pruning());
        assertTrue(p.discounts().startsWith("1:"), p.discounts());
    }
}
