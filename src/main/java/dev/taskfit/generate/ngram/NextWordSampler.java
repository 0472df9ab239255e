package dev.taskfit.generate.ngram;

import java.util.SplittableRandom;

/**
 * Draws next words from a model under {@link SamplingOptions}; one per generation call (it owns the random stream and
 * scratch arrays), never shared between threads.
 *
 * <p>Candidates come out in exact order of probability without scoring the vocabulary. A word's probability is the
 * stored probability at the longest context level that has it, times the backoff weights above that level (the level's
 * weight). Each level's children, ranked by stored probability and scaled by the level's weight, form a sorted stream,
 * and a max-heap merges the streams (a small node's children go on the heap at once). A word also appears in the streams of shorter levels, always with a smaller value: a stored
 * probability exceeds the backoff share the shorter context would give it (the trainer ensures this and lists the rare
 * contexts where rounding defeats it). So a word first comes off the heap at its true probability, and later copies are
 * dropped by a small set rather than by searching the longer levels; only listed contexts are searched. A top-k of 40
 * touches a few dozen entries, not the vocabulary.
 */
final class NextWordSampler {

    /** The rank of an item that is not part of a ranked stream. */
    private static final int PLAIN = -1;

    private final KneserNeyModel model;
    private final SamplingOptions options;
    private final SplittableRandom random;
    private final double[] levelWeights;
    private final int[] levelStoredNodes;
    private final WordIdSet emitted = new WordIdSet();
    private final int[] undominatedLevels;
    private int undominatedCount;

    private double[] heapValues = new double[64];
    private int[] heapWords = new int[64];
    /** Level and rank + 1 of each item, packed: the heap moves three arrays instead of four. */
    private int[] heapPlaces = new int[64];
    private static final int LEVEL_BITS = 3;
    private static final int LEVEL_MASK = (1 << LEVEL_BITS) - 1;
    private int heapSize;

    private double[] candidateProbabilities = new double[64];
    private int[] candidateWords = new int[64];
    private int candidateCount;

    private ContextChain chain;
    private double[] fullDistribution;

    NextWordSampler(KneserNeyModel model, SamplingOptions options) {
        this.model = model;
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.levelWeights = new double[model.order()];
        this.levelStoredNodes = new int[model.order()];
        this.undominatedLevels = new int[model.order()];
    }

    /** The next word id after the chain's context; never {@code <s>} or {@code <unk>}. */
    int next(ContextChain context) {
        this.chain = context;
        double temperature = options.temperature();
        boolean truncated = options.topK() > 0 || options.topP() < 1;
        if (temperature == 0) {
            collect(1, Double.POSITIVE_INFINITY, false);
            return candidateWords[0];
        }
        if (!truncated && temperature == 1) {
            // Plain ancestral sampling: walk candidates by probability until the drawn mass is covered.
            double eligibleMass = 1 - model.probability(context, Vocabulary.UNKNOWN);
            double target = random.nextDouble() * eligibleMass;
            collect(Integer.MAX_VALUE, target, true);
            return candidateWords[candidateCount - 1];
        }
        if (!truncated) {
            return sampleFullDistribution(temperature);
        }
        int limit = options.topK() > 0 ? options.topK() : Integer.MAX_VALUE;
        collect(limit, options.topP() < 1 ? options.topP() : Double.POSITIVE_INFINITY, false);
        return sampleCandidates(temperature);
    }

    /** The {@code limit} most probable next words (never {@code <s>} or {@code <unk>}), best first. */
    int[] mostProbable(ContextChain context, int limit) {
        this.chain = context;
        collect(limit, Double.POSITIVE_INFINITY, false);
        return java.util.Arrays.copyOf(candidateWords, candidateCount);
    }

    /** Fills the candidates with the most probable words, best first, until {@code limit} or the mass target. */
    private void collect(int limit, double massTarget, boolean strictlyAbove) {
        heapSize = 0;
        candidateCount = 0;
        emitted.clear();
        int top = chain.longest();
        undominatedCount = 0;
        for (int level = top; level > 0; level--) {
            if (!model.childrenDominate(level, chain.node(level))) {
                undominatedLevels[undominatedCount++] = level;
            }
        }
        levelWeights[top] = 1;
        for (int level = top; level > 0; level--) {
            int node = chain.node(level);
            levelStoredNodes[level] = model.storedNodeIndex(level, node);
            levelWeights[level - 1] = levelWeights[level]
                    * model.backoff(level, node, chain.node(level - 1), levelStoredNodes[level]);
        }
        for (int level = top; level >= 0; level--) {
            openLevel(level);
        }
        double cumulative = 0;
        while (heapSize > 0) {
            double value = heapValues[0];
            int word = heapWords[0];
            int level = heapPlaces[0] & LEVEL_MASK;
            int rank = (heapPlaces[0] >> LEVEL_BITS) - 1;
            popTop();
            if (rank >= 0) {
                pushFromStream(level, rank + 1);
            }
            if (emitted.contains(word) || inLongerUndominatedLevel(level, word)) {
                continue; // a longer context gives (or already gave) this word its true probability
            }
            emitted.add(word);
            addCandidate(word, value);
            cumulative += value;
            if (candidateCount >= limit || (strictlyAbove ? cumulative > massTarget : cumulative >= massTarget)) {
                return;
            }
        }
    }

