package dev.taskfit.route;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskfit.advise.Cue;
import dev.taskfit.advise.Family;
import dev.taskfit.advise.Recommendation;
import dev.taskfit.advise.TaskFilter;
import dev.taskfit.api.FieldErrors;
import dev.taskfit.api.ProblemException;
import dev.taskfit.api.RequestLimits;
import dev.taskfit.classify.ModelRegistry;
import dev.taskfit.pipeline.FilterSpec;
import dev.taskfit.pipeline.PipelineOptions;
import dev.taskfit.pipeline.PipelineResponse;
import dev.taskfit.pipeline.PipelineRunner;
import dev.taskfit.pipeline.PipelineValidator;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Route's composite step: runs the generate-then-filter pipeline with {@code input} as the prompt, {@code options} as
 * its other fields, and, unless the options give filters, a default filter the task points to: {@code spam} dropping
 * what it calls spam, or {@code sentiment} keeping what it calls positive (negative when the task asks for that).
 */
@ApplicationScoped
public class PipelineStep implements RouteTarget {

    /** Replies to complaints are kept when they read positive, though the task names no sentiment word. */
    private static final Pattern COMPLAINT = Pattern.compile(
            "(?i)\\b(?:complain(?:t|ts|s|ed|ing)?|polite(?:ly)?|friendly|courteous|apolog(?:y|ies|ise|ize|etic))\\b");

    /** The pipeline's output, with the filters it ran and why those. */
    @RegisterForReflection
    public record FilteredCandidates(List<FilterSpec> filters, String filtersChosenBecause,
                                     @JsonUnwrapped PipelineResponse pipeline) implements RouteResult {
    }

    private final PipelineValidator validator;
    private final PipelineRunner runner;
    private final ModelRegistry registry;
    private final RequestLimits limits;
    private final ObjectMapper json;

    public PipelineStep(PipelineValidator validator, PipelineRunner runner, ModelRegistry registry,
                        RequestLimits limits, ObjectMapper json) {
        this.validator = validator;
        this.runner = runner;
        this.registry = registry;
        this.limits = limits;
        this.json = json;
    }

    @Override
    public Family family() {
        return Family.COMPOSITE;
    }

    @Override
    public FilteredCandidates run(RouteRequest request, Recommendation advice) {
        StepOptions.checkInputIsPrompt(new FieldErrors(), request, limits).throwIfAny();
        PipelineOptions options = StepOptions.read(json, StepOptions.of(request), PipelineOptions.class);
        List<FilterSpec> filters = options.filters();
        new FieldErrors().check(filters == null || request.model() == null, "model",
                "options.filters are given; leave model out").throwIfAny();
        String because;
        if (filters != null) {
            because = "given in options.filters";
        } else {
            DefaultFilter chosen = defaultFilter(request, advice);
            filters = List.of(chosen.filter());
            because = chosen.because();
        }
        return new FilteredCandidates(filters, because,
                runner.run(validator.check(options.with(request.input(), filters), "options.")));
    }

    /** A filter and the sentence saying why it was chosen. */
    private record DefaultFilter(FilterSpec filter, String because) {
    }

    /** The request's model, else the classifier the task points to, else sentiment for complaint replies. */
    private DefaultFilter defaultFilter(RouteRequest request, Recommendation advice) {
        String model;
        String because;
        if (request.model() != null) {
            model = request.model();
            because = "the request names " + model;
        } else {
            Cue hint = advice.modelHint().orElse(null);
            Matcher complaint = COMPLAINT.matcher(request.task());
            if (hint != null) {
                model = hint.detail();
                because = "the task mentions \"" + hint.text() + "\", which points to the " + model + " classifier";
            } else if (complaint.find()) {
                model = "sentiment";
                because = "the task mentions \"" + complaint.group() + "\": replies are kept when they read positive";
            } else {
                throw new ProblemException(422, "filter-needed", "Filter needed", "the advice is composite (generate, "
                        + "then filter), but the task points to no shipped classifier to filter with; name one in "
                        + "\"model\" or give \"options\":{\"filters\":[...]} (available: "
                        + String.join(", ", new TreeSet<>(registry.all().keySet())) + ")");
            }
        }
        Optional<TaskFilter> known = TaskFilter.of(model, request.task());
        if (known.isPresent()) {
            TaskFilter f = known.get();
            return new DefaultFilter(new FilterSpec(f.model(), f.accept(), f.reject(), f.minConfidence()),
                    because + "; " + f.effect());
        }
        registry.require(model); // an unknown name is a 404
        throw new ProblemException(422, "filter-needed", "Filter needed", "route has a default filter only for spam "
                + "and sentiment; for " + model + " give \"options\":{\"filters\":[{\"model\":\"" + model
                + "\",\"accept\":[...]}]}");
    }
}
