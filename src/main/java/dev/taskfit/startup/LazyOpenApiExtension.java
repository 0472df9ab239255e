package dev.taskfit.startup;

import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;

/** Binds {@link LazyOpenApiDocument} to Quarkus' OpenAPI document service, which the application cannot annotate. */
public class LazyOpenApiExtension implements BuildCompatibleExtension {

    @Enhancement(types = OpenApiDocumentService.class)
    public void buildOnFirstRequest(ClassConfig documentService) {
        documentService.addAnnotation(LazyOpenApiDocument.Binding.class);
    }
}
