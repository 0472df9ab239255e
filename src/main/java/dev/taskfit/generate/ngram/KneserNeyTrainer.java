package dev.taskfit.generate.ngram;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Trains an interpolated modified Kneser-Ney model (Chen and Goodman 1998) from tokenised sentences. Deterministic: the
 * same sentences and options give the same model, bit for bit.
 *
 * <p>Counting sorts the corpus positions of each order by (rank of the (n-1)-gram at the position, next word) with
 * two counting-sort passes, so the n-grams of an order come out in trie order and every position knows the rank of
 * the n-gram that starts there; the suffix of an n-gram is then the rank at the next position, with no lookups.
 */
public final class KneserNeyTrainer {

    private KneserNeyTrainer() {
    }

    /** A model of the sentences (lists of tokens, without sentence markers). */
    public static KneserNeyModel train(List<List<String>> sentences, NgramTrainingOptions options) {
        return new Run(sentences, options).model();
    }

    /** The state of one training run; discarded once the model is built. */
    private static final class Run {
        final int order;
        final NgramTrainingOptions options;
        final Vocabulary vocabulary;
        final int[] tokens;
        final int[] sentenceEnd;
        final long sentenceCount;
        /** Per order: rank of the n-gram starting at each position, or -1. */
        final int[][] rankAt;
        final int[][] firstPosition;
        final int[][] rawCount;
        final int[] size;
        final Discounts[] discounts;
        final double[][] probability;

        Run(List<List<String>> sentences, NgramTrainingOptions options) {
            this.order = options.order();
            this.options = options;
            this.vocabulary = buildVocabulary(sentences);
            int length = 0;
            for (List<String> sentence : sentences) {
                length += sentence.size() + 2;
            }
            this.tokens = new int[length];
            this.sentenceEnd = new int[length];
            int pos = 0;
            for (List<String> sentence : sentences) {
                int start = pos;
                tokens[pos++] = Vocabulary.SENTENCE_START;
                for (String token : sentence) {
                    int id = vocabulary.id(token);
                    // A literal "<s>" or "</s>" inside a sentence would break the sentence structure.
                    tokens[pos++] = id == Vocabulary.SENTENCE_START || id == Vocabulary.SENTENCE_END
                            ? Vocabulary.UNKNOWN : id;
                }
                tokens[pos++] = Vocabulary.SENTENCE_END;
                Arrays.fill(sentenceEnd, start, pos, pos - 1);
            }
            this.sentenceCount = sentences.size();
            this.rankAt = new int[order + 1][];
            this.firstPosition = new int[order + 1][];
            this.rawCount = new int[order + 1][];
            this.size = new int[order + 1];
            this.discounts = new Discounts[order + 1];
            this.probability = new double[order + 1][];
            count();
            estimate();
        }

        private static Vocabulary buildVocabulary(List<List<String>> sentences) {
            TreeSet<String> words = new TreeSet<>();
            for (List<String> sentence : sentences) {
                words.addAll(sentence);
            }
            words.removeAll(Vocabulary.SPECIAL_WORDS);
            return Vocabulary.of(List.copyOf(words));
        }

        private void count() {
            int v = vocabulary.size();
            size[1] = v;
            rankAt[1] = tokens;
            rawCount[1] = new int[v];
            firstPosition[1] = new int[v];
            Arrays.fill(firstPosition[1], -1);
            for (int i = tokens.length - 1; i >= 0; i--) {
                rawCount[1][tokens[i]]++;
                firstPosition[1][tokens[i]] = i;
            }
            for (int n = 2; n <= order; n++) {
                countOrder(n);
            }
        }

