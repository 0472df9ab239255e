package dev.taskfit.infra;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SAM templates Quarkus writes beside function.zip name runtimes Lambda still accepts: the native bootstrap
 * needs {@code provided.al2023} (the executable needs glibc 2.34; plain {@code provided} is Amazon Linux 1, retired).
 * Read after packaging, so an IT.
 */
class SamTemplatesIT {

    private static final Pattern RUNTIME = Pattern.compile("(?m)^\\s*Runtime:\\s*(\\S+)\\s*$");

    @Test
    void nativeTemplateUsesProvidedAl2023() throws IOException {
        assertEquals(List.of("provided.al2023"), runtimes("sam.native.yaml"));
    }

    @Test
    void jvmTemplateUsesAJavaRuntime() throws IOException {
        List<String> runtimes = runtimes("sam.jvm.yaml");
        assertEquals(1, runtimes.size(), "one function");
        assertTrue(runtimes.get(0).matches("java(17|21|25)"), runtimes.toString());
    }

    private static List<String> runtimes(String template) throws IOException {
        Matcher m = RUNTIME.matcher(Files.readString(Path.of("target", template)));
        return m.results().map(r -> r.group(1)).toList();
    }
}
