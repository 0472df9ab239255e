package dev.taskfit.classify;

import dev.taskfit.PackagedFunction;
import org.junit.jupiter.api.extension.ExtendWith;

/** The classify endpoints against the packaged function (function.zip, JVM or native) under a local Lambda runtime. */
@ExtendWith(PackagedFunction.class)
class ClassifyResourceIT extends ClassifyApiContract {
}
