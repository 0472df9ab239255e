package dev.taskfit.advise;

import dev.taskfit.PackagedFunction;
import org.junit.jupiter.api.extension.ExtendWith;

/** The advise and route bad-input table against the packaged function (function.zip, JVM or native) under a local Lambda runtime. */
@ExtendWith(PackagedFunction.class)
class BadAdviseInputIT extends BadAdviseInputContract {
}
