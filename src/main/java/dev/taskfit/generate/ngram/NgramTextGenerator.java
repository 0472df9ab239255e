package dev.taskfit.generate.ngram;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    /** A generator over the model the build ships ({@link NgramModelFile#SHIPPED_RESOURCE}), read once. */
    public static NgramTextGenerator shipped() {
        return Shipped.GENERATOR;
    }

    /**
     * Initialised on first use on the JVM; in the native executable while the image is built (Quarkus initialises
     * application classes at build time), so the model sits ready in the image heap and a cold start reads nothing.
     */
    private static final class Shipped {
        static final NgramTextGenerator GENERATOR = read();

        private static NgramTextGenerator read() {
            try (InputStream in = Shipped.class.getClassLoader().getResourceAsStream(NgramModelFile.SHIPPED_RESOURCE)) {
                if (in == null) {
                    throw new FileNotFoundException("no classpath resource " + NgramModelFile.SHIPPED_RESOURCE);
                }
                return new NgramTextGenerator(NgramModelFile.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped n-gram model", e);
            }
        }
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
