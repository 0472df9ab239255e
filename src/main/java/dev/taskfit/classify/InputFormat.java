package dev.taskfit.classify;

import dev.taskfit.classify.email.EmailParser;

/** How a model reads its input before hashing: as plain text, or as a raw email (parsed, HTML stripped). */
public enum InputFormat {

    /** One field: the text itself. */
    PLAIN {
        @Override
        void extract(String text, FeatureHashing hashing, FeatureBuffer out) {
            hashing.extract(text, BODY_FIELD, out);
        }
    },

    /**
     * A raw email read as its subject, visible body and header signals in one stream of words (one stream
     * scores better on validation data, see docs/decisions.md); text without headers is read as a body.
     */
    EMAIL {
        @Override
        void extract(String text, FeatureHashing hashing, FeatureBuffer out) {
            hashing.extract(readableText(text), BODY_FIELD, out);
        }

        @Override
        public String readableText(String text) {
            return EmailParser.looksLikeEmail(text) ? EmailParser.readableText(text) : text;
        }
    };

    private static final int BODY_FIELD = 0;

    /**
     * What decides an example's {@link DatasetSplit}: the text itself, or for an email its visible body, so
     * that one mail re-sent with other headers cannot sit on both sides of the split.
     */
    public String splitKey(String text) {
        return this == EMAIL && EmailParser.looksLikeEmail(text) ? EmailParser.parse(text).body().strip() : text;
    }

    /** The split rule in words, for model cards. */
    public String splitRule() {
        return "first 8 bytes of sha256(" + (this == EMAIL ? "visible body" : "text")
                + ") mod 100: 0-69 train, 70-79 validation, 80-99 test";
    }

    /** The text this format reads, as one plain string (what peer classifiers are given in benchmarks). */
    public String readableText(String text) {
        return text;
    }

    /** Appends the feature indices of {@code text} to {@code out}. */
    abstract void extract(String text, FeatureHashing hashing, FeatureBuffer out);

    /** The features {@link #extract} gives, each with its span in {@link #readableText}. */
    void explain(String text, FeatureHashing hashing, FeatureHashing.FeatureSink sink) {
        explainReadable(readableText(text), hashing, sink);
    }

    /** {@link #explain} of a text already turned into its {@link #readableText}. */
    void explainReadable(String readable, FeatureHashing hashing, FeatureHashing.FeatureSink sink) {
        hashing.explain(readable, BODY_FIELD, sink);
    }
}
