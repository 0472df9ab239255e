package dev.taskfit.generate.ngram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a model was made and how well it did: stored in the model file so that any generated text can be traced to its
 * corpus, split and hyperparameters.
 *
 * @param name                     the model's name ("english")
 * @param corpus                   the training corpora and their versions
 * @param heldOutSplit             which text was held out, and how it was chosen
 * @param order                    n-gram order
 * @param pruning                  which n-grams were dropped ("none" or a description)
 * @param discounts                modified Kneser-Ney discounts D1, D2, D3+ per order
 * @param trainingSentences        sentences trained on
 * @param trainingTokens           tokens trained on, sentence ends included
 * @param heldOutTokens            held-out tokens scored, sentence ends included
 * @param heldOutOovRate           share of held-out tokens not in the vocabulary
 * @param heldOutPerplexity        perplexity on the held-out text (NaN if not measured)
 */
public record NgramProvenance(String name, String corpus, String heldOutSplit, int order, String pruning,
                              String discounts, long trainingSentences, long trainingTokens, long heldOutTokens,
                              double heldOutOovRate, double heldOutPerplexity) {

    public NgramProvenance {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a model needs a name");
        }
        corpus = corpus == null ? "" : corpus;
        heldOutSplit = heldOutSplit == null ? "" : heldOutSplit;
        pruning = pruning == null ? "none" : pruning;
        discounts = discounts == null ? "" : discounts;
    }

    /** The same provenance with held-out results filled in. */
    public NgramProvenance withHeldOut(long tokens, double oovRate, double perplexity) {
        return new NgramProvenance(name, corpus, heldOutSplit, order, pruning, discounts, trainingSentences,
                trainingTokens, tokens, oovRate, perplexity);
    }

    /** Field name to printable value, in declaration order: the file's provenance section and the API's metadata. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("corpus", corpus);
        map.put("heldOutSplit", heldOutSplit);
        map.put("order", Integer.toString(order));
        map.put("pruning", pruning);
        map.put("discounts", discounts);
        map.put("trainingSentences", Long.toString(trainingSentences));
        map.put("trainingTokens", Long.toString(trainingTokens));
        map.put("heldOutTokens", Long.toString(heldOutTokens));
        map.put("heldOutOovRate", Double.toString(heldOutOovRate));
        map.put("heldOutPerplexity", Double.toString(heldOutPerplexity));
        return map;
    }

    static NgramProvenance fromMap(Map<String, String> map) {
        return new NgramProvenance(map.get("name"), map.get("corpus"), map.get("heldOutSplit"),
                Integer.parseInt(map.getOrDefault("order", "0")), map.get("pruning"), map.get("discounts"),
                Long.parseLong(map.getOrDefault("trainingSentences", "0")),
                Long.parseLong(map.getOrDefault("trainingTokens", "0")),
                Long.parseLong(map.getOrDefault("heldOutTokens", "0")),
                Double.parseDouble(map.getOrDefault("heldOutOovRate", "NaN")),
                Double.parseDouble(map.getOrDefault("heldOutPerplexity", "NaN")));
    }
}
