package dev.taskfit.generate.ngram;

/**
 * An immutable, thread-safe interpolated modified Kneser-Ney language model over words, stored as a packed trie.
 *
 * <p>The probability of a word after a context is the stored (interpolated) probability of the longest n-gram that
 * ends the context and the word, times the backoff weights of the longer contexts it had to leave, as in the ARPA
 * format. Backoff weights are not the trainer's but renormalised from the stored, quantised probabilities, so every
 * context's distribution over the predictable words (all but {@code <s>}) sums to one.
 */
public final class KneserNeyModel {

    /** The node standing for the empty context. */
    static final int ROOT = 0;

    private final Vocabulary vocabulary;
    private final int order;
    private final float[] storedUnigramProbabilities;
    private final double[] unigramProbabilities;
    private final NgramTable[] tables;
    private final ProbabilityQuantizer[] quantizers;
    private final float[][] decoded;
    private final int[] unigramRanking;
    private final NgramProvenance provenance;
    /** Per level, the ranked candidate lists' probabilities decoded once at load: read per candidate while sampling. */
    private final float[][] rankedProbabilities;

    KneserNeyModel(Vocabulary vocabulary, float[] unigramProbabilities, NgramTable[] tables,
                   ProbabilityQuantizer[] quantizers, int[] unigramRanking, NgramProvenance provenance) {
        this.order = tables.length - 1;
        if (order < 1 || order > 5) {
            throw new IllegalArgumentException("order must be 1..5, was " + order);
        }
        if (unigramProbabilities.length != vocabulary.size() || tables[1].size != vocabulary.size()) {
            throw new IllegalArgumentException("unigram table does not match the vocabulary");
        }
        if (provenance.order() != order) {
            throw new IllegalArgumentException("provenance says order " + provenance.order() + ", tables have " + order);
        }
        this.vocabulary = vocabulary;
        this.storedUnigramProbabilities = unigramProbabilities.clone();
        this.tables = tables.clone();
        this.quantizers = quantizers.clone();
        this.unigramRanking = unigramRanking;
        this.provenance = provenance;
        this.unigramProbabilities = normalisedUnigrams(unigramProbabilities);
        this.decoded = new float[order + 1][];
        for (int n = 2; n <= order; n++) {
            decoded[n] = quantizers[n].decodeTable();
        }
        this.rankedProbabilities = new float[order][];
        for (int level = 1; level < order; level++) {
            PackedInts codes = tables[level].rankedCodes;
            float[] probabilities = new float[codes.size()];
            for (int i = 0; i < probabilities.length; i++) {
                probabilities[i] = decoded[level + 1][codes.get(i)];
            }
            rankedProbabilities[level] = probabilities;
        }
    }

    /** The stored unigram floats normalised in double, so that the root distribution sums to one whatever the float
     *  rounding; {@code <s>} gets 0. */
    static double[] normalisedUnigrams(float[] stored) {
        double sum = 0;
        for (int w = 0; w < stored.length; w++) {
            if (w != Vocabulary.SENTENCE_START) {
                sum += stored[w];
            }
        }
        double[] normalised = new double[stored.length];
        for (int w = 0; w < stored.length; w++) {
            normalised[w] = w == Vocabulary.SENTENCE_START ? 0 : stored[w] / sum;
        }
        return normalised;
    }

