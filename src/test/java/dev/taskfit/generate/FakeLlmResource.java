package dev.taskfit.generate;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Starts a {@link FakeLlmServer} before Quarkus and points {@code taskfit.generate.*} at it for the provider named by
 * the {@code provider} argument: timeout 1 s, no retries, a circuit breaker that does not open (unless overridden).
 * Arguments starting with {@code taskfit.} are passed on as configuration; {@code reply} sets what its successful
 * answers say (it may quote the request's seed as {@code {seed}}); {@code latency-ms} makes every model call take that
 * long. The server's URL is {@code taskfit.test.fake-llm-url}.
 */
public class FakeLlmResource implements QuarkusTestResourceLifecycleManager {

    static final String KEY = "sk-taskfit-fake-0123456789";

    private final Map<String, String> args = new HashMap<>();
    private FakeLlmServer server;

    @Override
    public void init(Map<String, String> initArgs) {
        args.putAll(initArgs);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = new FakeLlmServer(20_000, args.getOrDefault("reply", FakeLlmServer.REPLY),
                    Long.parseLong(args.getOrDefault("latency-ms", "0")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Bedrock signs with the AWS SDK's default credential chain, which reads these first.
        System.setProperty("aws.accessKeyId", "AKIDTASKFITTEST");
        System.setProperty("aws.secretAccessKey", "taskfit-test-secret-access-key");
        LlmProvider provider = LlmProvider.valueOf(args.getOrDefault("provider", "openai").toUpperCase(Locale.ROOT));
        Map<String, String> config = new HashMap<>();
        config.put("taskfit.generate.provider", provider.id());
        config.put("taskfit.generate.base-url", server.baseUrl(provider));
        config.put("taskfit.generate.model", provider.id() + "-test-model");
        config.put("taskfit.generate.api-key", KEY);
        config.put("taskfit.generate.region", "eu-west-1");
        config.put("taskfit.generate.timeout", "1s");
        config.put("taskfit.generate.max-retries", "0");
        config.put("taskfit.generate.circuit-breaker.request-volume", "1000");
        config.put("taskfit.test.fake-llm-url", "http://127.0.0.1:" + server.port());
        args.forEach((k, v) -> {
            if (k.startsWith("taskfit.")) {
                config.put(k, v);
            }
        });
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
