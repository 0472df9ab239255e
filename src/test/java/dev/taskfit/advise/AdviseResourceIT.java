package dev.taskfit.advise;

import dev.taskfit.PackagedFunction;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /v1/advise} against the packaged function (function.zip, JVM or native) under a local Lambda runtime. */
@ExtendWith(PackagedFunction.class)
class AdviseResourceIT extends AdviseApiContract {
}
