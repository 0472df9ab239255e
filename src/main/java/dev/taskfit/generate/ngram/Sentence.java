package dev.taskfit.generate.ngram;

import java.util.List;

/** A sentence's tokens, and whether it ended with sentence-final punctuation or a paragraph break. */
public record Sentence(List<String> tokens, boolean complete) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
