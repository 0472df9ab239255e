package dev.taskfit.startup;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the OpenAPI document on its first request instead of at start-up.
 *
 * <p>Quarkus 3.31 to 3.37 build it eagerly while the application starts (quarkusio/quarkus#54826; fixed upstream by
 * #55538, in a release later than any this project can use): about 250 ms of every JVM cold start, in every function,
 * for a document that only {@code /q/openapi} (routed to the advise function) serves. This interceptor, bound to
 * Quarkus' document service by {@link LazyOpenApiExtension}, holds back the start-up call and replays it when the
 * document is first asked for: the upstream fix, for the one case taskfit has (no OpenAPI filter that must run at
 * start-up). Delete both classes once Quarkus is upgraded past the fix.
 *
 * <p>Packaged builds only: in dev and test mode Quarkus loads its own classes apart from the application's, and the
 * intercepted service could not see this class; there the document is built at start-up, as before.
 */
@IfBuildProfile("prod")
@LazyOpenApiDocument.Binding
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class LazyOpenApiDocument {

    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Binding {
    }

    private static final Logger LOG = Logger.getLogger(LazyOpenApiDocument.class);

    /** Start-up calls held back, by document name. */
    private final Map<String, Runnable> pending = new HashMap<>();

    @AroundInvoke
    synchronized Object defer(InvocationContext call) throws Exception {
        switch (call.getMethod().getName()) {
            case "prepareDocument" -> {
                String document = (String) call.getParameters()[2];
                pending.put(document, replay(document, call));
                return null;
            }
            case "getDocument" -> {
                String document = (String) call.getParameters()[0];
                Runnable prepare = pending.get(document);
                if (prepare != null) {
                    prepare.run();
                    pending.remove(document); // not on failure: the next request tries again, and fails visibly
                }
            }
            default -> { }
        }
        return call.proceed();
    }

    private static Runnable replay(String document, InvocationContext call) {
        // The document is a resource of the application's class loader, which a request thread need not share.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return () -> {
            long started = System.nanoTime();
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                call.proceed();
            } catch (Exception e) {
                throw new IllegalStateException("could not build the OpenAPI document " + document, e);
            } finally {
                thread.setContextClassLoader(previous);
            }
            LOG.infof("built the OpenAPI document %s on its first request, in %.1f ms", document,
                    (System.nanoTime() - started) / 1e6);
        };
    }
}
