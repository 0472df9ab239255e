package dev.taskfit.generate;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the native image must keep for the LangChain4j providers' Jackson wire types beyond the configuration their
 * jars ship: langchain4j-open-ai and -anthropic ship reflect-config.json for their DTOs but not for the naming
 * strategy every DTO names in {@code @JsonNaming}, which Jackson instantiates reflectively; langchain4j-ollama ships
 * none at all. Bedrock goes through the AWS SDK, whose model classes need no reflection.
 */
@RegisterForReflection(classNames = {
        "com.fasterxml.jackson.databind.PropertyNamingStrategies$SnakeCaseStrategy",
        // Ollama's chat wire types, and the (de)serializers they name in annotations.
        "dev.langchain4j.model.ollama.OllamaChatRequest",
        "dev.langchain4j.model.ollama.OllamaChatResponse",
        "dev.langchain4j.model.ollama.Message",
        "dev.langchain4j.model.ollama.Role",
        "dev.langchain4j.model.ollama.Options",
        "dev.langchain4j.model.ollama.Tool",
        "dev.langchain4j.model.ollama.Function",
        "dev.langchain4j.model.ollama.ToolCall",
        "dev.langchain4j.model.ollama.FunctionCall",
        "dev.langchain4j.model.ollama.FormatSerializer",
        "dev.langchain4j.model.ollama.OllamaDateDeserializer"})
final class ProviderReflection {

    private ProviderReflection() {
    }
}
