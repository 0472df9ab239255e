package dev.taskfit.generate;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is DOWN until the n-gram model is loaded (unless this function loads it on first use): it is what
 * generate always has to fall back on. The LLM never makes it DOWN (generate still answers without it); its model
 * and circuit state are reported as data.
 */
@Readiness
@ApplicationScoped
public class GenerateReadiness implements HealthCheck {

    private final NgramFallbackGenerator ngram;
    private final ConfiguredLlm llm;

    public GenerateReadiness(NgramFallbackGenerator ngram, ConfiguredLlm llm) {
        this.ngram = ngram;
        this.llm = llm;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("generate")
                .status(ngram.isReady())
                .withData("ngram", ngram.modelId() != null ? ngram.modelId() : ngram.isReady() ? "loaded on first use" : "not loaded")
                .withData("llm", llm.model() != null ? llm.model() : "none")
                .withData("llmCircuit", llm.circuitState())
                .build();
    }
}
