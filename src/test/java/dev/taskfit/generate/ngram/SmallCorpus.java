package dev.taskfit.generate.ngram;

import java.util.ArrayList;
import java.util.List;

/** A tiny inline corpus for the n-gram tests: varied enough that some contexts have many continuations. */
final class SmallCorpus {

    static final String TEXT = """
            The whale swam under the ship. The whale dived deep. The old whale swam away.
            Call me Ishmael. Call me a sailor, said the captain. The captain saw the whale.
            The sea was calm and the sky was grey. The sea was wild. The ship sailed on the sea.
            The crew saw the whale, the ship, the sea, the sky, the captain, the harpoon, the boat, the mast, \
            the sail, the rope, the deck, the oar and the moon.
            The crew saw the wind. The crew saw the rain. The crew saw the stars. The crew saw the waves. \
            The crew saw the island. The crew saw the harbour. The crew saw the cook. The crew saw the chart. \
            The crew saw the compass. The crew saw the lantern. The crew saw the barrel. The crew saw the anchor. \
            The crew saw the flag. The crew saw the gull. The crew saw the shark. The crew saw the storm. \
            The crew saw the ice. The crew saw the coast.
            I don't know, said the mate. It's the whale's tail! Isn't it? "Yes," said he.
            The whale swam under the boat. The boat sailed on the calm sea. The mate saw the old whale.
            """;

    private SmallCorpus() {
    }

    static List<List<String>> sentences() {
        List<List<String>> sentences = new ArrayList<>();
        for (Sentence sentence : EnglishTokenizer.sentences(TEXT)) {
            sentences.add(sentence.tokens());
        }
        return sentences;
    }

    static KneserNeyModel model(int order) {
        return KneserNeyTrainer.train(sentences(), NgramTrainingOptions.ofOrder(order));
    }

    /** Every context a test should try: each prefix of each sentence, plus contexts with unknown words. */
    static List<int[]> contexts(KneserNeyModel model) {
        Vocabulary vocabulary = model.vocabulary();
        List<int[]> contexts = new ArrayList<>();
        contexts.add(new int[0]);
        for (List<String> sentence : sentences()) {
            int[] ids = new int[sentence.size() + 1];
            ids[0] = Vocabulary.SENTENCE_START;
            for (int i = 0; i < sentence.size(); i++) {
                ids[i + 1] = vocabulary.id(sentence.get(i));
            }
            for (int length = 1; length <= ids.length; length++) {
                contexts.add(java.util.Arrays.copyOf(ids, length));
            }
        }
        int the = vocabulary.id("the");
        int whale = vocabulary.id("whale");
        contexts.add(new int[] {Vocabulary.SENTENCE_START, Vocabulary.UNKNOWN});
        contexts.add(new int[] {Vocabulary.UNKNOWN, the});
        contexts.add(new int[] {the, Vocabulary.UNKNOWN, whale});
        contexts.add(new int[] {Vocabulary.SENTENCE_END});
        contexts.add(new int[] {whale, whale, whale, whale});
        return contexts;
    }
}
