package dev.taskfit.route;

import dev.taskfit.advise.Recommendation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code POST /v1/route}: the advice, and the result of running the function it names. */
@Schema(description = "The advice and the result of the advised function")
public record RouteResponse(Recommendation advice, RouteResult result) {
}
