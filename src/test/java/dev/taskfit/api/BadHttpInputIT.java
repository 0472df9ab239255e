package dev.taskfit.api;

import dev.taskfit.PackagedFunction;
import dev.taskfit.local.LocalLambda;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;

/** The HTTP-envelope table against the packaged function (function.zip, JVM or native) under a local Lambda runtime. */
@ExtendWith(PackagedFunction.class)
class BadHttpInputIT extends BadHttpInputContract {

    private LocalLambda lambda;

    @BeforeEach
    void lambda(LocalLambda lambda) {
        this.lambda = lambda;
    }

    @Override
    protected JsonPath invoke(String event) {
        try {
            return new JsonPath(new String(lambda.invoke(event.getBytes(StandardCharsets.UTF_8), 30), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("the packaged function did not answer", e);
        }
    }
}
