package dev.taskfit.classify;

import dev.taskfit.classify.email.EmailMessage;
import dev.taskfit.classify.email.EmailParser;

/** How a model reads its input before hashing: as plain text, or as a raw email whose parts become fields. */
public enum InputFormat {

    /** One field: the text itself. */
    PLAIN {
        @Override
        void extract(String text, FeatureHashing hashing, FeatureBuffer out) {
            hashing.extract(text, BODY_FIELD, out);
        }
    },

    /** Subject, visible body and header signals as separate fields; text without headers is read as a body. */
    EMAIL {
        @Override
        void extract(String text, FeatureHashing hashing, FeatureBuffer out) {
            if (!EmailParser.looksLikeEmail(text)) {
                hashing.extract(text, BODY_FIELD, out);
                return;
            }
            EmailMessage mail = EmailParser.parse(text);
            hashing.extract(mail.subject(), SUBJECT_FIELD, out);
            hashing.extract(mail.body(), BODY_FIELD, out);
            for (String signal : mail.headerSignals()) {
                hashing.extract(signal, HEADER_FIELD, out);
            }
        }
    };

    private static final int BODY_FIELD = 0;
    private static final int SUBJECT_FIELD = 1;
    private static final int HEADER_FIELD = 2;

    /** Appends the feature indices of {@code text} to {@code out}. */
    abstract void extract(String text, FeatureHashing hashing, FeatureBuffer out);
}
