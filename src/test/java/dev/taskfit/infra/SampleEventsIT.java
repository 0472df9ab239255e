package dev.taskfit.infra;

import dev.taskfit.PackagedFunction;
import dev.taskfit.local.LocalLambda;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Each sample event in infra/events, invoked raw on the packaged function (JVM or native) under LocalLambda. */
@ExtendWith(PackagedFunction.class)
class SampleEventsIT {

    static Stream<Path> events() throws Exception {
        return SampleEvents.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void thePackagedFunctionAnswersIt(Path event, LocalLambda lambda) throws Exception {
        SampleEvents.assertAnswered(event, lambda.invoke(SampleEvents.read(event), 30));
    }
}