        private void countOrder(int n) {
            int[] previousRank = rankAt[n - 1];
            int valid = 0;
            for (int i = 0; i < tokens.length; i++) {
                if (i + n - 1 <= sentenceEnd[i]) {
                    valid++;
                }
            }
            int[] positions = new int[valid];
            int k = 0;
            for (int i = 0; i < tokens.length; i++) {
                if (i + n - 1 <= sentenceEnd[i]) {
                    positions[k++] = i;
                }
            }
            // Least significant key first: the last word, then (stably) the rank of the (n-1)-gram prefix.
            int[] byWord = countingSort(positions, i -> tokens[i + n - 1], vocabulary.size());
            int[] sorted = countingSort(byWord, i -> previousRank[i], size[n - 1]);
            int[] rank = new int[tokens.length];
            Arrays.fill(rank, -1);
            int[] first = new int[valid];
            int[] raw = new int[valid];
            int entries = 0;
            int lastPrefix = -1;
            int lastWord = -1;
            for (int position : sorted) {
                int prefix = previousRank[position];
                int word = tokens[position + n - 1];
                if (prefix != lastPrefix || word != lastWord) {
                    first[entries] = position;
                    entries++;
                    lastPrefix = prefix;
                    lastWord = word;
                }
                raw[entries - 1]++;
                rank[position] = entries - 1;
            }
            rankAt[n] = rank;
            firstPosition[n] = Arrays.copyOf(first, entries);
            rawCount[n] = Arrays.copyOf(raw, entries);
            size[n] = entries;
        }

        private interface Key {
            int of(int position);
        }

        private static int[] countingSort(int[] positions, Key key, int buckets) {
            int[] starts = new int[buckets + 1];
            for (int p : positions) {
                starts[key.of(p) + 1]++;
            }
            for (int b = 0; b < buckets; b++) {
                starts[b + 1] += starts[b];
            }
            int[] out = new int[positions.length];
            for (int p : positions) {
                out[starts[key.of(p)]++] = p;
            }
            return out;
        }

        /** The count Kneser-Ney smooths with: the raw count at the highest order and for n-grams starting with
         *  {@code <s>} (nothing can precede them), elsewhere the number of distinct words seen before the n-gram. */
        private int[] kneserNeyCounts(int n) {
            if (n == order) {
                return rawCount[n];
            }
            int[] counts = new int[size[n]];
            for (int position : firstPosition[n + 1]) {
                counts[rankAt[n][position + 1]]++;
            }
            for (int e = 0; e < size[n]; e++) {
                int first = firstPosition[n][e];
                if (first >= 0 && tokens[first] == Vocabulary.SENTENCE_START) {
                    counts[e] = rawCount[n][e];
                }
            }
            return counts;
        }

        private static Discounts discountsOf(int[] counts, int skip) {
            long[] countOfCounts = new long[5];
            for (int e = 0; e < counts.length; e++) {
                if (e != skip && counts[e] >= 1 && counts[e] <= 4) {
                    countOfCounts[counts[e]]++;
                }
            }
            return Discounts.estimate(countOfCounts[1], countOfCounts[2], countOfCounts[3], countOfCounts[4]);
        }

        private void estimate() {
            // Order 1: discounted continuation counts, interpolated with the uniform distribution over every word that
            // can be predicted (all but <s>), so that an unknown word keeps a small, finite probability.
            int[] kn1 = kneserNeyCounts(1);
            discounts[1] = discountsOf(kn1, Vocabulary.SENTENCE_START);
            int v = vocabulary.size();
            double total = 0;
            long[] distinct = new long[4];
            for (int w = 0; w < v; w++) {
                if (w != Vocabulary.SENTENCE_START && kn1[w] > 0) {
                    total += kn1[w];
                    distinct[Math.min(kn1[w], 3)]++;
                }
            }
            double[] p1 = new double[v];
            double leftOver = total == 0 ? 1 : backoffMass(discounts[1], distinct) / total;
            for (int w = 0; w < v; w++) {
                if (w != Vocabulary.SENTENCE_START) {
                    double discounted = total == 0 ? 0 : Math.max(0, kn1[w] - discounts[1].forCount(kn1[w])) / total;
                    p1[w] = discounted + leftOver / (v - 1);
                }
            }
            probability[1] = p1;
            for (int n = 2; n <= order; n++) {
                int[] kn = kneserNeyCounts(n);
                discounts[n] = discountsOf(kn, -1);
                double[] p = new double[size[n]];
                // The (n-1)-gram starting where an n-gram starts is its context; the one starting a word later, its suffix.
                int[] shorter = rankAt[n - 1];
                int e = 0;
                while (e < size[n]) {
                    int parent = shorter[firstPosition[n][e]];
                    int end = e;
                    double sum = 0;
                    long[] byCount = new long[4];
                    while (end < size[n] && shorter[firstPosition[n][end]] == parent) {
                        sum += kn[end];
                        byCount[Math.min(kn[end], 3)]++;
                        end++;
                    }
                    double gamma = backoffMass(discounts[n], byCount) / sum;
                    for (int i = e; i < end; i++) {
                        double lower = probability[n - 1][shorter[firstPosition[n][i] + 1]];
                        p[i] = (kn[i] - discounts[n].forCount(kn[i])) / sum + gamma * lower;
                    }
                    e = end;
                }
                probability[n] = p;
            }
        }

