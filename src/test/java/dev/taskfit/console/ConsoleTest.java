package dev.taskfit.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.taskfit.console.AdvisePanel.MARKUP;
import static dev.taskfit.console.AdvisePanel.assertNothingInjected;
import static dev.taskfit.console.AdvisePanel.percent;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console in a real browser (headless Debian chromium) against the application in test mode: every request
 * the page makes goes through the Lambda handler. Each panel is used as a person would, and what the page shows
 * is compared with the API's own answer to the same request.
 */
@QuarkusTest
class ConsoleTest {

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
    void advisePanelShowsTheAdviceAndRunsTheExampleThroughRoute() throws Exception {
        AdvisePanel.adviseAndTryIt(browser);
        browser.screenshot("advise-payload");
        // The picture for the docs: a plain task, its advice and its "try it" result.
        browser.type("advise-task", "Write upbeat product blurbs for our shop, then keep only the positive ones");
        browser.find("#advise-submit").click();
        browser.waitFor(By.id("advise-try-submit")).click();
        browser.waitFor(By.cssSelector("#advise-try-out .pipeline-result, #advise-try-out .problem"));
        browser.screenshot("advise");
    }

    @Test
    void anAccessTokenGoesWithEveryCallAndLeavesWithTheTab() {
        browser.go("advise");
        browser.find("#access summary").click();
        browser.type("access-token", "header.payload.signature");
        browser.find("#access-token").sendKeys(Keys.TAB); // the change is taken when the field is left
        browser.script("window.sentAuthorization = [];"
                + "const fetchBefore = window.fetch;"
                + "window.fetch = (url, options) => {"
                + "  window.sentAuthorization.push((options && options.headers && options.headers.Authorization) || null);"
                + "  return fetchBefore(url, options); };");
        browser.type("advise-task", "tell me whether each incoming email is spam");
        browser.find("#advise-submit").click();
        browser.waitFor(By.cssSelector("#advise-out .family-name"));
        assertEquals(List.of("Bearer header.payload.signature"), browser.script("return window.sentAuthorization"));
        assertEquals("header.payload.signature", browser.script("return sessionStorage.getItem('taskfit.accessToken')"));
        assertEquals(null, browser.script("return localStorage.getItem('taskfit.accessToken')"), "never kept beyond the tab");

        browser.find("#access-token").clear();
        browser.find("#access-token").sendKeys(Keys.TAB);
        browser.script("window.sentAuthorization = [];");
        browser.find("#advise-submit").click();
        browser.waitFor(By.cssSelector("#advise-out .family-name"));
        assertEquals(java.util.Collections.singletonList(null), browser.script("return window.sentAuthorization"),
                "a cleared token is no longer sent");
    }

    @Test
    void classifyPanelShowsABarPerLabelForEveryLineOfABatch() throws Exception {
        browser.go("classify");
        new Select(browser.find("#classify-model")).selectByValue("sentiment");
        List<String> texts = List.of("A warm, funny and beautifully acted film. " + MARKUP,
                "<b>Dreadful</b>, boring and far too long; I walked out.");
        browser.type("classify-text", String.join("\n", texts));
        browser.find("#classify-batch").click();
        browser.find("#classify-submit").click();
        browser.waitFor(By.cssSelector("#classify-out .classification"));

        JsonPath api = given().contentType(ContentType.JSON).body(Map.of("model", "sentiment", "texts", texts))
                .post("/v1/classify").then().statusCode(200).extract().jsonPath();
        List<WebElement> cards = browser.driver.findElements(By.cssSelector("#classify-out .classification"));
        assertEquals(texts.size(), cards.size());
        for (int i = 0; i < texts.size(); i++) {
            WebElement card = cards.get(i);
            assertEquals(texts.get(i), card.findElement(By.cssSelector(".input-text")).getText());
            assertEquals(api.getString("results[" + i + "].label"), card.findElement(By.cssSelector(".label")).getText());
            Map<String, Float> scores = api.getMap("results[" + i + "].scores");
            List<WebElement> bars = card.findElements(By.cssSelector(".bar"));
            assertEquals(scores.size(), bars.size());
            for (WebElement bar : bars) {
                String label = bar.findElement(By.cssSelector(".bar-label")).getText();
                double p = api.getDouble("results[" + i + "].scores." + label);
                assertEquals(percent(p), bar.findElement(By.cssSelector(".bar-value")).getText(), label);
            }
        }
        assertNothingInjected(browser, "#classify-out");
        browser.screenshot("classify");
    }

