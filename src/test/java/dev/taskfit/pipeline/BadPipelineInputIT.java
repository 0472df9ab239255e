package dev.taskfit.pipeline;

import dev.taskfit.PackagedFunction;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bad-input table against the packaged function (function.zip, JVM or native) under a local Lambda runtime. */
@ExtendWith(PackagedFunction.class)
class BadPipelineInputIT extends BadPipelineInputContract {
}