        private static double backoffMass(Discounts d, long[] byCount) {
            return d.d1() * byCount[1] + d.d2() * byCount[2] + d.d3Plus() * byCount[3];
        }

        KneserNeyModel model() {
            // Pruning keeps prefixes and suffixes of kept n-grams automatically: neither is ever rarer.
            boolean[][] kept = new boolean[order + 1][];
            int[][] newIndex = new int[order + 1][];
            int[][] oldIndex = new int[order + 1][];
            int[] keptSize = new int[order + 1];
            for (int n = 1; n <= order; n++) {
                kept[n] = new boolean[size[n]];
                newIndex[n] = new int[size[n]];
                int next = 0;
                for (int e = 0; e < size[n]; e++) {
                    kept[n][e] = n == 1 || !options.prunes(n) || rawCount[n][e] >= 2;
                    newIndex[n][e] = kept[n][e] ? next++ : -1;
                }
                keptSize[n] = next;
                oldIndex[n] = new int[next];
                for (int e = 0; e < size[n]; e++) {
                    if (kept[n][e]) {
                        oldIndex[n][newIndex[n][e]] = e;
                    }
                }
            }
            float[] unigrams = new float[size[1]];
            for (int w = 0; w < size[1]; w++) {
                unigrams[w] = (float) probability[1][w];
            }
            double[] lowerOrder = KneserNeyModel.normalisedUnigrams(unigrams);
            ProbabilityQuantizer[] quantizers = new ProbabilityQuantizer[order + 1];
            NgramTable[] tables = new NgramTable[order + 1];
            for (int n = 1; n <= order; n++) {
                PackedInts childStarts = null;
                if (n < order) {
                    int[] starts = new int[keptSize[n] + 1];
                    for (int child : oldIndex[n + 1]) {
                        int parent = newIndex[n][rankAt[n][firstPosition[n + 1][child]]];
                        starts[parent + 1]++;
                    }
                    for (int i = 0; i < keptSize[n]; i++) {
                        starts[i + 1] += starts[i];
                    }
                    childStarts = PackedInts.of(starts);
                }
                PackedInts words = null;
                PackedInts codes = null;
                if (n > 1) {
                    int[] wordOf = new int[keptSize[n]];
                    int[] parentOf = new int[keptSize[n]];
                    double[] keptProbabilities = new double[keptSize[n]];
                    double[] suffixProbabilities = new double[keptSize[n]];
                    for (int i = 0; i < keptSize[n]; i++) {
                        int e = oldIndex[n][i];
                        int first = firstPosition[n][e];
                        wordOf[i] = tokens[first + n - 1];
                        parentOf[i] = rankAt[n - 1][first];
                        keptProbabilities[i] = probability[n][e];
                        int suffix = n == 2 ? wordOf[i] : newIndex[n - 1][rankAt[n - 1][first + 1]];
                        suffixProbabilities[i] = lowerOrder[suffix];
                    }
                    quantizers[n] = ProbabilityQuantizer.spanning(keptProbabilities, keptSize[n]);
                    int[] codeOf = new int[keptSize[n]];
                    for (int i = 0; i < keptSize[n]; i++) {
                        codeOf[i] = quantizers[n].encode(keptProbabilities[i]);
                    }
                    float[] decoded = quantizers[n].decodeTable();
                    int[] undominatedParents = keepAboveBackoffShare(codeOf, decoded, parentOf, suffixProbabilities);
                    for (int i = 0; i < undominatedParents.length; i++) {
                        undominatedParents[i] = newIndex[n - 1][undominatedParents[i]];
                    }
                    tables[n - 1] = tables[n - 1].withUndominatedNodes(undominatedParents);
                    lowerOrder = new double[keptSize[n]];
                    for (int i = 0; i < keptSize[n]; i++) {
                        lowerOrder[i] = decoded[codeOf[i]];
                    }
                    words = PackedInts.of(wordOf, keptSize[n], PackedInts.bitsFor(size[1] - 1));
                    codes = PackedInts.of(codeOf, keptSize[n], ProbabilityQuantizer.BITS);
                }
                tables[n] = NgramTable.withoutStoredNodes(n, keptSize[n], words, codes, childStarts);
            }
            NgramProvenance provenance = new NgramProvenance(options.name(), options.corpus(), options.heldOutSplit(),
                    order, options.pruningDescription(), discountsDescription(), sentenceCount, trainedTokens(), 0,
                    Double.NaN, Double.NaN);
            int[] ranking = unigramRanking(unigrams);
            KneserNeyModel draft = new KneserNeyModel(vocabulary, unigrams, tables, quantizers, ranking, provenance);
            for (int level = 1; level < order; level++) {
                tables[level] = withStoredNodes(draft, level, newIndex, oldIndex);
            }
            return new KneserNeyModel(vocabulary, unigrams, tables, quantizers, ranking, provenance);
        }

