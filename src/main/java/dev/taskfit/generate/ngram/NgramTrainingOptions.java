package dev.taskfit.generate.ngram;

/**
 * What to train: a named model of the given order (1..5), optionally without the n-grams seen only once from order
 * {@code pruneSingletonsFromOrder} up (0 = keep everything), with the corpus and split described for its provenance.
 */
public record NgramTrainingOptions(String name, int order, int pruneSingletonsFromOrder, String corpus,
                                   String heldOutSplit) {

    public NgramTrainingOptions {
        if (order < 1 || order > 5) {
            throw new IllegalArgumentException("order must be 1..5, was " + order);
        }
        if (pruneSingletonsFromOrder != 0 && pruneSingletonsFromOrder < 2) {
            throw new IllegalArgumentException("pruning starts at order 2 or later (0 = none), was "
                    + pruneSingletonsFromOrder);
        }
    }

    /** An unpruned model of the given order with a placeholder name, for experiments and tests. */
    public static NgramTrainingOptions ofOrder(int order) {
        return new NgramTrainingOptions("model", order, 0, "", "");
    }

    public NgramTrainingOptions withPruning(int fromOrder) {
        return new NgramTrainingOptions(name, order, fromOrder, corpus, heldOutSplit);
    }

    boolean prunes(int n) {
        return pruneSingletonsFromOrder != 0 && n >= pruneSingletonsFromOrder;
    }

    String pruningDescription() {
        return pruneSingletonsFromOrder == 0 ? "none"
                : "n-grams seen once dropped from order " + pruneSingletonsFromOrder + " up";
    }
}