    @Test
    void generatePanelSaysWhichGeneratorWroteTheText() throws Exception {
        browser.go("generate");
        browser.type("generate-prompt", "The ship left the harbour");
        new Select(browser.find("#generate-generator")).selectByValue("ngram");
        browser.type("generate-max", "24");
        browser.type("generate-seed", "7");
        browser.find("#generate-submit").click();
        browser.waitFor(By.cssSelector("#generate-out .generated-text"));

        JsonPath api = given().contentType(ContentType.JSON).body(Map.of("prompt", "The ship left the harbour",
                        "generator", "ngram", "maxTokens", 24, "temperature", 0.8, "seed", 7))
                .post("/v1/generate").then().statusCode(200).extract().jsonPath();
        assertEquals(api.getString("text"), browser.find("#generate-out .generated-text").getText());
        assertTrue(browser.find("#generate-out .facts").getText().contains("the n-gram model (" + api.getString("model") + ")"));
        assertEquals(List.of(), browser.texts("#generate-out .fallback"), "no fallback when the n-gram model was asked for");
        browser.screenshot("generate");
    }

    @Test
    void anApiProblemReadsAsItsTitleAndDetailNeverAsJson() throws Exception {
        // No LLM is configured in test mode, so asking for one is refused with a problem.
        browser.go("generate");
        browser.type("generate-prompt", MARKUP);
        new Select(browser.find("#generate-generator")).selectByValue("llm");
        browser.find("#generate-submit").click();
        browser.waitFor(By.cssSelector("#generate-out .problem"));
        var answer = given().contentType(ContentType.JSON).body(Map.of("prompt", MARKUP, "generator", "llm",
                "maxTokens", 48, "temperature", 0.8)).post("/v1/generate").then().extract();
        assertTrue(answer.statusCode() >= 400);
        assertEquals(answer.jsonPath().getString("title"), browser.find("#generate-out .problem-title").getText());
        assertEquals(answer.jsonPath().getString("detail"), browser.find("#generate-out .problem-detail").getText());
        assertFalse(browser.find("#generate-out").getText().contains("{"), "no raw JSON on the page");

        // A model name with markup in it: the 404's detail quotes it, and it stays text.
        browser.go("classify");
        browser.script("const o = document.createElement('option'); o.value = o.textContent = arguments[0];"
                + "document.getElementById('classify-model').append(o);", MARKUP);
        new Select(browser.find("#classify-model")).selectByValue(MARKUP);
        browser.type("classify-text", "anything");
        browser.find("#classify-submit").click();
        browser.waitFor(By.cssSelector("#classify-out .problem"));
        JsonPath problem = given().contentType(ContentType.JSON).body(Map.of("model", MARKUP, "text", "anything"))
                .post("/v1/classify").then().statusCode(404).extract().jsonPath();
        assertEquals(problem.getString("title"), browser.find("#classify-out .problem-title").getText());
        assertEquals(problem.getString("detail"), browser.find("#classify-out .problem-detail").getText());
        assertNothingInjected(browser, "#classify-out");

        // A blank task: a 400 with its per-field errors listed.
        browser.go("advise");
        browser.type("advise-task", "   ");
        browser.find("#advise-submit").click();
        browser.waitFor(By.cssSelector("#advise-out .problem"));
        JsonPath blank = given().contentType(ContentType.JSON).body(Map.of("task", "   ")).post("/v1/advise")
                .then().statusCode(400).extract().jsonPath();
        assertEquals(blank.getString("title"), browser.find("#advise-out .problem-title").getText());
        assertEquals(blank.getString("errors[0].field") + ": " + blank.getString("errors[0].message"),
                browser.find("#advise-out .problem-errors li").getText());
        browser.screenshot("error");
    }

