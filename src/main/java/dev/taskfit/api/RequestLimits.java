package dev.taskfit.api;

import io.smallrye.config.ConfigMapping;

/** Request limits shared by every endpoint ({@code taskfit.limits.*}). */
@ConfigMapping(prefix = "taskfit.limits")
public interface RequestLimits {

    /** Largest request body accepted, in bytes; larger bodies get 413. */
    long maxBodyBytes();

    /** Longest single text (characters) accepted by classify. */
    int maxTextChars();

    /** Most texts in one batch classify request. */
    int maxBatchSize();

    /** Longest generate prompt (and system instructions), in characters. */
    int maxPromptChars();

    /** Most tokens one generate request may ask for. */
    int maxTokens();

    /** Longest task description (characters) accepted by advise and route. */
    int maxTaskChars();
}
