package dev.taskfit.route;

/** What a route step returns: one kind per family, serialised as the route response's {@code result}. */
public sealed interface RouteResult
        permits ClassifyStep.ClassifiedInput, GenerateStep.GeneratedOutput, PipelineStep.FilteredCandidates {
}
