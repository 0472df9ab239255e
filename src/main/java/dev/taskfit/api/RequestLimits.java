package dev.taskfit.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request limits shared by every endpoint ({@code taskfit.limits.*}). */
@ConfigMapping(prefix = "taskfit.limits")
public interface RequestLimits {

    /** Largest request body accepted, in bytes; larger bodies get 413. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Longest single text (characters) accepted by classify. */
    @WithDefault("100000")
    int maxTextChars();

    /** Most texts in one batch classify request. */
    @WithDefault("256")
    int maxBatchSize();

    /** Longest generate prompt (and system instructions), in characters. */
    @WithDefault("20000")
    int maxPromptChars();

    /** Most tokens one generate request may ask for. */
    @WithDefault("1024")
    int maxTokens();

    /** Longest task description (characters) accepted by advise and route. */
    @WithDefault("4000")
    int maxTaskChars();
}
