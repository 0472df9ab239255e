package dev.taskfit.generate.ngram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Chooses the case of a sentence's first word, where capitals say nothing: "The" becomes "the" because "the" is the
 * usual form inside sentences, while "Ahab" and "I" stay as they are. The detokenizer capitalises sentence starts again.
 */
public final class Truecaser {

    private final ToDoubleFunction<String> usualness;

    /** @param usualness how common a form is inside sentences (a count or a probability; 0 when never seen) */
    public Truecaser(ToDoubleFunction<String> usualness) {
        this.usualness = usualness;
    }

    /** Truecasing from counts of each form seen in non-initial positions (what the trainer has). */
    public static Truecaser fromCounts(Map<String, Integer> nonInitialCounts) {
        return new Truecaser(form -> nonInitialCounts.getOrDefault(form, 0));
    }

    /** Truecasing from a trained model's unigram probabilities (what a prompt has). */
    public static Truecaser fromModel(KneserNeyModel model) {
        Vocabulary vocabulary = model.vocabulary();
        return new Truecaser(form -> {
            int id = vocabulary.id(form);
            return id == Vocabulary.UNKNOWN ? 0 : model.unigramProbability(id);
        });
    }

    /** The sentence with its first word in its usual case. */
    public List<String> apply(List<String> sentence) {
        for (int i = 0; i < sentence.size(); i++) {
            String token = sentence.get(i);
            if (EnglishTokenizer.isWord(token)) {
                String cased = firstWord(token);
                if (cased.equals(token)) {
                    return sentence;
                }
                List<String> copy = new ArrayList<>(sentence);
                copy.set(i, cased);
                return copy;
            }
        }
        return sentence;
    }

    /** The usual form of a word seen at the start of a sentence. */
    public String firstWord(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.equals(token)) {
            return token;
        }
        return usualness.applyAsDouble(lower) > usualness.applyAsDouble(token) ? lower : token;
    }

    /** Counts of word forms in non-initial positions, for {@link #fromCounts}. */
    public static Map<String, Integer> countNonInitialForms(Iterable<List<String>> sentences) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (List<String> sentence : sentences) {
            boolean seenWord = false;
            for (String token : sentence) {
                if (!EnglishTokenizer.isWord(token)) {
                    continue;
                }
                if (seenWord) {
                    counts.merge(token, 1, Integer::sum);
                }
                seenWord = true;
            }
        }
        return counts;
    }
}
