package dev.taskfit.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.taskfit.advise.AdvisorModel;
import dev.taskfit.classify.ClassifierFile;
import dev.taskfit.generate.ngram.NgramModelFile;
import dev.taskfit.generate.ngram.NgramTraining;
import dev.taskfit.classify.LabelledExample;
import dev.taskfit.classify.ModelCard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (Maven {@code process-classes}): trains every shipped classifier from {@code src/data/} into
 * {@code target/classes/models/}, then the advisor ({@link AdvisorTraining}). A model whose data, recipe and training code are unchanged is not retrained:
 * the fingerprint of all three is stored in its card and compared first.
 *
 * <p>Usage: {@code ShippedModelsBuild <data dir> <models dir>}
 */
public final class ShippedModelsBuild {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ShippedModelsBuild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ShippedModelsBuild <data dir> <models dir>");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]), modelsDir = Path.of(args[1]);
        Files.createDirectories(modelsDir);
        List<String> names = new ArrayList<>();
        for (ShippedClassifier shipped : ShippedClassifier.values()) {
            build(shipped, dataDir, modelsDir);
            names.add(shipped.modelName);
        }
        buildAdvisor(dataDir, modelsDir);
        names.add(AdvisorModel.NAME);
        Files.writeString(modelsDir.resolve("index.txt"), String.join("\n", names) + "\n");
        for (String name : names) { // read by the JVM at start-up instead of hashing the weights (the model's version)
            Path model = modelsDir.resolve(name + ".tfc");
            Files.writeString(model.resolveSibling(name + ".tfc.sha256"), sha256(List.of(model)) + "\n");
        }
        buildNgram(dataDir, modelsDir);
    }

    /** The generate function's n-gram language model, retrained only when its corpora or code changed. */
    private static void buildNgram(Path dataDir, Path modelsDir) throws Exception {
        List<Path> corpora = List.of(dataDir.resolve("sotu.jsonl.gz"), dataDir.resolve("moby-dick.jsonl.gz"));
        Path target = modelsDir.resolve(NgramModelFile.SHIPPED_RESOURCE.substring("models/".length()));
        Path stamp = target.resolveSibling(target.getFileName() + ".fingerprint");
        String fingerprint = fingerprint(corpora, "ngram", List.of("dev/taskfit/generate/ngram"));
        if (Files.exists(target) && Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.printf("ngram: up to date (fingerprint %s), not retrained%n", fingerprint.substring(0, 12));
            return;
        }
        Files.createDirectories(target.getParent());
        long start = System.nanoTime();
        NgramTraining.trainShipped(dataDir, target);
        Files.writeString(stamp, fingerprint);
        System.out.printf("ngram: trained in %.1f s -> %s (%d KB)%n", (System.nanoTime() - start) / 1e9, target,
                Files.size(target) / 1024);
    }

    /** The advisor: its classifier and combination rule, retrained when its data, recipe or code change. */
    private static void buildAdvisor(Path dataDir, Path modelsDir) throws Exception {
        String fingerprint = fingerprint(AdvisorTraining.tasksFiles(dataDir), AdvisorTraining.recipe(),
                List.of("dev/taskfit/classify", "dev/taskfit/train", "dev/taskfit/advise", "advise"));
        Path target = modelsDir.resolve(AdvisorModel.NAME + ".tfc");
        if (Files.exists(target) && Files.exists(modelsDir.resolve(AdvisorModel.RULE_FILE))
                && fingerprint.equals(storedFingerprint(target))) {
            System.out.printf("%s: up to date (fingerprint %s), not retrained%n", AdvisorModel.NAME, fingerprint.substring(0, 12));
            return;
        }
        long start = System.nanoTime();
        AdvisorTraining.build(dataDir, modelsDir, fingerprint, System.out);
        System.out.printf("%s: trained in %.1f s -> %s (%d KB)%n", AdvisorModel.NAME,
                (System.nanoTime() - start) / 1e9, target, Files.size(target) / 1024);
    }

    private static void build(ShippedClassifier shipped, Path dataDir, Path modelsDir) throws Exception {
        List<Path> files = dataFiles(dataDir, shipped.dataPrefix);
        String fingerprint = fingerprint(files, shipped.name() + shipped.format + shipped.searchSpace + shipped.description,
                List.of("dev/taskfit/classify", "dev/taskfit/train"));
        Path target = modelsDir.resolve(shipped.modelName + ".tfc");
        if (Files.exists(target) && fingerprint.equals(storedFingerprint(target))) {
            System.out.printf("%s: up to date (fingerprint %s), not retrained%n", shipped.modelName, fingerprint.substring(0, 12));
            return;
        }
        long start = System.nanoTime();
        List<LabelledExample> examples = new ArrayList<>();
        int skipped = 0;
        for (Path file : files) {
            LabelledFileReader.Loaded loaded = LabelledFileReader.read(file);
            examples.addAll(loaded.examples());
            skipped += loaded.skipped();
        }
        ModelCard.Dataset dataset = new ModelCard.Dataset(shipped.source,
                String.join(",", files.stream().map(f -> "src/data/" + f.getFileName()).toList()),
                sha256(files), examples.size(), skipped);
        ClassifierBuilder.Built built = new ClassifierBuilder(System.out).build(shipped.modelName, shipped.description,
                examples, shipped.format, shipped.searchSpace, dataset, fingerprint);
        Path temporary = Files.createTempFile(modelsDir, shipped.modelName, ".part");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            ClassifierFile.write(built.model(), JSON.writeValueAsString(built.card()), out);
        }
        Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("%s: trained in %.1f s -> %s (%d KB)%n", shipped.modelName,
                (System.nanoTime() - start) / 1e9, target, Files.size(target) / 1024);
    }

    /** {@code <prefix>.jsonl.gz}, or its shards {@code <prefix>-1.jsonl.gz ...} in order. */
    static List<Path> dataFiles(Path dataDir, String prefix) throws IOException {
        Path single = dataDir.resolve(prefix + ".jsonl.gz");
        if (Files.exists(single)) {
            return List.of(single);
        }
        try (Stream<Path> listing = Files.list(dataDir)) {
            List<Path> shards = listing
                    .filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(prefix) + "-\\d+\\.jsonl\\.gz"))
                    .sorted(java.util.Comparator.comparingInt(p -> shardNumber(p.getFileName().toString())))
                    .toList();
            if (shards.isEmpty()) {
                throw new IOException("no data for " + prefix + " in " + dataDir);
            }
            return shards;
        }
    }

    private static int shardNumber(String fileName) {
        return Integer.parseInt(fileName.replaceAll(".*-(\\d+)\\.jsonl\\.gz", "$1"));
    }

    private static String storedFingerprint(Path model) {
        try (InputStream in = Files.newInputStream(model)) {
            return JSON.readValue(ClassifierFile.read(in).cardJson(), ModelCard.class).fingerprint();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static final String CLI = "dev/taskfit/train/cli";

    /** Hash of the data, the recipe, and the compiled classes of the packages that train and run the model. */
    private static String fingerprint(List<Path> files, String recipe, List<String> packages)
            throws IOException, URISyntaxException {
        MessageDigest digest = sha256Digest();
        for (Path file : files) {
            digest.update(Files.readAllBytes(file));
        }
        digest.update(recipe.getBytes(StandardCharsets.UTF_8));
        Path classes = Path.of(ShippedModelsBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String pkg : packages) {
            Path dir = classes.resolve(pkg);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    // the command-line tool (train/cli) only calls the recipe: changing it retrains nothing
                    for (Path classFile : walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(classes.resolve(CLI)))
                            .sorted().toList()) {
                        digest.update(classFile.toString().getBytes(StandardCharsets.UTF_8));
                        digest.update(Files.readAllBytes(classFile));
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(List<Path> files) throws IOException {
        MessageDigest digest = sha256Digest();
        for (Path file : files) {
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
