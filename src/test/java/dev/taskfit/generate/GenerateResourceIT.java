package dev.taskfit.generate;

import dev.taskfit.PackagedFunction;
import org.junit.jupiter.api.extension.ExtendWith;

/** The generate endpoint against the packaged function (function.zip, JVM or native) under a local Lambda runtime. */
@ExtendWith(PackagedFunction.class)
class GenerateResourceIT extends GenerateContract {
}
