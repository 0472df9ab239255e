package dev.taskfit.generate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses who answers a generate request. {@code auto}: the LLM if one is configured, and the n-gram model when it
 * fails, flagged as a fallback with the reason; {@code llm}: the LLM or a 503/504 problem; {@code ngram}: the n-gram
 * model. Used by the generate endpoint, and by route and pipeline.
 */
@ApplicationScoped
public class GenerateService {

    private static final Logger LOG = Logger.getLogger(GenerateService.class);

    /** Who should answer. */
    public enum Choice {
        AUTO, LLM, NGRAM;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Choice> parse(String value) {
            return Arrays.stream(values()).filter(c -> c.id().equals(value)).findFirst();
        }
    }

    /** The generation, and whether the n-gram model stood in for a failed LLM (and why). */
    public record Outcome(GeneratorAnswer generation, boolean fallback, String fallbackReason) {
    }

    private final Generator llm;
    private final Generator ngram;
    private final boolean llmConfigured;

    @Inject
    public GenerateService(ConfiguredLlm llm, NgramFallbackGenerator ngram) {
        this(llm.generator(), ngram, llm.model() != null);
    }

    /** Over given generators, outside CDI: tests and benchmarks; an LLM generator given counts as configured. */
    public GenerateService(Generator llm, Generator ngram) {
        this(llm, ngram, true);
    }

    /** Over given generators, saying whether {@code llm} is a configured LLM or one that only fails with the reason. */
    public GenerateService(Generator llm, Generator ngram, boolean llmConfigured) {
        this.llm = llm;
        this.ngram = ngram;
        this.llmConfigured = llmConfigured;
    }

    /** Whether an LLM is configured; without one, {@code auto} is the n-gram model and {@code llm} a 503. */
    public boolean llmConfigured() {
        return llmConfigured;
    }

    /** The answer to checked options, as {@code /v1/generate} and route's generate step return it. */
    public GenerateResponse answer(GenerationOptions.Checked options) {
        return GenerateResponse.of(generate(options.spec(), options.choice()));
    }

    public Outcome generate(GenerationSpec request, Choice choice) {
        return switch (choice) {
            case NGRAM -> new Outcome(ngram.generate(request), false, null);
            case LLM -> {
                try {
                    yield new Outcome(llm.generate(request), false, null);
                } catch (LlmFailure e) {
                    LOG.warnf("generate: LLM requested and unavailable: %s", e.reason());
                    throw e.toProblem();
                }
            }
            case AUTO -> {
                try {
                    yield new Outcome(llm.generate(request), false, null);
                } catch (LlmFailure e) {
                    if (e.kind() == LlmFailure.Kind.NOT_CONFIGURED) {
                        yield new Outcome(ngram.generate(request), false, null);
                    }
                    LOG.warnf("generate: the n-gram model answers instead of the LLM: %s", e.reason());
                    yield new Outcome(ngram.generate(request), true, e.reason());
                }
            }
        };
    }
}
