package dev.taskfit.infra;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;

/** Each sample event in infra/events, handed raw to the Lambda handler in test mode ({@code POST /_lambda_}). */
@QuarkusTest
class SampleEventsTest {

    static Stream<Path> events() throws IOException {
        return SampleEvents.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void isAValidPayload2Event(Path event) throws IOException {
        SampleEvents.assertWellFormed(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theHandlerAnswersIt(Path event) throws IOException {
        byte[] answer = given().contentType(ContentType.JSON).body(SampleEvents.read(event))
                .post("/_lambda_").then().statusCode(200).extract().asByteArray();
        SampleEvents.assertAnswered(event, answer);
    }
}
