package dev.taskfit.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.api.ProblemException;
import dev.taskfit.api.ServedFunction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The classifiers this function serves, loaded once per container (at start-up, or on first use where the served
 * function does not classify, see {@link ServedFunction}): the shipped models listed in {@code models/index.txt} on
 * the classpath, then every {@code *.tfc} file in {@code taskfit.classify.models-dir} (a user's model may replace a
 * shipped one of the same name).
 */
@ApplicationScoped
public class ModelRegistry {

    private static final Logger LOG = Logger.getLogger(ModelRegistry.class);

    /** A loaded model, its card, and where it came from ("shipped" or the file it was read from). */
    public record LoadedModel(LinearClassifier model, ModelCard card, String origin) {
    }

    private final ObjectMapper json;
    private final Optional<Path> modelsDir;
    private final boolean loadsAtStart;
    private volatile Map<String, LoadedModel> models = Map.of();
    private volatile boolean ready;

    /** Outside CDI (benchmarks): loads on {@link #load()} or first use. */
    public ModelRegistry(ObjectMapper json, Optional<Path> modelsDir) {
        this(json, modelsDir, new ServedFunction("all"));
    }

    @Inject
    public ModelRegistry(ObjectMapper json, @ConfigProperty(name = "taskfit.classify.models-dir") Optional<Path> modelsDir,
            ServedFunction served) {
        this.json = json;
        this.modelsDir = modelsDir;
        this.loadsAtStart = served.loadsAtStart(ServedFunction.Model.CLASSIFIERS);
    }

    void onStart(@Observes StartupEvent event) {
        if (loadsAtStart) {
            loadOnce();
        }
    }

    /** Loads every model (at start-up; outside CDI, benchmarks call it); ready only once this has finished. */
    public synchronized void load() {
        long start = System.nanoTime();
        Map<String, LoadedModel> loaded = new LinkedHashMap<>();
        for (Map.Entry<String, ClassifierFile.Stored> shipped : Shipped.MODELS.entrySet()) {
            try {
                loaded.put(shipped.getKey(), toLoaded(shipped.getValue(), "shipped"));
            } catch (IOException e) {
                throw new UncheckedIOException("shipped model " + shipped.getKey() + " has an unreadable card", e);
            }
        }
        modelsDir.ifPresent(dir -> loadDirectory(dir, loaded));
        models = Collections.unmodifiableMap(loaded);
        ready = true;
        LOG.infof("loaded %d classifiers %s in %.1f ms", loaded.size(), loaded.keySet(), (System.nanoTime() - start) / 1e6);
    }

    /** Reads the shipped models, once per container; {@link #load()} then finds them read. */
    public static void readShipped() {
        Shipped.MODELS.size();
    }

    private void loadDirectory(Path dir, Map<String, LoadedModel> loaded) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tfc")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    LoadedModel model = toLoaded(ClassifierFile.read(in), file.getFileName().toString());
                    loaded.put(model.card().name(), model);
                } catch (IOException | RuntimeException e) {
                    LOG.errorf("skipping model file %s: %s", file.getFileName(), e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.errorf("cannot list taskfit.classify.models-dir %s: %s", dir, e.getMessage());
        }
    }

    private LoadedModel toLoaded(ClassifierFile.Stored stored, String origin) throws IOException {
        return new LoadedModel(stored.model(), json.readValue(stored.cardJson(), ModelCard.class), origin);
    }

    /**
     * The shipped models, read when this class initialises: on the JVM at start-up; in the native executable while
     * the image is built (Quarkus initialises application classes at build time), so they sit ready in the image
     * heap and a cold start reads nothing.
     */
    private static final class Shipped {
        static final Map<String, ClassifierFile.Stored> MODELS = read();

        private static Map<String, ClassifierFile.Stored> read() {
            Map<String, ClassifierFile.Stored> models = new LinkedHashMap<>();
            for (String name : shippedNames()) {
                try (InputStream in = resource("models/" + name + ".tfc")) {
                    models.put(name, ClassifierFile.read(in));
                } catch (IOException e) {
                    throw new UncheckedIOException("shipped model " + name + " cannot be read", e);
                }
            }
            return Collections.unmodifiableMap(models);
        }

        /** In index order, so every container lists the models alike. */
        private static List<String> shippedNames() {
            try (InputStream in = resource("models/index.txt")) {
                String index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return index.lines().map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("models/index.txt is missing: the build trains the shipped models", e);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = Shipped.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException("no classpath resource " + name);
            }
            return in;
        }
    }

    /** Loaded, or loading on first use (this function does not classify at start-up). */
    public boolean isReady() {
        return ready || !loadsAtStart;
    }

    public boolean isLoaded() {
        return ready;
    }

    /** All models, in load order; loads them on first use. */
    public Map<String, LoadedModel> all() {
        if (!ready) {
            loadOnce();
        }
        return models;
    }

    /** The named model, or a 404 problem naming the ones there are. */
    public LoadedModel require(String name) {
        Map<String, LoadedModel> all = all();
        LoadedModel model = all.get(name);
        if (model == null) {
            throw ProblemException.unknownModel(name, all.keySet());
        }
        return model;
    }

    private synchronized void loadOnce() {
        if (!ready) {
            load();
        }
    }
}
