package dev.taskfit.generate.ngram;

/**
 * The nodes of every suffix of the current context that the model stores, shortest (the root) to longest: the state a
 * generator or a scorer carries from word to word. Mutable and per call; the model itself is shared.
 */
final class ContextChain {

    private final KneserNeyModel model;
    private final int[] nodes;
    private int longest;

    ContextChain(KneserNeyModel model) {
        this.model = model;
        this.nodes = new int[model.order()];
        reset();
    }

    /** The empty context: only the unigram distribution applies. */
    void reset() {
        nodes[0] = KneserNeyModel.ROOT;
        longest = 0;
    }

    /** The context at the start of a sentence. */
    void startSentence() {
        reset();
        advance(Vocabulary.SENTENCE_START);
    }

    /** Appends a word to the context; suffixes the model has never seen drop out, which is how unknown words back off. */
    void advance(int word) {
        int top = Math.min(longest, nodes.length - 2);
        int newLongest = 0;
        // From the top down, so each level still reads its shorter suffix before that one is overwritten.
        for (int level = top; level >= 0; level--) {
            int child = model.findChild(level, nodes[level], word);
            if (child >= 0) {
                nodes[level + 1] = child;
                newLongest = Math.max(newLongest, level + 1);
            }
        }
        longest = newLongest;
    }

    /** Length of the longest stored suffix (0 = only the root). */
    int longest() {
        return longest;
    }

    int node(int level) {
        return level < 0 ? KneserNeyModel.ROOT : nodes[level];
    }
}
