package dev.taskfit.generate;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The LLM adapter: sends the prompt (and optional system instructions) to a LangChain4j {@link ChatModel} and turns
 * every way that can fail into an {@link LlmFailure} with a reason a person can act on. Retries connection errors,
 * 429 and 5xx up to {@code max-retries} times; stops when its thread is interrupted (the caller's deadline).
 */
public final class LlmGenerator implements Generator {

    private static final long FIRST_BACKOFF_MILLIS = 200;

    private final ChatModel model;
    private final Function<GenerationSpec, ChatRequestParameters> parameters;
    private final LlmSettings settings;
    private final LlmErrors errors;

    LlmGenerator(ChatModel model, Function<GenerationSpec, ChatRequestParameters> parameters, LlmSettings settings) {
        this.model = model;
        this.parameters = parameters;
        this.settings = settings;
        this.errors = new LlmErrors(settings);
    }

    /** The adapter for the configured provider. */
    public static LlmGenerator create(LlmSettings settings) {
        ChatModels.Bound bound = ChatModels.create(settings);
        return new LlmGenerator(bound.model(), bound.parameters(), settings);
    }

    public LlmSettings settings() {
        return settings;
    }

    @Override
    public GeneratorAnswer generate(GenerationSpec request) {
        ChatRequest chat = ChatRequest.builder().messages(messages(request)).parameters(parameters.apply(request)).build();
        for (int attempt = 0; ; attempt++) {
            LlmFailure failure;
            try {
                return toAnswer(model.chat(chat));
            } catch (LlmFailure e) {
                failure = e;
            } catch (RuntimeException e) {
                failure = errors.classify(e);
            }
            if (!failure.kind().retriable() || attempt >= settings.maxRetries() || !pause(attempt)) {
                throw failure;
            }
        }
    }

    private static List<ChatMessage> messages(GenerationSpec request) {
        List<ChatMessage> messages = new ArrayList<>(2);
        if (request.system() != null && !request.system().isBlank()) {
            messages.add(SystemMessage.from(request.system()));
        }
        messages.add(UserMessage.from(request.prompt()));
        return messages;
    }

    private GeneratorAnswer toAnswer(ChatResponse response) {
        if (response == null || response.aiMessage() == null || response.aiMessage().text() == null) {
            throw new LlmFailure(LlmFailure.Kind.MALFORMED, settings.provider().id() + ": malformed answer (no text in it)");
        }
        TokenUsage usage = response.tokenUsage();
        return new GeneratorAnswer(response.aiMessage().text(), GeneratorAnswer.LLM, settings.modelId(),
                usage == null ? null : usage.inputTokenCount(), usage == null ? null : usage.outputTokenCount());
    }

    /** Exponential backoff before another attempt; false if interrupted (the deadline has passed). */
    private static boolean pause(int attempt) {
        try {
            Thread.sleep(FIRST_BACKOFF_MILLIS << attempt);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
