package dev.taskfit.generate.ngram;

import java.util.List;

/**
 * A model's perplexity on tokenised sentences: exp of the mean negative log probability of every token, sentence ends
 * included (sentence starts are only context). Out-of-vocabulary tokens are scored as {@code <unk>} and counted.
 */
public record Perplexity(long tokens, long oovTokens, double logProbabilitySum) {

    public static Perplexity of(KneserNeyModel model, List<List<String>> sentences) {
        Vocabulary vocabulary = model.vocabulary();
        ContextChain chain = new ContextChain(model);
        long tokens = 0;
        long oov = 0;
        double sum = 0;
        for (List<String> sentence : sentences) {
            chain.startSentence();
            for (String token : sentence) {
                int id = vocabulary.id(token);
                oov += id == Vocabulary.UNKNOWN ? 1 : 0;
                sum += Math.log(model.probability(chain, id));
                tokens++;
                chain.advance(id);
            }
            sum += Math.log(model.probability(chain, Vocabulary.SENTENCE_END));
            tokens++;
        }
        return new Perplexity(tokens, oov, sum);
    }

    public double value() {
        return Math.exp(-logProbabilitySum / tokens);
    }

    public double oovRate() {
        return tokens == 0 ? 0 : (double) oovTokens / tokens;
    }
}
