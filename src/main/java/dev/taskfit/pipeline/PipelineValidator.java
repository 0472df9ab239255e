package dev.taskfit.pipeline;

import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.ProblemException;
import dev.taskfit.api.RequestLimits;
import dev.taskfit.classify.ModelRegistry;
import dev.taskfit.generate.GenerateService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Checks a pipeline request at the edge and fills in its defaults. Every mistake in the request's shape is one 400
 * naming all the fields; then a filter naming a model that is not loaded is a 404; a label the model does not have is
 * a 400 listing the model's labels. Shared by the pipeline endpoint and route's composite step.
 */
@ApplicationScoped
public class PipelineValidator {

    static final int DEFAULT_CANDIDATES = 8;
    static final int DEFAULT_MAX_TOKENS = 40;
    static final double DEFAULT_TEMPERATURE = 0.8;

    private final RequestLimits limits;
    private final PipelineConfig config;
    private final ModelRegistry registry;

    public PipelineValidator(RequestLimits limits, PipelineConfig config, ModelRegistry registry) {
        this.limits = limits;
        this.config = config;
        this.registry = registry;
    }

    /** The plan for a {@code POST /v1/pipeline} body. */
    public Plan check(PipelineRequest request) {
        return check(request, "", "prompt");
    }

    /**
     * The plan for a request whose fields sit under {@code prefix} (e.g. route's "options.") and whose prompt is the
     * field {@code promptField}; mistakes are problems naming those fields.
     */
    public Plan check(PipelineRequest request, String prefix, String promptField) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "a JSON object with a prompt and filters is required").throwIfAny();
        }
        checkText(errors, promptField, request.prompt(), true);
        checkText(errors, prefix + "system", request.system(), false);
        if (request.maxTokens() != null) {
            errors.check(request.maxTokens() >= 1, prefix + "maxTokens", "must be at least 1");
            errors.check(request.maxTokens() <= limits.maxTokens(), prefix + "maxTokens", "is " + request.maxTokens()
                    + "; the limit is " + limits.maxTokens() + " (taskfit.limits.max-tokens)");
        }
        if (request.temperature() != null) {
            double t = request.temperature();
            errors.check(t >= 0 && t <= 2, prefix + "temperature", "must be between 0 and 2");
        }
        GenerateService.Choice choice = GenerateService.Choice.AUTO;
        if (request.generator() != null) {
            choice = GenerateService.Choice.parse(request.generator()).orElse(null);
            errors.check(choice != null, prefix + "generator", "must be one of auto, llm, ngram");
        }
        int candidates = request.candidates() != null ? request.candidates() : DEFAULT_CANDIDATES;
        boolean candidatesValid = candidates >= 1 && candidates <= config.maxCandidates();
        errors.check(candidates >= 1, prefix + "candidates", "must be at least 1");
        errors.check(candidates <= config.maxCandidates(), prefix + "candidates", "is " + candidates
                + "; the limit is " + config.maxCandidates() + " (taskfit.pipeline.max-candidates)");
        int want = request.want() != null ? request.want() : candidates;
        errors.check(want >= 1, prefix + "want", "must be at least 1");
        errors.check(!candidatesValid || want <= candidates, prefix + "want",
                "is " + want + ", more than candidates (" + candidates + "): at most every candidate can be accepted");
        Duration deadline = config.deadline();
        if (request.deadlineMs() != null) {
            long ms = request.deadlineMs();
            errors.check(ms >= 1, prefix + "deadlineMs", "must be at least 1");
            errors.check(ms <= deadline.toMillis(), prefix + "deadlineMs", "is " + ms + "; a request may only lower the "
                    + "configured deadline of " + deadline.toMillis() + " ms (taskfit.pipeline.deadline)");
            deadline = Duration.ofMillis(ms);
        }
        List<Filter> filters = filters(request.filters(), prefix, errors);
        errors.throwIfAny();
        for (PipelineRequest.FilterSpec spec : request.filters()) {
            registry.require(spec.model()); // 404 naming the models there are
        }
        checkLabels(request.filters(), prefix);
        long seed = request.seed() != null ? request.seed() : ThreadLocalRandom.current().nextLong();
        return new Plan(request.prompt(), request.system(),
                request.maxTokens() != null ? request.maxTokens() : DEFAULT_MAX_TOKENS,
                request.temperature() != null ? request.temperature() : DEFAULT_TEMPERATURE,
                seed, choice, candidates, want, filters, deadline);
    }

    private List<Filter> filters(List<PipelineRequest.FilterSpec> specs, String prefix, FieldErrors errors) {
        String field = prefix + "filters";
        if (specs == null) {
            errors.add(field, "is required: at least one {\"model\", \"accept\" or \"reject\"}");
            return List.of();
        }
        errors.check(!specs.isEmpty(), field, "must hold at least one filter");
        if (specs.size() > config.maxFilters()) {
            errors.add(field, "holds " + specs.size() + " filters; the limit is " + config.maxFilters()
                    + " (taskfit.pipeline.max-filters)");
            return List.of();
        }
        List<Filter> filters = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String at = field + "[" + i + "]";
            PipelineRequest.FilterSpec spec = specs.get(i);
            if (spec == null) {
                errors.add(at, "must be an object with model and accept or reject");
                continue;
            }
            boolean ok = spec.model() != null && !spec.model().isBlank();
            errors.check(ok, at + ".model", spec.model() == null ? "is required" : "must not be empty");
            if (spec.accept() != null && spec.reject() != null) {
                errors.add(at, "give either accept or reject, not both");
                ok = false;
            } else if (spec.accept() == null && spec.reject() == null) {
                errors.add(at, "give accept (the labels to keep) or reject (the labels to drop)");
                ok = false;
            } else {
                ok &= labelsWellFormed(spec.accept() != null ? spec.accept() : spec.reject(),
                        at + (spec.accept() != null ? ".accept" : ".reject"), errors);
            }
            double min = spec.minConfidence() != null ? spec.minConfidence() : 0;
            if (!(min >= 0 && min <= 1)) {
                errors.add(at + ".minConfidence", "must be between 0 and 1");
                ok = false;
            }
            if (ok) {
                filters.add(new Filter(spec.model(), spec.accept() != null ? spec.accept() : spec.reject(),
                        spec.accept() != null, min));
            }
        }
        return filters;
    }

    private static boolean labelsWellFormed(List<String> labels, String field, FieldErrors errors) {
        if (labels.isEmpty()) {
            errors.add(field, "must hold at least one label");
            return false;
        }
        boolean ok = true;
        for (int j = 0; j < labels.size(); j++) {
            if (labels.get(j) == null || labels.get(j).isBlank()) {
                errors.add(field + "[" + j + "]", "must be a label");
                ok = false;
            }
        }
        return ok;
    }

    /** Each label must be one the filter's model gives: a 400 naming the model's labels. */
    private void checkLabels(List<PipelineRequest.FilterSpec> specs, String prefix) {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < specs.size(); i++) {
            PipelineRequest.FilterSpec spec = specs.get(i);
            List<String> known = registry.require(spec.model()).model().labels();
            boolean accepting = spec.accept() != null;
            List<String> labels = accepting ? spec.accept() : spec.reject();
            for (int j = 0; j < labels.size(); j++) {
                errors.check(known.contains(labels.get(j)),
                        prefix + "filters[" + i + "]." + (accepting ? "accept" : "reject") + "[" + j + "]",
                        "'" + labels.get(j) + "' is not a label of " + spec.model() + "; its labels are "
                                + String.join(", ", known));
            }
        }
        errors.throwIfAny();
    }

    private void checkText(FieldErrors errors, String field, String text, boolean required) {
        if (text == null) {
            errors.check(!required, field, "is required");
        } else if (text.isBlank()) {
            errors.add(field, required ? "must not be empty" : "must not be blank (leave it out instead)");
        } else if (text.length() > limits.maxPromptChars()) {
            errors.add(field, "is " + text.length() + " characters; the limit is " + limits.maxPromptChars()
                    + " (taskfit.limits.max-prompt-chars)");
        }
    }
}
