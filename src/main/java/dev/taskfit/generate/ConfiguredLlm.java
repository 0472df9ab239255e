package dev.taskfit.generate;

import dev.taskfit.api.DaemonThreads;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The LLM that {@code taskfit.generate.*} names, built once at start-up: the adapter for the provider behind its
 * fault-tolerance guard. Whatever is (not) configured, the application starts: without a provider, or with a
 * configuration that cannot work, {@link #generator()} fails every call with the reason, and generate falls back.
 */
@Startup
@ApplicationScoped
public class ConfiguredLlm {

    private static final Logger LOG = Logger.getLogger(ConfiguredLlm.class);

    private final Generator generator;
    private final String model;
    private final GuardedLlm guarded;
    private final ExecutorService executor;

    public ConfiguredLlm(GenerateConfig config) {
        LlmProvider provider = LlmProvider.parse(config.provider()).orElse(null);
        if (provider == LlmProvider.NONE) {
            generator = unavailable(LlmFailure.Kind.NOT_CONFIGURED, "no LLM configured (taskfit.generate.provider=none)");
            model = null;
            guarded = null;
            executor = null;
            LOG.info("generate: no LLM configured (taskfit.generate.provider=none); the n-gram model answers");
            return;
        }
        String name = provider == null ? config.provider().strip() : provider.id();
        LlmSettings settings = null;
        GuardedLlm built = null;
        ExecutorService threads = null;
        String problem;
        try {
            settings = LlmSettings.from(config, apiKey(config));
            threads = Executors.newCachedThreadPool(DaemonThreads.numbered("taskfit-llm"));
            built = new GuardedLlm(LlmGenerator.create(settings), settings, threads);
            problem = null;
        } catch (IllegalArgumentException e) {
            problem = e.getMessage(); // ours: names the keys, never a value
        } catch (RuntimeException e) {
            // A provider library refusing its settings; its message may quote them, so only the type is kept.
            problem = "the " + name + " client could not be created (" + e.getClass().getSimpleName() + ")";
        }
        if (built == null) {
            if (threads != null) {
                threads.shutdownNow();
            }
            generator = unavailable(LlmFailure.Kind.MISCONFIGURED, name + ": not configured correctly: " + problem);
            model = null;
            guarded = null;
            executor = null;
            LOG.errorf("generate: the LLM is disabled, the n-gram model answers instead: %s", problem);
            return;
        }
        executor = threads;
        guarded = built;
        generator = built;
        model = settings.modelId();
        LOG.infof("generate: LLM %s (%s), timeout %s, max retries %d", model,
                settings.displayUrl() != null ? settings.displayUrl() : "provider's default endpoint",
                settings.timeoutText(), settings.maxRetries());
    }

    /** The explicit key wins; otherwise the secret is read now, once. */
    private static String apiKey(GenerateConfig config) {
        if (config.apiKey().filter(k -> !k.isBlank()).isPresent()) {
            return config.apiKey().get();
        }
        return config.apiKeySecret().filter(s -> !s.isBlank()).map(ApiKeySecret::read).orElse(null);
    }

    private static Generator unavailable(LlmFailure.Kind kind, String reason) {
        return request -> {
            throw new LlmFailure(kind, reason);
        };
    }

    /** The guarded LLM; when there is none, a generator that fails with the reason. */
    public Generator generator() {
        return generator;
    }

    /** "provider:model", or null when no LLM is usable. */
    public String model() {
        return model;
    }

    /** closed, open, half_open; "none" without an LLM. */
    public String circuitState() {
        return guarded == null ? "none" : guarded.circuitState();
    }

    @PreDestroy
    void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
