package dev.taskfit.classify;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness is DOWN until every classifier is loaded. */
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
                .withData("models", String.join(",", registry.all().keySet()))
                .build();
    }
}
