package dev.taskfit.generate.ngram;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KneserNeyModelTest {

    @ParameterizedTest(name = "order {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void probabilitiesOfAllContinuationsOfEveryContextSumToOne(int order) {
        KneserNeyModel model = SmallCorpus.model(order);
        for (int[] context : SmallCorpus.contexts(model)) {
            double sum = 0;
            for (int word = 0; word < model.vocabulary().size(); word++) {
                if (word != Vocabulary.SENTENCE_START) {
                    sum += model.probability(context, word);
                }
            }
            assertEquals(1.0, sum, 1e-6, () -> "context " + java.util.Arrays.toString(context));
        }
    }

    @ParameterizedTest(name = "order {0}, singletons pruned from order 2")
    @ValueSource(ints = {2, 3, 4, 5})
    void prunedModelsStillSumToOne(int order) {
        KneserNeyModel model = KneserNeyTrainer.train(SmallCorpus.sentences(),
                NgramTrainingOptions.ofOrder(order).withPruning(2));
        for (int[] context : SmallCorpus.contexts(model)) {
            double sum = 0;
            for (int word = 0; word < model.vocabulary().size(); word++) {
                sum += word == Vocabulary.SENTENCE_START ? 0 : model.probability(context, word);
            }
            assertEquals(1.0, sum, 1e-6);
        }
    }

    @Test
    void theSentenceStartIsNeverPredicted() {
        KneserNeyModel model = SmallCorpus.model(3);
        assertEquals(0.0, model.probability(new int[] {Vocabulary.SENTENCE_START}, Vocabulary.SENTENCE_START));
    }

    @Test
    void unknownWordsHaveASmallFiniteProbability() {
        KneserNeyModel model = SmallCorpus.model(4);
        int the = model.vocabulary().id("the");
        double unknown = model.probability(new int[] {Vocabulary.SENTENCE_START, the}, Vocabulary.UNKNOWN);
        assertTrue(unknown > 0 && unknown < 0.01, "P(<unk> | <s> the) = " + unknown);
    }

    @Test
    void anUnknownWordInTheContextBacksOffToTheWordsAfterIt() {
        KneserNeyModel model = SmallCorpus.model(4);
        Vocabulary v = model.vocabulary();
        int the = v.id("the");
        int whale = v.id("whale");
        // "<unk> the" can only be scored as "the": the same distribution as after "the" alone.
        assertEquals(model.probability(new int[] {the}, whale),
                model.probability(new int[] {Vocabulary.UNKNOWN, the}, whale), 1e-12);
        // and the context still conditions: "whale" is likelier after "the" than after nothing
        assertTrue(model.probability(new int[] {Vocabulary.UNKNOWN, the}, whale) > model.probability(new int[0], whale));
    }

    @Test
    void aLongerSeenContextSharpensThePrediction() {
        KneserNeyModel model = SmallCorpus.model(3);
        Vocabulary v = model.vocabulary();
        double afterCallMe = model.probability(new int[] {v.id("Call"), v.id("me")}, v.id("Ishmael"));
        double afterMe = model.probability(new int[] {v.id("me")}, v.id("Ishmael"));
        double alone = model.probability(new int[0], v.id("Ishmael"));
        assertTrue(afterCallMe > afterMe && afterMe > alone, afterCallMe + " > " + afterMe + " > " + alone);
    }

    @Test
    void onlyTheLastOrderMinusOneWordsOfTheContextMatter() {
        KneserNeyModel model = SmallCorpus.model(3);
        Vocabulary v = model.vocabulary();
        int[] shortContext = {v.id("the"), v.id("old")};
        int[] longContext = {v.id("saw"), v.id("the"), v.id("old")};
        for (int word = 0; word < v.size(); word++) {
            assertEquals(model.probability(shortContext, word), model.probability(longContext, word), 0.0);
        }
    }
}