    /** The same model with other provenance (the trainer adds held-out results after measuring them). */
    public KneserNeyModel withProvenance(NgramProvenance newProvenance) {
        return new KneserNeyModel(vocabulary, storedUnigramProbabilities, tables, quantizers, unigramRanking,
                newProvenance);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public int order() {
        return order;
    }

    public NgramProvenance provenance() {
        return provenance;
    }

    /** Number of stored n-grams of order {@code n} (1..order). */
    public int ngramCount(int n) {
        return tables[n].size;
    }

    /** Approximate heap footprint of the model's arrays. */
    public long sizeInBytes() {
        long bytes = vocabulary.sizeInBytes() + 8L * unigramProbabilities.length + 4L * unigramRanking.length;
        for (int n = 1; n <= order; n++) {
            bytes += tables[n].sizeInBytes() + (decoded[n] == null ? 0 : 4L * decoded[n].length);
            bytes += n < order ? 4L * rankedProbabilities[n].length : 0;
        }
        return bytes;
    }

    /** P(word | context), using at most the last order-1 ids of {@code context}. */
    public double probability(int[] context, int word) {
        ContextChain chain = new ContextChain(this);
        for (int id : context) {
            chain.advance(id);
        }
        return probability(chain, word);
    }

    /** P(word | the context the chain stands for). */
    double probability(ContextChain chain, int word) {
        double weight = 1;
        for (int level = chain.longest(); level >= 0; level--) {
            int node = chain.node(level);
            int entry = findChild(level, node, word);
            if (entry >= 0) {
                return weight * probabilityOf(level + 1, entry);
            }
            weight *= backoff(level, node, chain.node(level - 1));
        }
        throw new IllegalStateException("word id out of range: " + word);
    }

    // ---- trie navigation: a node at level j is an entry of order j (the root at level 0); its children are order j+1

    /** The entry for {@code word} among the children of {@code node}, or -1. */
    int findChild(int level, int node, int word) {
        if (level == 0) {
            return word >= 0 && word < vocabulary.size() ? word : -1;
        }
        NgramTable table = tables[level];
        if (table.childStarts == null) {
            return -1;
        }
        return tables[level + 1].words.binarySearch(table.childStart(node), table.childEnd(node), word);
    }

    int childStart(int level, int node) {
        return level == 0 ? 0 : tables[level].childStart(node);
    }

    int childEnd(int level, int node) {
        if (level == 0) {
            return vocabulary.size();
        }
        return tables[level].childStarts == null ? 0 : tables[level].childEnd(node);
    }

    int wordOf(int n, int entry) {
        return n == 1 ? entry : tables[n].words.get(entry);
    }

    double probabilityOf(int n, int entry) {
        return n == 1 ? unigramProbabilities[entry] : decoded[n][tables[n].probabilityCodes.get(entry)];
    }

    /**
     * The weight that scales the lower-order distribution for words the node has no child for: what its children leave
     * of the mass, over what the same children take from the lower order (suffixNode, the context one word shorter).
     */
    double backoff(int level, int node, int suffixNode) {
        return level == 0 ? 1 : backoff(level, node, suffixNode, tables[level].storedNodeIndex(node));
    }

    /** The backoff, for a caller that has already looked up the node's {@link #storedNodeIndex}. */
    double backoff(int level, int node, int suffixNode, int storedIndex) {
        if (level == 0) {
            return 1;
        }
        return storedIndex >= 0 ? tables[level].storedBackoffs[storedIndex] : computeBackoff(level, node, suffixNode);
    }

    double computeBackoff(int level, int node, int suffixNode) {
        int from = childStart(level, node);
        int to = childEnd(level, node);
        if (from >= to) {
            return 1;
        }
        double kept = 0;
        double keptBelow = 0;
        for (int entry = from; entry < to; entry++) {
            kept += probabilityOf(level + 1, entry);
            int below = findChild(level - 1, suffixNode, wordOf(level + 1, entry));
            if (below < 0) {
                throw new IllegalStateException("corrupt model: order-" + (level + 1) + " n-gram without its suffix");
            }
            keptBelow += probabilityOf(level, below);
        }
        return (1 - kept) / (1 - keptBelow);
    }

    /** Index of the node's stored backoff and ranked children, or negative if it has none (level >= 1). */
    int storedNodeIndex(int level, int node) {
        return tables[level].storedNodeIndex(node);
    }

    boolean isRanked(int level, int storedIndex) {
        return tables[level].isRanked(storedIndex);
    }

    /** Position in the level's ranked arrays of the child of rank {@code rank} (0 = most probable) of stored node
     *  number {@code storedIndex}, or -1 past its last child. */
    int rankedPosition(int level, int storedIndex, int rank) {
        NgramTable table = tables[level];
        int position = table.rankStarts[storedIndex] + rank;
        return position < table.rankStarts[storedIndex + 1] ? position : -1;
    }

    int rankedWord(int level, int position) {
        return tables[level].rankedWords.get(position);
    }

    double rankedProbability(int level, int position) {
        return rankedProbabilities[level][position];
    }

    /** Whether every child of the node has a larger probability than its backoff share from the shorter context. */
    boolean childrenDominate(int level, int node) {
        return level == 0 || java.util.Arrays.binarySearch(tables[level].undominatedNodes, node) < 0;
    }

    /** Words other than {@code <s>} and {@code <unk>} by descending unigram probability. */
    int[] unigramRanking() {
        return unigramRanking;
    }

    double unigramProbability(int word) {
        return unigramProbabilities[word];
    }

    NgramTable table(int n) {
        return tables[n];
    }

    ProbabilityQuantizer quantizer(int n) {
        return quantizers[n];
    }

    /** The unigram probabilities as stored in the file, before normalisation. */
    float[] storedUnigramProbabilities() {
        return storedUnigramProbabilities.clone();
    }

    ProbabilityQuantizer[] quantizers() {
        return quantizers.clone();
    }
}
