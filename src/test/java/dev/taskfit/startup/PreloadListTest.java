package dev.taskfit.startup;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class list the JVM function preloads still names classes that exist (it goes stale with a dependency upgrade:
 * re-run infra/bench/preload-list.sh), and Quarkus is told to start the preloader.
 */
class PreloadListTest {

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = PreloadListTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
    }

    @Test
    void everyListedClassExists() throws IOException {
        List<String> names = lines(ClassPreloader.LIST);
        assertTrue(names.size() > 1000, "a cold start loads thousands of library classes, the list has " + names.size());
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            try {
                Class.forName(name, false, getClass().getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "stale entries in " + ClassPreloader.LIST + ": re-run infra/bench/preload-list.sh");
        assertTrue(names.stream().noneMatch(name -> name.startsWith("dev.taskfit.")), "application classes are left out");
    }

    @Test
    void preloadingLinksTheList() throws IOException {
        int listed = lines(ClassPreloader.LIST).size();
        int linked = ClassPreloader.preload(getClass().getClassLoader());
        // A handful name absent optional dependencies (Kotlin metadata, netty-tcnative) in their method signatures:
        // they load, as at a real cold start, but cannot be linked by reflection ahead of time.
        assertTrue(linked <= listed && listed - linked <= 10, linked + " of " + listed + " linked");
    }

    @Test
    void quarkusInitialisesThePreloaderEarly() throws IOException {
        assertEquals(List.of(ClassPreloader.class.getName()), lines("META-INF/quarkus-preload-classes.txt"));
    }
}
