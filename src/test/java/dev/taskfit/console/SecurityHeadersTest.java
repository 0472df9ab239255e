package dev.taskfit.console;

import dev.taskfit.api.RawEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's files are served through the Lambda handler, and every response carries the security headers. */
@QuarkusTest
class SecurityHeadersTest {

    static void assertSecurityHeaders(Response response) {
        response.then().header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }

    @Test
    void servesThePageAndItsAssets() {
        Response page = given().get("/");
        page.then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"/console/app.js\"></script>"));
        assertSecurityHeaders(page);
        for (String asset : new String[]{"/console/app.js", "/console/dom.js", "/console/advise.js"}) {
            Response js = given().get(asset);
            js.then().statusCode(200).contentType(containsString("javascript"));
            assertSecurityHeaders(js);
        }
        Response css = given().get("/console/app.css");
        css.then().statusCode(200).contentType(containsString("text/css"));
        assertSecurityHeaders(css);
    }

    @Test
    void apiAnswersAndProblemsCarryTheHeadersToo() {
        assertSecurityHeaders(given().get("/v1/models").then().statusCode(200).extract().response());
        Response problem = given().contentType(ContentType.JSON).body("{\"model\":\"nope\",\"text\":\"x\"}").post("/v1/classify");
        problem.then().statusCode(404).contentType(startsWith("application/problem+json"));
        assertSecurityHeaders(problem);
        Response missing = given().get("/console/no-such-file.js");
        missing.then().statusCode(404);
        assertSecurityHeaders(missing);
    }

    @Test
    void swaggerUiKeepsNosniffButNotTheStrictPolicyItsInlineScriptWouldBreak() {
        Response ui = given().get("/q/swagger-ui/");
        ui.then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
        assertFalse(ui.headers().hasHeaderWithName("Content-Security-Policy"));
    }

    @Test
    void aRawApiGatewayEventForAnAssetGetsTheFileAndTheHeaders() {
        String event = """
                {"version":"2.0","routeKey":"GET /console/app.js","rawPath":"/console/app.js","rawQueryString":"",
                 "headers":{"accept":"*/*"},
                 "requestContext":{"http":{"method":"GET","path":"/console/app.js","protocol":"HTTP/1.1","sourceIp":"127.0.0.1","userAgent":"test"},
                   "requestId":"console-raw-1","routeKey":"GET /console/app.js","stage":"$default","timeEpoch":0},
                 "isBase64Encoded":false}
                """;
        Map<String, Object> answer = given().contentType(ContentType.JSON).body(event).post("/_lambda_")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(200, answer.get("statusCode"));
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) answer.get("headers");
        assertEquals("nosniff", headers.get("X-Content-Type-Options"), "headers: " + headers);
        assertTrue(String.valueOf(headers.get("Content-Security-Policy")).contains("default-src 'self'"));
        String body = String.valueOf(answer.get("body"));
        if (Boolean.TRUE.equals(answer.get("isBase64Encoded"))) {
            body = new String(java.util.Base64.getDecoder().decode(body), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(body.contains("setUpAdvise"), "the body is app.js");
    }
}
