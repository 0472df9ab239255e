package dev.taskfit.classify;

import dev.taskfit.PackagedFunction;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.BeforeEach;

/** The same assertions against the packaged function (JVM function.zip, or the native executable with -Dnative). */
@QuarkusIntegrationTest
class ClassifyResourceIT extends ClassifyResourceTest {

    @BeforeEach
    void driveThePackage() {
        PackagedFunction.pointRestAssuredAtMockEventServer();
    }
}