        /**
         * Makes every stored probability exceed the share its context's backoff would give it from the shorter context:
         * q(w | h) > backoff(h) * q(w | h'). Exact Kneser-Ney estimates always do (the difference is the discounted
         * count), but rounding codes down can break it; the sampler relies on it to meet each word first at its true
         * probability. Codes are raised a step at a time, which only lowers the backoff, so one pass per context
         * suffices. Where that would take more than the context's whole leftover mass (its children cover nearly all
         * of the shorter context's mass, so rounding is as large as what is left), the honest codes stay and the
         * context is returned, for the sampler to check. The arithmetic mirrors {@link KneserNeyModel#computeBackoff}.
         *
         * @return the (trainer) indices of the parents left undominated, ascending
         */
        private static int[] keepAboveBackoffShare(int[] codes, float[] decoded, int[] parentOf, double[] suffix) {
            java.util.List<Integer> undominated = new java.util.ArrayList<>();
            int from = 0;
            while (from < codes.length) {
                int to = from;
                while (to < codes.length && parentOf[to] == parentOf[from]) {
                    to++;
                }
                double backoff = backoffOf(codes, decoded, suffix, from, to);
                int[] original = java.util.Arrays.copyOfRange(codes, from, to);
                for (int i = from; i < to; i++) {
                    // A relative margin, so that products with the context weights cannot round the order away.
                    while (codes[i] < ProbabilityQuantizer.MAX_CODE && decoded[codes[i]] <= backoff * suffix[i] * (1 + 1e-12)) {
                        codes[i]++;
                    }
                }
                if (!(backoffOf(codes, decoded, suffix, from, to) > 0)) {
                    System.arraycopy(original, 0, codes, from, to - from);
                }
                double finalBackoff = backoffOf(codes, decoded, suffix, from, to);
                for (int i = from; i < to; i++) {
                    if (decoded[codes[i]] <= finalBackoff * suffix[i] * (1 + 1e-12)) {
                        undominated.add(parentOf[from]);
                        break;
                    }
                }
                from = to;
            }
            return undominated.stream().mapToInt(Integer::intValue).toArray();
        }

