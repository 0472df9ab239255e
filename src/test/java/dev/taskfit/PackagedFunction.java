package dev.taskfit;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * For {@code *IT} classes: the packaged function is driven by Quarkus's mock Lambda event server, which runs
 * in the test JVM on the test port; REST Assured is pointed at it, so every request still travels
 * HTTP -> API Gateway v2 event -> the packaged Lambda handler.
 */
public final class PackagedFunction {

    private PackagedFunction() {
    }

    public static void pointRestAssuredAtMockEventServer() {
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.lambda.mock-event-server.test-port", Integer.class).orElse(8081);
    }
}
