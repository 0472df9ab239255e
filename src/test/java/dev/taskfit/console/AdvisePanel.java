package dev.taskfit.console;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.openqa.selenium.By;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The advise panel, used as a person would: describe a task (with markup in it), read the advice, press "try it";
 * everything read is compared with what the API itself answers for the same requests. Shared by the test-mode
 * test and the packaged-function IT.
 */
final class AdvisePanel {

    static final String MARKUP = "<img src=x onerror=\"window.injected=1\"><script>window.injected=2</script>";
    static final String TASK = MARKUP + " Tell me whether each incoming email is spam, it must answer in milliseconds";

    private AdvisePanel() {
    }

    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", p * 100);
    }

    static void adviseAndTryIt(Browser browser) throws Exception {
        browser.go("advise");
        browser.type("advise-task", TASK);
        browser.find("#advise-submit").click();
        browser.waitFor(By.cssSelector("#advise-out .family-name"));

        JsonPath advice = given().contentType(ContentType.JSON).body(Map.of("task", TASK)).post("/v1/advise")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(advice.getString("family"), browser.find("#advise-out .family-name").getText());
        assertEquals("confidence " + percent(advice.getDouble("confidence")), browser.find("#advise-out .confidence").getText());
        assertEquals(advice.getList("reasons"), browser.texts("#advise-out ul.reasons li"));
        assertEquals(advice.getList("warnings"), browser.texts("#advise-out ul.warnings li"));
        // The task reads back verbatim, as text, with the quoted cues marked in it.
        assertEquals(TASK, browser.script("return document.querySelector('#advise-out .task-marked').textContent"));
        List<String> marked = browser.texts("#advise-out .task-marked mark");
        assertTrue(!marked.isEmpty(), "cues are marked in the task");
        List<String> cueTexts = advice.getList("cues.text");
        for (String m : marked) {
            assertTrue(cueTexts.stream().anyMatch(c -> c.equalsIgnoreCase(m)), m + " is one of the advice's cues " + cueTexts);
        }
        assertNothingInjected(browser, "#advise-out");

        // "Try it": the example request the advice carries, through /v1/route.
        Map<String, Object> example = advice.getMap("exampleRequest");
        String input = browser.find("#advise-input").getAttribute("value");
        assertEquals(String.valueOf(example.getOrDefault("text", example.get("prompt"))), input);
        browser.find("#advise-try-submit").click();
        browser.waitFor(By.cssSelector("#advise-try-out .verdict, #advise-try-out .generated-text, "
                + "#advise-try-out .pipeline-result, #advise-try-out .problem"));
        assertEquals("/v1/classify", advice.getString("endpoint"), "this task's advice names classify");
        Map<String, Object> route = new LinkedHashMap<>();
        route.put("task", TASK);
        route.put("input", input);
        route.put("model", example.get("model"));
        JsonPath routed = given().contentType(ContentType.JSON).body(route).post("/v1/route")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(routed.getString("result.label"), browser.find("#advise-try-out .verdict .label").getText());
        assertEquals(percent(routed.getDouble("result.confidence")),
                browser.find("#advise-try-out .verdict .confidence").getText());
        assertEquals("Model " + routed.getString("result.model") + ": " + routed.getString("result.modelChosenBecause"),
                browser.find("#advise-try-out .chosen-because").getText());
    }

    /** No element came out of any text, and no injected script ran. */
    static void assertNothingInjected(Browser browser, String container) {
        assertEquals(0L, browser.script("return document.querySelectorAll(arguments[0] + ' img, ' + arguments[0]"
                + " + ' script').length", container), "markup in the data became elements");
        assertEquals(null, browser.script("return window.injected ?? null"), "a script in the data ran");
    }
}