    @Test
    void pipelinePanelShowsEveryCandidateWithItsVerdicts() throws Exception {
        browser.go("pipeline");
        browser.type("pipeline-prompt", "Our new espresso machine");
        new Select(browser.find("#pipeline-generator")).selectByValue("ngram");
        browser.type("pipeline-candidates", "6");
        browser.type("pipeline-want", "6");
        browser.type("pipeline-seed", "42");
        new Select(browser.find("#pipeline-model")).selectByValue("sentiment");
        browser.type("pipeline-labels", "positive");
        browser.type("pipeline-min", "0.9");
        browser.find("#pipeline-submit").click();
        browser.waitFor(By.cssSelector("#pipeline-out .pipeline-result"));

        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("model", "sentiment");
        filter.put("minConfidence", 0.9);
        filter.put("accept", List.of("positive"));
        JsonPath api = given().contentType(ContentType.JSON).body(Map.of("prompt", "Our new espresso machine",
                        "generator", "ngram", "candidates", 6, "want", 6, "seed", 42, "filters", List.of(filter)))
                .post("/v1/pipeline").then().statusCode(200).extract().jsonPath();
        assertEquals(api.getList("accepted.text"), browser.texts("#pipeline-out .card.accepted blockquote"));
        assertEquals(api.getList("rejected.text"), browser.texts("#pipeline-out .card.rejected blockquote"));
        List<String> reasons = api.getList("rejected.reason");
        List<String> shown = browser.texts("#pipeline-out .card.rejected .reason");
        for (int i = 0; i < reasons.size(); i++) {
            assertTrue(shown.get(i).endsWith(": " + reasons.get(i)), shown.get(i));
        }
        int verdicts = api.getList("accepted.filters.flatten()").size() + api.getList("rejected.filters.flatten()").size();
        assertEquals(verdicts, browser.texts("#pipeline-out ul.verdicts li").size());
        String summary = browser.find("#pipeline-out .pipeline-result").getText();
        assertTrue(browser.find("#pipeline-out .stopped").getText().startsWith("Stopped because "));
        assertTrue(summary.contains(api.getInt("acceptedCount") + " / " + api.getInt("rejectedCount")), summary);
        assertTrue(summary.contains("total "), "timings are shown");
        browser.screenshot("pipeline");
    }

