package dev.taskfit.pipeline;

import io.quarkus.test.junit.QuarkusTest;

/** The bad-input table in test mode: REST Assured -> mock event server -> API Gateway v2 event -> Lambda handler. */
@QuarkusTest
class BadPipelineInputTest extends BadPipelineInputContract {
}
