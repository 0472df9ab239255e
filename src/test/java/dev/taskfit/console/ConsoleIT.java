package dev.taskfit.console;

import dev.taskfit.PackagedFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * The console served by the packaged function (function.zip, JVM or native) under the local Lambda runtime: its
 * files come through the Lambda handler with the security headers, and the advise panel works end to end.
 */
@ExtendWith(PackagedFunction.class)
class ConsoleIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void servesThePageAndItsModulesWithTheSecurityHeaders() {
        SecurityHeadersTest.assertSecurityHeaders(given().get("/").then().statusCode(200)
                .body(containsString("/console/app.js")).extract().response());
        for (String asset : new String[]{"/console/app.js", "/console/results.js", "/console/app.css"}) {
            SecurityHeadersTest.assertSecurityHeaders(given().get(asset).then().statusCode(200).extract().response());
        }
    }

    @Test
    void advisePanelWorksAgainstThePackagedFunction() throws Exception {
        AdvisePanel.adviseAndTryIt(browser);
        browser.screenshot("advise-packaged");
    }
}
