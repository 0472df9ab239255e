package dev.taskfit.generate;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaChatRequestParameters;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the LangChain4j {@link ChatModel} for the configured provider: the one place that names provider classes.
 * Every model gets the JDK HTTP client explicitly (no ServiceLoader lookup, which native images and shaded jars
 * get wrong), the configured timeout per HTTP exchange, no logging of requests or responses (they carry the key),
 * and no retries of its own: LangChain4j's retry logs each failure's message, which may quote the server's answer,
 * so {@link LlmGenerator} retries instead, within the call's deadline.
 */
final class ChatModels {

    /** A provider's model, and how a request's sampling settings are expressed to it. */
    record Bound(ChatModel model, Function<GenerationSpec, ChatRequestParameters> parameters) {
    }

    private ChatModels() {
    }

    static Bound create(LlmSettings s) {
        return switch (s.provider()) {
            case OPENAI -> openAi(s);
            case ANTHROPIC -> anthropic(s);
            case OLLAMA -> ollama(s);
            case BEDROCK -> bedrock(s);
            case NONE -> throw new IllegalArgumentException("no provider configured");
        };
    }

    private static Bound openAi(LlmSettings s) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .httpClientBuilder(http())
                .modelName(s.model())
                .timeout(s.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false);
        if (s.baseUrl() != null) {
            builder.baseUrl(s.baseUrl());
        }
        if (s.apiKey() != null) {
            builder.apiKey(s.apiKey());
        }
        return new Bound(builder.build(), r -> OpenAiChatRequestParameters.builder()
                .maxOutputTokens(r.maxTokens())
                .temperature(r.temperature())
                .seed(intSeed(r.seed()))
                .build());
    }

    private static Bound anthropic(LlmSettings s) {
        AnthropicChatModel.AnthropicChatModelBuilder builder = AnthropicChatModel.builder()
                .httpClientBuilder(http())
                .apiKey(s.apiKey())
                .modelName(s.model())
                .timeout(s.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false);
        if (s.baseUrl() != null) {
            builder.baseUrl(s.baseUrl());
        }
        return new Bound(builder.build(), r -> DefaultChatRequestParameters.builder()
                .maxOutputTokens(r.maxTokens())
                .temperature(Math.min(r.temperature(), 1.0)) // Anthropic's range is 0..1
                .build());
    }

    private static Bound ollama(LlmSettings s) {
        OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder()
                .httpClientBuilder(http())
                .baseUrl(s.baseUrl() != null ? s.baseUrl() : "http://localhost:11434")
                .modelName(s.model())
                .timeout(s.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false);
        if (s.apiKey() != null) {
            // Ollama itself has no keys; a proxy in front of it (or a hosted Ollama) takes a bearer token.
            builder.customHeaders(Map.of("Authorization", "Bearer " + s.apiKey()));
        }
        return new Bound(builder.build(), r -> OllamaChatRequestParameters.builder()
                .maxOutputTokens(r.maxTokens())
                .temperature(r.temperature())
                .seed(intSeed(r.seed()))
                .build());
    }

    private static Bound bedrock(LlmSettings s) {
        BedrockRuntimeClientBuilder client = BedrockRuntimeClient.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(s.timeout())
                        .socketTimeout(s.timeout())
                        .build())
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .region(s.region() != null ? Region.of(s.region()) : defaultRegion())
                .overrideConfiguration(c -> c.apiCallTimeout(s.timeout()).retryStrategy(AwsRetryStrategy.doNotRetry()));
        if (s.baseUrl() != null) {
            client.endpointOverride(URI.create(s.baseUrl()));
        }
        BedrockChatModel model = BedrockChatModel.builder()
                .client(client.build())
                .modelId(s.model())
                .timeout(s.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
        return new Bound(model, r -> DefaultChatRequestParameters.builder()
                .maxOutputTokens(r.maxTokens())
                .temperature(Math.min(r.temperature(), 1.0)) // Converse's range is 0..1 for most models
                .build());
    }

    private static Region defaultRegion() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (RuntimeException e) {
            return Region.US_EAST_1; // Lambda always sets AWS_REGION; this is for local runs without one
        }
    }

    /** HTTP/1.1: h2c upgrades confuse some local servers (llama.cpp, Ollama) and gain nothing here. */
    private static HttpClientBuilder http() {
        return JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    /** Providers take a 32-bit seed; longs outside that range are folded into it. */
    static int intSeed(long seed) {
        return seed == (int) seed ? (int) seed : Long.hashCode(seed);
    }
}
