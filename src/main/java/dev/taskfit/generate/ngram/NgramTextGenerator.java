package dev.taskfit.generate.ngram;

import java.util.List;

/**
 * Continues English prompts with a {@link KneserNeyModel}: tokenises and truecases the prompt, conditions on its last
 * order-1 tokens (unknown words make the context back off), samples word by word, and detokenises. Immutable and
 * thread-safe: each call has its own random stream seeded from the options.
 */
public final class NgramTextGenerator {

    private final KneserNeyModel model;
    private final Truecaser truecaser;

    public NgramTextGenerator(KneserNeyModel model) {
        this.model = model;
        this.truecaser = Truecaser.fromModel(model);
    }

    /** A generator over the model the build ships ({@link NgramModelFile#SHIPPED_RESOURCE}). */
    public static NgramTextGenerator shipped() {
        return new NgramTextGenerator(NgramModelFile.readShipped());
    }

    public KneserNeyModel model() {
        return model;
    }

    public GeneratedText generate(String prompt, SamplingOptions options) {
        List<Sentence> sentences = EnglishTokenizer.sentences(prompt == null ? "" : prompt);
        int promptTokens = 0;
        for (Sentence sentence : sentences) {
            promptTokens += sentence.tokens().size();
        }
        Vocabulary vocabulary = model.vocabulary();
        ContextChain chain = new ContextChain(model);
        chain.startSentence();
        boolean atSentenceStart = true;
        if (!sentences.isEmpty() && !sentences.get(sentences.size() - 1).complete()) {
            // Only an unfinished last sentence conditions the continuation: the model never looks across sentences.
            for (String token : truecaser.apply(sentences.get(sentences.size() - 1).tokens())) {
                chain.advance(vocabulary.id(token));
                atSentenceStart &= !EnglishTokenizer.isWord(token);
            }
        }
        NextWordSampler sampler = new NextWordSampler(model, options);
        EnglishDetokenizer text = new EnglishDetokenizer(true, atSentenceStart);
        int generated = 0;
        boolean endedSentence = false;
        while (generated < options.maxTokens()) {
            int word = sampler.next(chain);
            generated++;
            endedSentence = word == Vocabulary.SENTENCE_END;
            if (endedSentence) {
                if (options.stopAtSentenceEnd()) {
                    break;
                }
                text.endSentence();
                chain.startSentence();
            } else {
                text.append(vocabulary.word(word));
                chain.advance(word);
            }
        }
        return new GeneratedText(text.text(), promptTokens, generated, endedSentence);
    }
}