    @Test
    void modelsPanelShowsEachCardWithItsConfusionMatrix() throws Exception {
        browser.go("models");
        browser.waitFor(By.cssSelector("#models-out .card.model"));
        JsonNode models = new ObjectMapper().readTree(given().get("/v1/models").then().statusCode(200).extract().asString())
                .get("models");
        List<String> names = new ArrayList<>();
        models.forEach(m -> names.add(m.get("name").asText()));
        // What each card shows, read in one call (one WebDriver round trip per cell would take seconds).
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cards = (List<Map<String, Object>>) browser.script("""
                return [...document.querySelectorAll('#models-out .card.model')].map(card => ({
                  name: card.querySelector('h3').innerText, text: card.innerText,
                  confusion: [...card.querySelectorAll('table.confusion tbody tr')]
                    .map(tr => [...tr.querySelectorAll('td')].map(td => td.innerText))}));
                """);
        assertEquals(names, cards.stream().map(c -> c.get("name")).toList());
        for (int m = 0; m < names.size(); m++) {
            JsonNode metrics = models.get(m).get("metrics");
            String text = (String) cards.get(m).get("text");
            assertTrue(text.contains(percent(metrics.get("accuracy").asDouble()) + " on "
                    + metrics.get("examples").asInt() + " held-out examples"), text);
            List<List<String>> confusion = new ArrayList<>();
            metrics.get("confusion").forEach(row -> {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.asText()));
                confusion.add(cells);
            });
            assertEquals(confusion, cards.get(m).get("confusion"), names.get(m));
        }
        browser.screenshot("models");
    }

    @Test
    void modelTextRendersAsTextAndExplanationsAreHighlighted() throws Exception {
        browser.go("advise");
        // The renderers, fed labels, model names, texts, explanations and problem details full of markup.
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) browser.asyncScript("""
                const [p, done] = [arguments[0], arguments[arguments.length - 1]];
                Promise.all([import('/console/results.js'), import('/console/models.js'), import('/console/dom.js')])
                  .then(([r, m, d]) => {
                    const root = document.createElement('div');
                    document.body.append(root);
                    const text = p + ' fine words';
                    const at = text.indexOf('fine');
                    root.append(r.classificationView(text, {label: p, confidence: 0.9, scores: {[p]: 0.9, other: 0.1},
                      modelVersion: p, explanation: [
                        {text: 'fine', start: at, end: at + 4, label: p, contribution: 0.8},
                        {text: 'words', start: at + 5, end: at + 10, label: p, contribution: -0.2}]}));
                    root.append(r.generationView({text: p, generator: 'llm', model: p, fallback: true, fallbackReason: p}));
                    root.append(m.modelCard({name: p, labels: [p, 'b'], metrics: {labels: [p, 'b'], accuracy: 0.5,
                      examples: 4, confusion: [[1, 1], [1, 1]], perLabel: [{label: p, precision: 1, recall: 1, f1: 1, support: 2}]}}));
                    root.append(d.problemView(new d.ApiError(p, p, [{field: p, message: p}])));
                    const marks = [...root.querySelectorAll('mark.explain')];
                    done({elements: root.querySelectorAll('img, script, b').length, text: root.textContent,
                      marks: marks.map(x => x.className + '=' + x.textContent + '@' + x.style.getPropertyValue('--weight'))});
                  }).catch(e => done({error: String(e)}));
                """, MARKUP);
        assertEquals(null, out.get("error"));
        assertEquals(0L, out.get("elements"), "markup became elements");
        String text = (String) out.get("text");
        assertTrue(text.split(java.util.regex.Pattern.quote(MARKUP), -1).length - 1 >= 8,
                "the payload reads back verbatim wherever it was shown");
        assertEquals(List.of("explain for=fine@1.00", "explain against=words@0.25"), out.get("marks"));
        assertEquals(null, browser.script("return window.injected ?? null"));
    }

    @Test
    void everyControlIsNamedAndReachableByTab() throws Exception {
        for (String panel : List.of("advise", "classify", "generate", "pipeline", "models")) {
            browser.go(panel);
            List<WebElement> controls = browser.driver.findElements(By.cssSelector("a[href], button, summary, input, select, textarea"))
                    .stream().filter(WebElement::isDisplayed).toList();
            for (WebElement control : controls) {
                String name = control.getAccessibleName();
                assertFalse(name == null || name.isBlank(), panel + ": a control without a name: " + control.getAttribute("outerHTML"));
            }
            @SuppressWarnings("unchecked")
            List<String> expected = (List<String>) browser.script("return arguments[0].map(" + DESCRIBE + ")", controls);
            // Real Tab key presses; the page records where focus lands (one round trip, not one per key).
            browser.script("document.activeElement && document.activeElement.blur(); window.focusLog = [];"
                    + "document.addEventListener('focusin', e => window.focusLog.push(e.target), true);");
            Actions tabs = new Actions(browser.driver);
            for (int i = 0; i < controls.size() + 3; i++) {
                tabs.sendKeys(Keys.TAB);
            }
            tabs.perform();
            @SuppressWarnings("unchecked")
            List<String> reached = (List<String>) browser.script("return window.focusLog.map(" + DESCRIBE + ")");
            List<String> missed = new ArrayList<>(expected);
            missed.removeAll(reached);
            assertEquals(List.of(), missed, panel + ": not reachable by Tab");
        }
    }

    @Test
    void axeCoreFindsNoViolations() throws Exception {
        Path axe = Path.of(System.getProperty("taskfit.axe", "target/axe-core/axe.min.js"));
        Assumptions.assumeTrue(Files.exists(axe), "SKIPPED: axe-core is absent (" + axe + "; .ci/run fetches it with npm); "
                + "names and Tab order are checked by everyControlIsNamedAndReachableByTab");
        String source = Files.readString(axe);
        // The advise panel with an advice on it, and the models panel with its cards and tables.
        for (String panel : List.of("advise", "models")) {
            browser.go(panel);
            if (panel.equals("advise")) {
                browser.type("advise-task", "write product blurbs, then drop any that read like spam");
                browser.find("#advise-submit").click();
                browser.waitFor(By.cssSelector("#advise-out .family-name"));
            }
            browser.script(source);
            Object violations = browser.asyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']})
                      .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                      .catch(e => done(['axe failed: ' + e]));
                    """);
            assertEquals(List.of(), violations, panel);
        }
    }

    @Test
    void thePageIsSmallAndFetchesNothingFromElsewhere() throws Exception {
        browser.go("advise");
        @SuppressWarnings("unchecked")
        Map<String, Object> perf = (Map<String, Object>) browser.script("""
                const nav = performance.getEntriesByType('navigation')[0];
                const resources = performance.getEntriesByType('resource');
                const ready = performance.getEntriesByName('console-ready')[0];
                return {bytes: nav.encodedBodySize + resources.reduce((s, r) => s + r.encodedBodySize, 0),
                  files: resources.length + 1, domInteractive: nav.domInteractive, ready: ready ? ready.startTime : -1,
                  foreign: resources.map(r => r.name).filter(n => !n.startsWith(location.origin))};
                """);
        assertEquals(List.of(), perf.get("foreign"), "every file and call is this origin's");
        long bytes = ((Number) perf.get("bytes")).longValue();
        assertTrue(bytes > 0 && bytes < 100_000, "the page, its modules and first API call stay under 100 kB: " + bytes);
        String report = String.format(java.util.Locale.ROOT,
                "console page weight: %d bytes in %s files (uncompressed, incl. GET /v1/models); "
                        + "domInteractive %.0f ms; interactive (models loaded, forms wired) %.0f ms%n",
                bytes, perf.get("files"), ((Number) perf.get("domInteractive")).doubleValue(),
                ((Number) perf.get("ready")).doubleValue());
        System.out.print(report);
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.writeString(Browser.SCREENSHOTS.resolve("performance.txt"), report);
    }

    /** A control as a JavaScript expression names it: tag and id, or tag and text for links. */
    private static final String DESCRIBE = "e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '[' + e.textContent.trim() + ']')";
}
