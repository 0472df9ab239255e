package dev.taskfit.train;

import dev.taskfit.api.DaemonThreads;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.ProblemException;
import dev.taskfit.api.RequestLimits;
import dev.taskfit.classify.ClassifierFile;
import dev.taskfit.classify.DatasetSplit;
import dev.taskfit.classify.InputFormat;
import dev.taskfit.classify.LabelledExample;
import dev.taskfit.classify.ModelCard;
import dev.taskfit.classify.ModelListing;
import dev.taskfit.classify.ModelRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Trains and removes custom classifiers in {@code taskfit.classify.models-dir}, with the same recipe as the train
 * command ({@link ClassifierBuilder}, {@link ClassifierBuilder.SearchSpace#forUserData}). Every check runs before training
 * starts, and a model file appears whole (written beside, then moved into place) or not at all.
 */
@ApplicationScoped
public class CustomModels {

    private static final Logger LOG = Logger.getLogger(CustomModels.class);
    /** The same rule as the train command's --name: safe as a file name and in a URL. */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final int MAX_LABEL_CHARS = 100;

    private final ModelRegistry registry;
    private final TrainingLimits limits;
    private final RequestLimits requestLimits;
    private final ObjectMapper json;
    private final Semaphore oneAtATime = new Semaphore(1); // training takes every core; a second run would only wait

    public CustomModels(ModelRegistry registry, TrainingLimits limits, RequestLimits requestLimits, ObjectMapper json) {
        this.registry = registry;
        this.limits = limits;
        this.requestLimits = requestLimits;
        this.json = json;
    }

    /** Checks, trains, writes and loads the model; answers its card as {@code GET /v1/models} lists it. */
    public ModelListing train(String name, String description, List<TrainModelRequest.Example> rows) {
        Path dir = writableDirectory();
        List<LabelledExample> examples = validate(name, rows);
        if (registry.isShippedName(name)) {
            throw new ProblemException(409, "shipped-model", "Shipped model", "'" + name + "' ships with taskfit and "
                    + "cannot be replaced over HTTP; choose another name");
        }
        if (!oneAtATime.tryAcquire()) {
            throw new ProblemException(429, "training-busy", "Another model is training",
                    "this instance trains one model at a time; retry when the current run has finished");
        }
        try {
            ClassifierBuilder.Built built = trainWithin(name, description, examples);
            write(dir, name, built);
        } finally {
            oneAtATime.release();
        }
        registry.load(); // the directory changed: read it again
        return ModelListing.of(registry.require(name));
    }

    /** Removes a custom model's file; a shipped model is never removed. */
    public void delete(String name) {
        Path dir = writableDirectory();
        ModelRegistry.LoadedModel model = registry.require(name);
        if (model.isShipped()) {
            throw new ProblemException(409, "shipped-model", "Shipped model",
                    "'" + name + "' ships with taskfit and cannot be removed; only models in taskfit.classify.models-dir can");
        }
        try {
            Files.deleteIfExists(dir.resolve(model.origin()));
        } catch (IOException e) {
            throw readOnly(dir, e.getMessage());
        }
        registry.load(); // the directory changed: read it again
    }

    private Path writableDirectory() {
        Path dir = registry.modelsDir().orElseThrow(() -> new ProblemException(403, "read-only-models",
                "Models are read-only here", "training and removing models over HTTP needs a writable "
                + "taskfit.classify.models-dir, and none is set on this deployment; train with the command-line tool "
                + "and ship the model (e.g. as the Terraform module's models layer)"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw readOnly(dir, e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            throw readOnly(dir, "not writable");
        }
        return dir;
    }

    private static ProblemException readOnly(Path dir, String why) {
        return new ProblemException(403, "read-only-models", "Models are read-only here",
                "taskfit.classify.models-dir (" + dir.getFileName() + ") cannot be written: " + why
                        + "; on Lambda the models layer is read-only: train with the command-line tool and redeploy");
    }

    /** Every reason not to train, all at once, as a 4xx problem; the examples as the trainer takes them. */
    private List<LabelledExample> validate(String name, List<TrainModelRequest.Example> rows) {
        FieldErrors errors = new FieldErrors();
        if (name == null || !NAME.matcher(name).matches()) {
            errors.add("name", "is required: 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit");
        }
        if (rows == null || rows.isEmpty()) {
            errors.add("examples", "must hold labelled examples").throwIfAny();
        }
        if (rows.size() > limits.maxExamples()) {
            errors.overLimit("examples", "holds " + rows.size() + " examples", limits.maxExamples(),
                    "taskfit.classify.training.max-examples").throwIfAny();
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        Map<String, int[]> perLabel = new TreeMap<>();
        for (int i = 0; i < rows.size() && errors.isEmpty(); i++) { // the first bad row is named, not thousands
            TrainModelRequest.Example row = rows.get(i);
            String at = "examples[" + i + "]";
            if (row == null) {
                errors.add(at, "must be an object with text and label");
                continue;
            }
            if (row.text() == null || row.text().isBlank()) {
                errors.add(at + ".text", "must not be empty");
            } else if (row.text().length() > requestLimits.maxTextChars()) {
                errors.tooLong(at + ".text", row.text(), requestLimits.maxTextChars(), "taskfit.limits.max-text-chars");
            }
            if (row.label() == null || row.label().isBlank()) {
                errors.add(at + ".label", "must not be empty");
            } else if (row.label().length() > MAX_LABEL_CHARS) {
                errors.add(at + ".label", "is longer than " + MAX_LABEL_CHARS + " characters");
            }
            if (row.text() == null || row.label() == null) {
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(row.text(), i);
            if (earlier != null && !rows.get(earlier).label().strip().equals(row.label().strip())) {
                errors.add(at, "has the same text as examples[" + earlier + "] under another label ('"
                        + rows.get(earlier).label().strip() + "' vs '" + row.label().strip() + "'): one text, one label");
            }
            int[] counts = perLabel.computeIfAbsent(row.label().strip(), label -> new int[2]);
            counts[0]++;
            counts[1] += DatasetSplit.of(InputFormat.PLAIN.splitKey(row.text())) == DatasetSplit.TRAIN ? 1 : 0;
        }
        errors.throwIfAny();
        if (perLabel.size() < 2) {
            errors.add("examples", "need at least two distinct labels, found " + perLabel.keySet());
        } else if (perLabel.size() > limits.maxLabels()) {
            errors.overLimit("examples", "hold " + perLabel.size() + " labels", limits.maxLabels(),
                    "taskfit.classify.training.max-labels");
        }
        perLabel.forEach((label, counts) -> {
            if (counts[0] < limits.minExamplesPerLabel()) {
                errors.add("examples", "label '" + label + "' has " + counts[0] + " examples; each label needs at least "
                        + limits.minExamplesPerLabel() + " (taskfit.classify.training.min-examples-per-label) so that "
                        + "train, validation and test parts all see it");
            } else if (counts[1] == 0) {
                errors.add("examples", "label '" + label + "' has no example in the training part of the split "
                        + "(" + InputFormat.PLAIN.splitRule() + "); add more examples of it");
            }
        });
        errors.throwIfAny();
        return rows.stream().map(row -> new LabelledExample(row.text(), row.label().strip())).distinct().toList();
    }

    private ClassifierBuilder.Built trainWithin(String name, String description, List<LabelledExample> examples) {
        ModelCard.Dataset dataset = new ModelCard.Dataset("POST /v1/models", "request body", sha256(examples),
                examples.size(), 0);
        String about = description == null || description.isBlank() ? "Trained over HTTP from " + examples.size()
                + " examples" : description.strip();
        ExecutorService runner = Executors.newSingleThreadExecutor(DaemonThreads.named("taskfit-train-" + name));
        try {
            Future<ClassifierBuilder.Built> run = runner.submit(() -> new ClassifierBuilder(new PrintStream(OutputStream.nullOutputStream()))
                    .build(name, about, examples, InputFormat.PLAIN, ClassifierBuilder.SearchSpace.forUserData(42),
                            dataset, dataset.sha256()));
            long start = System.nanoTime();
            ClassifierBuilder.Built built = run.get(limits.maxTime().toMillis(), TimeUnit.MILLISECONDS);
            LOG.infof("trained %s on %d examples in %.1f s", name, examples.size(), (System.nanoTime() - start) / 1e9);
            return built;
        } catch (TimeoutException e) {
            throw new ProblemException(422, "training-time-limit", "Training took too long",
                    "training '" + name + "' on " + examples.size() + " examples did not finish within "
                            + limits.maxTime().toSeconds() + " s (taskfit.classify.training.max-time); nothing was "
                            + "written: send fewer examples, or train with the command-line tool");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training " + name + " failed", e.getCause());
        } finally {
            runner.shutdownNow(); // a run past its time stops at its next search step; its result is dropped
        }
    }

    private void write(Path dir, String name, ClassifierBuilder.Built built) {
        Path target = dir.resolve(name + ".tfc");
        Path part = null;
        try {
            part = Files.createTempFile(dir, name, ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                ClassifierFile.write(built.model(), json.writeValueAsString(built.card()), out);
            }
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw readOnly(dir, e.getMessage());
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // the move took it, or the directory went away: nothing left to clean
                }
            }
        }
    }

    /** A digest of the examples as trained on, for the card's dataset entry. */
    private static String sha256(List<LabelledExample> examples) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (LabelledExample example : examples) {
                digest.update(example.label().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(example.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