    /** Puts the level's candidates on the heap: all children of a small node, or the head of a ranked stream. */
    private void openLevel(int level) {
        if (level == 0 || model.isRanked(level, levelStoredNodes[level])) {
            pushFromStream(level, 0);
            return;
        }
        int node = chain.node(level);
        double weight = levelWeights[level];
        for (int entry = model.childStart(level, node), end = model.childEnd(level, node); entry < end; entry++) {
            int word = model.wordOf(level + 1, entry);
            if (isEligible(word)) {
                push(weight * model.probabilityOf(level + 1, entry), word, level, PLAIN);
            }
        }
    }

    /** Pushes the entry of the given rank in the level's ranked stream, if there is one. */
    private void pushFromStream(int level, int rank) {
        double weight = levelWeights[level];
        if (level == 0) {
            int[] ranking = model.unigramRanking();
            if (rank < ranking.length) {
                push(weight * model.unigramProbability(ranking[rank]), ranking[rank], 0, rank);
            }
            return;
        }
        // Children of a node are never <s> or <unk>, so a ranked stream needs no eligibility check.
        int position = model.rankedPosition(level, levelStoredNodes[level], rank);
        if (position >= 0) {
            push(weight * model.rankedProbability(level, position), model.rankedWord(level, position), level, rank);
        }
    }

    private boolean inLongerUndominatedLevel(int level, int word) {
        for (int i = 0; i < undominatedCount; i++) {
            int longer = undominatedLevels[i];
            if (longer > level && model.findChild(longer, chain.node(longer), word) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEligible(int word) {
        return word != Vocabulary.SENTENCE_START && word != Vocabulary.UNKNOWN;
    }

    private int sampleCandidates(double temperature) {
        if (candidateCount == 1) {
            return candidateWords[0];
        }
        // Weights p^(1/T), relative to the best candidate so that low temperatures cannot underflow to all zeros.
        double best = candidateProbabilities[0];
        double inverse = 1 / temperature;
        double total = 0;
        for (int i = 0; i < candidateCount; i++) {
            double weight = temperature == 1 ? candidateProbabilities[i]
                    : Math.exp(Math.log(candidateProbabilities[i] / best) * inverse);
            candidateProbabilities[i] = weight;
            total += weight;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < candidateCount; i++) {
            target -= candidateProbabilities[i];
            if (target < 0) {
                return candidateWords[i];
            }
        }
        return candidateWords[candidateCount - 1];
    }

    /** Untruncated sampling at a temperature other than 1 needs every word's probability: O(vocabulary) per word. */
    private int sampleFullDistribution(double temperature) {
        int size = model.vocabulary().size();
        if (fullDistribution == null) {
            fullDistribution = new double[size];
        }
        int top = chain.longest();
        levelWeights[top] = 1;
        for (int level = top; level > 0; level--) {
            levelWeights[level - 1] = levelWeights[level]
                    * model.backoff(level, chain.node(level), chain.node(level - 1));
        }
        for (int word = 0; word < size; word++) {
            fullDistribution[word] = levelWeights[0] * model.unigramProbability(word);
        }
        for (int level = 1; level <= top; level++) {
            int node = chain.node(level);
            for (int entry = model.childStart(level, node), end = model.childEnd(level, node); entry < end; entry++) {
                fullDistribution[model.wordOf(level + 1, entry)] = levelWeights[level] * model.probabilityOf(level + 1, entry);
            }
        }
        fullDistribution[Vocabulary.SENTENCE_START] = 0;
        fullDistribution[Vocabulary.UNKNOWN] = 0;
        double total = 0;
        for (int word = 0; word < size; word++) {
            if (fullDistribution[word] > 0) {
                fullDistribution[word] = Math.pow(fullDistribution[word], 1 / temperature);
                total += fullDistribution[word];
            }
        }
        double target = random.nextDouble() * total;
        int last = Vocabulary.SENTENCE_END;
        for (int word = 0; word < size; word++) {
            if (fullDistribution[word] > 0) {
                last = word;
                target -= fullDistribution[word];
                if (target < 0) {
                    return word;
                }
            }
        }
        return last;
    }

    private void addCandidate(int word, double probability) {
        if (candidateCount == candidateWords.length) {
            candidateWords = java.util.Arrays.copyOf(candidateWords, candidateCount * 2);
            candidateProbabilities = java.util.Arrays.copyOf(candidateProbabilities, candidateCount * 2);
        }
        candidateWords[candidateCount] = word;
        candidateProbabilities[candidateCount] = probability;
        candidateCount++;
    }

    // ---- a binary max-heap over parallel primitive arrays

    private void push(double value, int word, int level, int rank) {
        if (heapSize == heapValues.length) {
            int capacity = heapSize * 2;
            heapValues = java.util.Arrays.copyOf(heapValues, capacity);
            heapWords = java.util.Arrays.copyOf(heapWords, capacity);
            heapPlaces = java.util.Arrays.copyOf(heapPlaces, capacity);
        }
        int place = ((rank + 1) << LEVEL_BITS) | level;
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapValues[parent] >= value) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        set(i, value, word, place);
    }

    private void popTop() {
        heapSize--;
        if (heapSize == 0) {
            return;
        }
        double value = heapValues[heapSize];
        int word = heapWords[heapSize];
        int place = heapPlaces[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapValues[child + 1] > heapValues[child]) {
                child++;
            }
            if (heapValues[child] <= value) {
                break;
            }
            move(child, i);
            i = child;
        }
        set(i, value, word, place);
    }

    private void move(int from, int to) {
        heapValues[to] = heapValues[from];
        heapWords[to] = heapWords[from];
        heapPlaces[to] = heapPlaces[from];
    }

    private void set(int i, double value, int word, int place) {
        heapValues[i] = value;
        heapWords[i] = word;
        heapPlaces[i] = place;
    }
}
