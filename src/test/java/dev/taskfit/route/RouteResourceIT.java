package dev.taskfit.route;

import dev.taskfit.PackagedFunction;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /v1/route} against the packaged function (function.zip, JVM or native) under a local Lambda runtime. */
@ExtendWith(PackagedFunction.class)
class RouteResourceIT extends RouteApiContract {
}
