package dev.taskfit.api;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each resource path allows, for the {@code Allow} header a 405 must carry (RFC 9110 §15.5.6):
 * Quarkus REST answers 405 without one. Read once, on the first 405, from the resource beans' annotations.
 */
final class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private static volatile List<Route> routes;

    private AllowedMethods() {
    }

    /** The methods {@code path} allows, comma-separated, or null if none is known. */
    static String at(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                allowed.add(route.method());
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return allowed.isEmpty() ? null : String.join(", ", allowed);
    }

    private static List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path classPath = bean.getBeanClass().getAnnotation(Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : bean.getBeanClass().getMethods()) {
                    String httpMethod = httpMethod(method);
                    if (httpMethod != null) {
                        Path methodPath = method.getAnnotation(Path.class);
                        found.add(new Route(template(classPath.value() + "/" + (methodPath == null ? "" : methodPath.value())), httpMethod));
                    }
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template as a pattern: {@code {name}} is one segment, {@code {name: regex}} its regex. */
    private static Pattern template(String template) {
        String normalized = ("/" + template).replaceAll("/+", "/");
        if (normalized.length() > 1 && normalized.endsWith("/")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < normalized.length()) {
            int open = normalized.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(normalized.substring(i)));
                break;
            }
            regex.append(Pattern.quote(normalized.substring(i, open)));
            int close = normalized.indexOf('}', open);
            String variable = normalized.substring(open + 1, close);
            int colon = variable.indexOf(':');
            regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).trim()).append(')');
            i = close + 1;
        }
        return Pattern.compile(regex + "/?");
    }
}
