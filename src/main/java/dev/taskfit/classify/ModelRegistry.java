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
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The classifiers this function serves, loaded once per container (at start-up, or on first use where the served
 * function does not classify, see {@link ServedFunction}): the shipped models listed in {@code models/index.txt} on
 * the classpath, then every {@code *.tfc} file in {@code taskfit.classify.models-dir} (a user's model may replace a
 * shipped one of the same name). Where {@code taskfit.classify.rescan} is on (dev mode), the directory is
 * listed again on each use and read again when a file in it changed, so a model written there by any means is served
 * without a restart.
 */
@ApplicationScoped
public class ModelRegistry {

    private static final Logger LOG = Logger.getLogger(ModelRegistry.class);

    /**
     * A loaded model, its card, where it came from ("shipped" or the file it was read from) and its version: the
     * first 12 hex digits of the SHA-256 of its file, so that {@code sha256sum} tells which file answered.
     */
    public record LoadedModel(LinearClassifier model, ModelCard card, String origin, String version) {

        public boolean isShipped() {
            return SHIPPED.equals(origin);
        }
    }

    /** The origin of a model that came with the application. */
    public static final String SHIPPED = "shipped";

    /** Characters of the hex SHA-256 that name a model version. */
    static final int VERSION_CHARS = 12;

    private final ObjectMapper json;
    private final Optional<Path> modelsDir;
    private final boolean loadsAtStart;
    private final boolean rescan;
    private volatile Map<String, LoadedModel> models = Map.of();
    private volatile List<String> directoryState = List.of();
    private volatile boolean ready;

    /** Outside CDI (benchmarks): loads on {@link #load()} or first use. */
    public ModelRegistry(ObjectMapper json, Optional<Path> modelsDir) {
        this(json, modelsDir, new ServedFunction("all"), false);
    }

    @Inject
    public ModelRegistry(ObjectMapper json, @ConfigProperty(name = "taskfit.classify.models-dir") Optional<Path> modelsDir,
            ServedFunction served, @ConfigProperty(name = "taskfit.classify.rescan") boolean rescan) {
        this.json = json;
        this.modelsDir = modelsDir;
        this.loadsAtStart = served.loadsAtStart(ServedFunction.Model.CLASSIFIERS);
        this.rescan = rescan;
    }

    /** The directory custom models are read from, if one is configured. */
    public Optional<Path> modelsDir() {
        return modelsDir;
    }

    void onStart(@Observes StartupEvent event) {
        if (loadsAtStart) {
            loadOnce();
        }
    }

    /** Loads every model (at start-up; again after the models directory changed; outside CDI, benchmarks call it); ready only once this has finished. */
    public synchronized void load() {
        long start = System.nanoTime();
        Map<String, LoadedModel> loaded = new LinkedHashMap<>();
        for (Map.Entry<String, Shipped.Versioned> shipped : Shipped.MODELS.entrySet()) {
            try {
                loaded.put(shipped.getKey(), toLoaded(shipped.getValue().stored(), SHIPPED, shipped.getValue().version()));
            } catch (IOException e) {
                throw new UncheckedIOException("shipped model " + shipped.getKey() + " has an unreadable card", e);
            }
        }
        directoryState = modelsDir.map(ModelRegistry::stateOf).orElse(List.of());
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
        if (!Files.isDirectory(dir)) {
            LOG.infof("taskfit.classify.models-dir %s does not exist (yet): no custom models", dir);
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(ModelRegistry::isModelFile).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    MessageDigest digest = sha256();
                    ClassifierFile.Stored stored = ClassifierFile.read(new DigestInputStream(in, digest));
                    LoadedModel model = toLoaded(stored, file.getFileName().toString(), version(digest));
                    loaded.put(model.card().name(), model);
                } catch (IOException | RuntimeException e) {
                    LOG.errorf("skipping model file %s: %s", file.getFileName(), e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.errorf("cannot list taskfit.classify.models-dir %s: %s", dir, e.getMessage());
        }
    }

    private static boolean isModelFile(Path file) {
        return file.getFileName().toString().endsWith(".tfc") && Files.isRegularFile(file);
    }

    /** Name, size and modification time of every model file: what tells a re-scan that something changed. */
    private static List<String> stateOf(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(ModelRegistry::isModelFile).sorted().map(file -> {
                try {
                    return file.getFileName() + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
                } catch (IOException e) {
                    return file.getFileName() + ":gone";
                }
            }).toList();
        } catch (IOException e) {
            return List.of("unlistable");
        }
    }

    private LoadedModel toLoaded(ClassifierFile.Stored stored, String origin, String version) throws IOException {
        return new LoadedModel(stored.model(), json.readValue(stored.cardJson(), ModelCard.class), origin, version);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A model version from the digest of its whole file. */
    static String version(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest()).substring(0, VERSION_CHARS);
    }

    /**
     * The shipped models, read when this class initialises: on the JVM at start-up; in the native executable while
     * the image is built (Quarkus initialises application classes at build time), so they sit ready in the image
     * heap and a cold start reads nothing.
     */
    private static final class Shipped {
        static final Map<String, Versioned> MODELS = read();

        /** A shipped model and its version. */
        record Versioned(ClassifierFile.Stored stored, String version) {
        }

        private static Map<String, Versioned> read() {
            Map<String, Versioned> models = new LinkedHashMap<>();
            for (String name : shippedNames()) {
                String file = "models/" + name + ".tfc";
                String known = knownVersion(file);
                MessageDigest digest = sha256();
                try (InputStream in = resource(file)) {
                    ClassifierFile.Stored stored = ClassifierFile.read(known != null ? in : new DigestInputStream(in, digest));
                    models.put(name, new Versioned(stored, known != null ? known : version(digest)));
                } catch (IOException e) {
                    throw new UncheckedIOException("shipped model " + name + " cannot be read", e);
                }
            }
            return Collections.unmodifiableMap(models);
        }

        /**
         * The SHA-256 the build wrote beside the model ({@code .sha256}), so that a JVM cold start need not hash
         * megabytes of weights; null where it is missing (the file is then hashed as it is read).
         */
        private static String knownVersion(String file) {
            try (InputStream in = Shipped.class.getClassLoader().getResourceAsStream(file + ".sha256")) {
                if (in == null) {
                    return null;
                }
                String hex = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
                return hex.matches("[0-9a-f]{64}") ? hex.substring(0, VERSION_CHARS) : null;
            } catch (IOException e) {
                return null;
            }
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

    /** All models, in load order; loads them on first use (and, with rescan on, again when the directory changed). */
    public Map<String, LoadedModel> all() {
        if (!ready) {
            loadOnce();
        } else if (rescan && modelsDir.isPresent() && !stateOf(modelsDir.get()).equals(directoryState)) {
            load();
        }
        return models;
    }

    /** Whether {@code name} is one of the models that ship with the application (whatever overrides it). */
    public boolean isShippedName(String name) {
        return Shipped.MODELS.containsKey(name);
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
