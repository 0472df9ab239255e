package dev.taskfit.route;

import dev.taskfit.advise.Family;
import dev.taskfit.advise.Recommendation;

/**
 * A function {@code POST /v1/route} hands a task to once the advice has chosen its family. Targets are CDI beans,
 * exactly one per family: {@link ClassifyStep}, {@link GenerateStep} and {@link PipelineStep}.
 */
public interface RouteTarget {

    /** The family this target serves. */
    Family family();

    /**
     * Runs the function on the request's input; the result is the route response's {@code result}. Caller mistakes
     * are thrown as {@link dev.taskfit.api.ProblemException}.
     */
    RouteResult run(RouteRequest request, Recommendation advice);
}