        private static double backoffOf(int[] codes, float[] decoded, double[] suffix, int from, int to) {
            double kept = 0;
            double keptBelow = 0;
            for (int i = from; i < to; i++) {
                kept += decoded[codes[i]];
                keptBelow += suffix[i];
            }
            return (1 - kept) / (1 - keptBelow);
        }

        /** Stores the backoff weights of the level's nodes with several children, and ranks the children of those with
         *  many. */
        private NgramTable withStoredNodes(KneserNeyModel draft, int level, int[][] newIndex, int[][] oldIndex) {
            NgramTable table = draft.table(level);
            NgramTable children = draft.table(level + 1);
            int stored = 0;
            long rankedTotal = 0;
            for (int node = 0; node < table.size; node++) {
                int width = table.childEnd(node) - table.childStart(node);
                stored += width >= NgramTable.STORED_BACKOFF_CHILDREN ? 1 : 0;
                rankedTotal += width > NgramTable.SMALL_NODE_CHILDREN ? width : 0;
            }
            int[] nodes = new int[stored];
            double[] backoffs = new double[stored];
            int[] starts = new int[stored + 1];
            int[] rankedWords = new int[Math.toIntExact(rankedTotal)];
            int[] rankedCodes = new int[rankedWords.length];
            int i = 0;
            for (int node = 0; node < table.size; node++) {
                int from = table.childStart(node);
                int width = table.childEnd(node) - from;
                if (width < NgramTable.STORED_BACKOFF_CHILDREN) {
                    continue;
                }
                nodes[i] = node;
                int suffixNode = level == 1 ? KneserNeyModel.ROOT
                        : newIndex[level - 1][rankAt[level - 1][firstPosition[level][oldIndex[level][node]] + 1]];
                backoffs[i] = draft.computeBackoff(level, node, suffixNode);
                int ranked = width > NgramTable.SMALL_NODE_CHILDREN ? width : 0;
                long[] keys = new long[ranked];
                for (int c = 0; c < ranked; c++) {
                    int code = children.probabilityCodes.get(from + c);
                    // Most probable first; ties in child (that is, word) order.
                    keys[c] = ((long) (ProbabilityQuantizer.MAX_CODE - code) << 32) | c;
                }
                Arrays.sort(keys);
                for (int c = 0; c < ranked; c++) {
                    int child = from + (int) keys[c];
                    rankedWords[starts[i] + c] = children.words.get(child);
                    rankedCodes[starts[i] + c] = children.probabilityCodes.get(child);
                }
                starts[i + 1] = starts[i] + ranked;
                i++;
            }
            return table.withStoredNodes(nodes, backoffs, starts,
                    PackedInts.of(rankedWords, rankedWords.length, children.words.bits()),
                    PackedInts.of(rankedCodes, rankedCodes.length, ProbabilityQuantizer.BITS));
        }

        private static int[] unigramRanking(float[] unigrams) {
            long[] keys = new long[unigrams.length];
            int k = 0;
            for (int w = 0; w < unigrams.length; w++) {
                if (w != Vocabulary.SENTENCE_START && w != Vocabulary.UNKNOWN) {
                    // Non-negative floats order like their bit patterns; inverted for descending order.
                    keys[k++] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(unigrams[w])) << 32) | w;
                }
            }
            long[] used = Arrays.copyOf(keys, k);
            Arrays.sort(used);
            int[] ranking = new int[k];
            for (int i = 0; i < k; i++) {
                ranking[i] = (int) used[i];
            }
            return ranking;
        }

        private long trainedTokens() {
            // Every token is predicted once, sentence ends included; sentence starts are only context.
            return tokens.length - sentenceCount;
        }

        private String discountsDescription() {
            StringBuilder sb = new StringBuilder();
            for (int n = 1; n <= order; n++) {
                sb.append(n == 1 ? "" : " ").append(n).append(':').append(discounts[n]);
            }
            return sb.toString();
        }
    }
}
