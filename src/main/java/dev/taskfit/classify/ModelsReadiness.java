package dev.taskfit.classify;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is DOWN until every classifier is loaded, unless this function loads them on first use. */
@Readiness
@ApplicationScoped
public class ModelsReadiness implements HealthCheck {

    private final ModelRegistry registry;

    public ModelsReadiness(ModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("classifiers")
                .status(registry.isReady())
                .withData("models", registry.isLoaded() ? String.join(",", registry.all().keySet()) : "loaded on first use")
                .build();
    }
}
