package dev.taskfit.generate;

import dev.taskfit.api.ProblemException;
import dev.taskfit.generate.ngram.GeneratedText;
import dev.taskfit.generate.ngram.KneserNeyModel;
import dev.taskfit.generate.ngram.NgramTextGenerator;
import dev.taskfit.generate.ngram.SamplingOptions;
import dev.taskfit.api.ServedFunction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The n-gram adapter: the English model shipped inside the function, loaded once per container (at start-up, or on
 * first use where the served function does not generate, see {@link ServedFunction}).
 */
@ApplicationScoped
public class NgramFallbackGenerator implements Generator {

    private static final Logger LOG = Logger.getLogger(NgramFallbackGenerator.class);

    private final boolean loadsAtStart;
    private volatile boolean attempted;
    private volatile NgramTextGenerator model;
    private volatile String modelId;

    @Inject
    public NgramFallbackGenerator(ServedFunction served) {
        loadsAtStart = served.loadsAtStart(ServedFunction.Model.NGRAM);
    }

    /** Over a given model, outside CDI: tests and benchmarks. */
    public NgramFallbackGenerator(NgramTextGenerator model) {
        loadsAtStart = true;
        attempted = true;
        use(model);
    }

    void onStart(@Observes StartupEvent event) {
        if (loadsAtStart) {
            load();
        }
    }

    /**
     * Loads the shipped model, once; on failure generate answers 503 and readiness is DOWN, the rest still serves.
     */
    synchronized void load() {
        if (attempted) {
            return;
        }
        attempted = true;
        long start = System.nanoTime();
        try {
            use(NgramTextGenerator.shipped());
            KneserNeyModel m = model.model();
            LOG.infof("loaded n-gram model %s (order %d, %,d words, %.1f MB in heap) in %.1f ms", modelId, m.order(),
                    m.vocabulary().size(), m.sizeInBytes() / 1e6, (System.nanoTime() - start) / 1e6);
        } catch (RuntimeException | LinkageError e) {
            LOG.errorf(e, "the shipped n-gram model could not be loaded; /v1/generate cannot fall back");
        }
    }

    private void use(NgramTextGenerator generator) {
        modelId = GeneratorAnswer.NGRAM + ":" + generator.model().provenance().name();
        model = generator;
    }

    /** Loaded, or loading on first use (this function does not generate at start-up). */
    public boolean isReady() {
        return model != null || !attempted && !loadsAtStart;
    }

    /** "ngram:english", or null before the model is loaded. */
    public String modelId() {
        return modelId;
    }

    @Override
    public GeneratorAnswer generate(GenerationSpec request) {
        if (model == null) {
            load(); // waits while another request loads it
        }
        NgramTextGenerator generator = model;
        if (generator == null) {
            throw new ProblemException(503, "ngram-unavailable", "n-gram model unavailable",
                    "the shipped n-gram model is not loaded; see the function's log");
        }
        GeneratedText text = generator.generate(request.prompt(), SamplingOptions.defaults()
                .withMaxTokens(request.maxTokens())
                .withTemperature(request.temperature())
                .withSeed(request.seed()));
        return new GeneratorAnswer(text.text(), GeneratorAnswer.NGRAM, modelId, text.promptTokens(), text.generatedTokens());
    }
}
