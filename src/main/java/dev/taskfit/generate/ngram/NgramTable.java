package dev.taskfit.generate.ngram;

/**
 * One order of the n-gram trie. Entries are sorted by (parent entry, word), so the children of every entry of the order
 * below are one contiguous run, found through {@code childStarts}; nothing exists per n-gram but bits in packed arrays.
 *
 * <p>Entries with several children ("stored nodes") have their backoff weight precomputed, and those with many children
 * also their children ranked by probability; the backoff of a node with one to three children (nine in ten nodes) is
 * cheaper to compute on demand than to store.
 */
final class NgramTable {

    /** Nodes with at least this many children have their backoff stored. */
    static final int STORED_BACKOFF_CHILDREN = 4;
    /** Nodes with more children than this also have their children ranked by probability. */
    static final int SMALL_NODE_CHILDREN = 16;

    final int order;
    final int size;
    /** Last word of each entry; null at order 1, where the entry index is the word id. */
    final PackedInts words;
    /** Quantised probability codes; null at order 1, whose probabilities are kept as floats. */
    final PackedInts probabilityCodes;
    /** size + 1 offsets into the next order's entries; null at the highest order. */
    final PackedInts childStarts;
    /** Sorted entry indices of the stored nodes. */
    final int[] storedNodes;
    final double[] storedBackoffs;
    /** storedNodes.length + 1 offsets into the ranked arrays (an empty range for nodes too small to be ranked). */
    final int[] rankStarts;
    /** For each ranked node, its children's words and probability codes by descending probability: candidate lists
     *  that the sampler reads front to back, without touching the children themselves. */
    final PackedInts rankedWords;
    final PackedInts rankedCodes;
    /** Sorted entry indices of the nodes where some child's probability does not exceed its backoff share (rare;
     *  rounding in contexts whose children take nearly all the mass): the sampler checks these explicitly. */
    final int[] undominatedNodes;

    NgramTable(int order, int size, PackedInts words, PackedInts probabilityCodes, PackedInts childStarts,
               int[] storedNodes, double[] storedBackoffs, int[] rankStarts, PackedInts rankedWords,
               PackedInts rankedCodes, int[] undominatedNodes) {
        if (order < 1) {
            throw new IllegalArgumentException("order must be at least 1");
        }
        if (order > 1 && (words == null || words.size() != size || probabilityCodes == null
                || probabilityCodes.size() != size)) {
            throw new IllegalArgumentException("order " + order + ": words and probabilities must have " + size + " entries");
        }
        if (childStarts != null && childStarts.size() != size + 1) {
            throw new IllegalArgumentException("order " + order + ": childStarts must have size + 1 entries");
        }
        if (storedNodes.length != storedBackoffs.length || rankStarts.length != storedNodes.length + 1
                || rankedWords.size() != rankStarts[storedNodes.length] || rankedCodes.size() != rankedWords.size()) {
            throw new IllegalArgumentException("order " + order + ": inconsistent stored-node arrays");
        }
        this.order = order;
        this.size = size;
        this.words = words;
        this.probabilityCodes = probabilityCodes;
        this.childStarts = childStarts;
        this.storedNodes = storedNodes;
        this.storedBackoffs = storedBackoffs;
        this.rankStarts = rankStarts;
        this.rankedWords = rankedWords;
        this.rankedCodes = rankedCodes;
        this.undominatedNodes = undominatedNodes;
    }

    NgramTable withStoredNodes(int[] nodes, double[] backoffs, int[] starts, PackedInts words, PackedInts codes) {
        return new NgramTable(order, size, this.words, probabilityCodes, childStarts, nodes, backoffs, starts, words,
                codes, undominatedNodes);
    }

    NgramTable withUndominatedNodes(int[] nodes) {
        return new NgramTable(order, size, words, probabilityCodes, childStarts, storedNodes, storedBackoffs,
                rankStarts, rankedWords, rankedCodes, nodes);
    }

    /** An order's table before its stored nodes are known. */
    static NgramTable withoutStoredNodes(int order, int size, PackedInts words, PackedInts codes, PackedInts childStarts) {
        PackedInts none = PackedInts.of(new int[0]);
        return new NgramTable(order, size, words, codes, childStarts, new int[0], new double[0], new int[] {0}, none,
                none, new int[0]);
    }

    int childStart(int entry) {
        return childStarts.get(entry);
    }

    int childEnd(int entry) {
        return childStarts.get(entry + 1);
    }

    /** Position of the node in {@link #storedNodes}, or a negative number for a node without stored data. */
    int storedNodeIndex(int entry) {
        return java.util.Arrays.binarySearch(storedNodes, entry);
    }

    boolean isRanked(int storedIndex) {
        return storedIndex >= 0 && rankStarts[storedIndex + 1] > rankStarts[storedIndex];
    }

    int rankedNodeCount() {
        int count = 0;
        for (int i = 0; i < storedNodes.length; i++) {
            count += isRanked(i) ? 1 : 0;
        }
        return count;
    }

    long sizeInBytes() {
        long bytes = 0;
        for (PackedInts p : new PackedInts[] {words, probabilityCodes, childStarts, rankedWords, rankedCodes}) {
            bytes += p == null ? 0 : p.sizeInBytes();
        }
        return bytes + 4L * undominatedNodes.length + 4L * storedNodes.length + 8L * storedBackoffs.length + 4L * rankStarts.length;
    }
}
