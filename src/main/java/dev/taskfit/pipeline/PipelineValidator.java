package dev.taskfit.pipeline;

import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.Problem;
import dev.taskfit.api.ProblemException;
import dev.taskfit.api.RequestLimits;
import dev.taskfit.classify.ModelRegistry;
import dev.taskfit.generate.GenerationOptions;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a pipeline request at the edge and fills in its defaults. Every mistake in the request's shape is one 400
 * naming all the fields; then a filter naming a model that is not loaded is a 404; a label the model does not have is
 * a 400 listing the model's labels. Shared by the pipeline endpoint and route's composite step.
 */
@ApplicationScoped
public class PipelineValidator {

    static final int DEFAULT_CANDIDATES = 8;
    static final int DEFAULT_MAX_TOKENS = 40;

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
        return check(request == null ? null : request.options(), "");
    }

    /**
     * The plan for a pipeline request; mistakes are problems naming the fields, each prefixed with {@code fieldPrefix}
     * (route passes its options as "options.").
     */
    public Plan check(PipelineOptions request, String fieldPrefix) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "a JSON object with a prompt and filters is required").throwIfAny();
        }
        // The generation options are checked exactly as /v1/generate checks them.
        GenerationOptions.Checked generation = null;
        try {
            generation = new GenerationOptions(request.prompt(), request.maxTokens(), request.temperature(),
                    request.seed(), request.system(), request.generator()).withDefaultMaxTokens(DEFAULT_MAX_TOKENS)
                    .check(limits, fieldPrefix);
        } catch (ProblemException e) {
            e.problem().errors().forEach(error -> errors.add(error.field(), error.message()));
        }
        int candidates = request.candidates() != null ? request.candidates() : DEFAULT_CANDIDATES;
        boolean candidatesValid = candidates >= 1 && candidates <= config.maxCandidates();
        errors.check(candidates >= 1, fieldPrefix + "candidates", "must be at least 1");
        if (candidates > config.maxCandidates()) {
            errors.overLimit(fieldPrefix + "candidates", "is " + candidates, config.maxCandidates(),
                    "taskfit.pipeline.max-candidates");
        }
        int want = request.want() != null ? request.want() : candidates;
        errors.check(want >= 1, fieldPrefix + "want", "must be at least 1");
        errors.check(!candidatesValid || want <= candidates, fieldPrefix + "want",
                "is " + want + ", more than candidates (" + candidates + "): at most every candidate can be accepted");
        Duration deadline = config.deadline();
        if (request.deadlineMs() != null) {
            long ms = request.deadlineMs();
            errors.check(ms >= 1, fieldPrefix + "deadlineMs", "must be at least 1");
            errors.check(ms <= deadline.toMillis(), fieldPrefix + "deadlineMs", "is " + ms + "; a request may only lower "
                    + "the configured deadline of " + deadline.toMillis() + " ms (taskfit.pipeline.deadline)");
            deadline = Duration.ofMillis(ms);
        }
        List<Filter> filters = filters(request.filters(), fieldPrefix, errors);
        errors.throwIfAny();
        for (FilterSpec spec : request.filters()) {
            registry.require(spec.model()); // 404 naming the models there are
        }
        checkLabels(request.filters(), fieldPrefix);
        return new Plan(generation.spec(), generation.choice(), candidates, want, filters, deadline);
    }

    private List<Filter> filters(List<FilterSpec> specs, String prefix, FieldErrors errors) {
        String field = prefix + "filters";
        if (specs == null) {
            errors.add(field, "is required: at least one {\"model\", \"accept\" or \"reject\"}");
            return List.of();
        }
        errors.check(!specs.isEmpty(), field, "must hold at least one filter");
        if (specs.size() > config.maxFilters()) {
            errors.overLimit(field, "holds " + specs.size() + " filters", config.maxFilters(), "taskfit.pipeline.max-filters");
            return List.of();
        }
        List<Filter> filters = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String at = field + "[" + i + "]";
            FilterSpec spec = specs.get(i);
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
    private void checkLabels(List<FilterSpec> specs, String prefix) {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < specs.size(); i++) {
            FilterSpec spec = specs.get(i);
            List<String> known = registry.require(spec.model()).model().labels();
            boolean accepting = spec.accept() != null;
            List<String> labels = accepting ? spec.accept() : spec.reject();
            for (int j = 0; j < labels.size(); j++) {
                errors.check(known.contains(labels.get(j)),
                        prefix + "filters[" + i + "]." + (accepting ? "accept" : "reject") + "[" + j + "]",
                        Problem.excerpt(labels.get(j)) + " is not a label of " + spec.model() + "; its labels are "
                                + String.join(", ", known));
            }
        }
        errors.throwIfAny();
    }
}
