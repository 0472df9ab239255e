package dev.taskfit.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The LLM providers {@code taskfit.generate.provider} can name, with the model each uses when none is configured. */
public enum LlmProvider {
    NONE(null),
    OPENAI("gpt-4o-mini"),
    ANTHROPIC("claude-3-5-haiku-latest"),
    OLLAMA("llama3.2"),
    BEDROCK("amazon.nova-micro-v1:0");

    private final String defaultModel;

    LlmProvider(String defaultModel) {
        this.defaultModel = defaultModel;
    }

    /** The configuration value, e.g. {@code openai}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String defaultModel() {
        return defaultModel;
    }

    static Optional<LlmProvider> parse(String value) {
        String id = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }

    static String choices() {
        return Arrays.stream(values()).map(LlmProvider::id).collect(Collectors.joining("|"));
    }
}
