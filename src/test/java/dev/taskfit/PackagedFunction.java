package dev.taskfit;

import dev.taskfit.local.LocalLambda;
import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For {@code *IT} classes: serves the packaged {@code target/function.zip} (JVM, or native after -Dnative)
 * through {@link LocalLambda} — an API Gateway v2 front and a Lambda Runtime API — and points REST Assured at
 * it. The JVM package runs under AWS's runtime interface client, exactly the java21 runtime's path; Quarkus's
 * own {@code @QuarkusIntegrationTest} cannot drive a JVM Lambda package, which does not poll by itself.
 * One function instance serves every IT class of the run; a test method may take it as a {@link LocalLambda}
 * parameter, e.g. to hand it raw events.
 */
public final class PackagedFunction implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final String RUNTIME_CLIENT_JARS =
            "aws-lambda-java-runtime-interface-client|aws-lambda-java-serialization|aws-lambda-java-core|utils-lite";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PackagedFunction.class, key -> start(), Running.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = running(context).lambda.port();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalLambda.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running(context).lambda;
    }

    private static Running running(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).get(PackagedFunction.class, Running.class);
    }

    private static Running start() {
        return new Running(startWith(Map.of("TASKFIT_GENERATE_PROVIDER", "none")));
    }

    /**
     * Another instance of the packaged function with its own environment (e.g. an LLM provider), ready to serve;
     * the caller closes it.
     */
    public static LocalLambda startWith(Map<String, String> env) {
        Path zip = Path.of("target", "function.zip");
        if (!Files.exists(zip)) {
            throw new IllegalStateException("target/function.zip is missing: run the ITs with ./mvnw verify");
        }
        String runtimeClasspath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> Path.of(entry).getFileName().toString().matches("(" + RUNTIME_CLIENT_JARS + ")-.*\\.jar"))
                .collect(Collectors.joining(File.pathSeparator));
        try {
            LocalLambda lambda = LocalLambda.start(new LocalLambda.Options(zip.toAbsolutePath(), 0, null,
                    runtimeClasspath, 30, 512, env));
            lambda.awaitReady(120_000);
            return lambda;
        } catch (Exception e) {
            throw new IllegalStateException("the packaged function did not start under the local Lambda runtime", e);
        }
    }

    /** Closed by JUnit when the root store closes, at the end of the run. */
    private record Running(LocalLambda lambda) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            lambda.close();
        }
    }
}
