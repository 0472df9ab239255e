package dev.taskfit.api;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every error answer must be: the status, as application/problem+json naming its request (instance), with no
 * internals in its detail.
 */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static ValidatableResponse assertProblem(Response response, int status, String typePrefix) {
        return response.then()
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("type", startsWith(typePrefix))
                .body("title", not(equalTo("")))
                .body("instance", not(emptyOrNullString()))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("\tat ")));
    }
}
