package dev.taskfit.advise;

import dev.taskfit.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Advises, then runs the function the advice names, through the {@link RouteTarget} for its family. */
@ApplicationScoped
public class Router {

    private final Advisor advisor;
    private final Map<Family, RouteTarget> targets = new EnumMap<>(Family.class);

    public Router(Advisor advisor, Instance<RouteTarget> available) {
        this.advisor = advisor;
        for (RouteTarget target : available) {
            RouteTarget previous = targets.putIfAbsent(target.family(), target);
            if (previous != null) {
                throw new IllegalStateException("two route targets for " + target.family().label() + ": "
                        + previous.getClass().getName() + " and " + target.getClass().getName());
            }
        }
    }

    /** The advice for the request's task and the result of running it on the request's input. */
    public RouteResponse route(RouteRequest request) {
        Recommendation advice = advisor.advise(request.task());
        RouteTarget target = targets.get(advice.family());
        if (target == null) {
            throw missingStep(advice);
        }
        return new RouteResponse(advice, target.run(request, advice));
    }

    /** 501 naming the step this deployment lacks for the advised family. */
    private static ProblemException missingStep(Recommendation advice) {
        return new ProblemException(501, "step-not-available", "Step not available", String.format(Locale.ROOT,
                "the advice is %s (confidence %.2f), so this task runs on %s, which this deployment does not offer yet "
                        + "(missing step: %s); POST /v1/advise for the full advice", advice.family().label(),
                advice.confidence(), advice.family().endpoint(), advice.family().endpoint().substring("/v1/".length())));
    }
}
