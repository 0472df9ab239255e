package dev.taskfit.advise;

import io.quarkus.test.junit.QuarkusTest;

/** The advise and route bad-input table in test mode. */
@QuarkusTest
class BadAdviseInputTest extends BadAdviseInputContract {
}
