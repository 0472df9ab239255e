package dev.taskfit.route;

import dev.taskfit.advise.Advisor;
import dev.taskfit.advise.Family;
import dev.taskfit.advise.Recommendation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.EnumMap;
import java.util.Map;

/** Advises, then runs the function the advice names, through the {@link RouteTarget} for its family. */
@ApplicationScoped
public class Router {

    private final Advisor advisor;
    private final Map<Family, RouteTarget> targets = new EnumMap<>(Family.class);

    /** Every family has exactly one target; anything else is a build mistake, refused at start-up. */
    public Router(Advisor advisor, Instance<RouteTarget> available) {
        this.advisor = advisor;
        for (RouteTarget target : available) {
            RouteTarget previous = targets.putIfAbsent(target.family(), target);
            if (previous != null) {
                throw new IllegalStateException("two route targets for " + target.family().label() + ": "
                        + previous.getClass().getName() + " and " + target.getClass().getName());
            }
        }
        for (Family family : Family.values()) {
            if (!targets.containsKey(family)) {
                throw new IllegalStateException("no route target for " + family.label());
            }
        }
    }

    /** The advice for the request's task and the result of running it on the request's input. */
    public RouteResponse route(RouteRequest request) {
        Recommendation advice = advisor.advise(request.task());
        return new RouteResponse(advice, targets.get(advice.family()).run(request, advice));
    }
}
