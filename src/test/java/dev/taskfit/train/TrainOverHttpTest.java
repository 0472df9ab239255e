package dev.taskfit.train;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.taskfit.api.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /v1/models trains a model the service then serves (with explanations and its version), through the Lambda
 * path; DELETE removes it; bad input is a 4xx problem that writes nothing; a file copied in is served at once.
 */
@QuarkusTest
@TestProfile(TrainOverHttpTest.WritableModelsDir.class)
class TrainOverHttpTest {

    static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("taskfit-http-models");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh writable models directory, re-listed on each request as in dev mode. */
    public static class WritableModelsDir implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("taskfit.classify.models-dir", DIR.toString(), "taskfit.classify.rescan", "true",
                    "taskfit.classify.training.max-examples", "300");
        }
    }

    private static final String[][] PHRASES = {
            {"where is my parcel", "order still not delivered", "package is late again", "tracking shows no movement"},
            {"i want my money back", "please refund the charge", "refund for the broken item", "return and reimburse me"},
            {"cannot log in to my account", "reset my password please", "locked out of my profile", "two factor code never arrives"}};
    private static final String[] LABELS = {"delivery", "refund", "account"};

    private static List<String[]> rows(int perLabel) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < perLabel; i++) {
            for (int label = 0; label < LABELS.length; label++) {
                rows.add(new String[] {PHRASES[label][i % 4] + " ticket " + i, LABELS[label]});
            }
        }
        return rows;
    }

    private static String json(String name, List<String[]> rows) {
        StringBuilder body = new StringBuilder("{\"name\":\"" + name + "\",\"examples\":[");
        for (int i = 0; i < rows.size(); i++) {
            body.append(i > 0 ? "," : "").append("{\"text\":\"").append(rows.get(i)[0]).append("\",\"label\":\"")
                    .append(rows.get(i)[1]).append("\"}");
        }
        return body.append("]}").toString();
    }

    private static Response post(String contentType, String body, String query) {
        return given().contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8)).post("/v1/models" + query);
    }

    private static List<String> files() throws IOException {
        try (Stream<Path> listing = Files.list(DIR)) {
            return listing.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void trainsServesExplainsAndRemovesAModel() throws Exception {
        String version = post("application/json", json("tickets", rows(40)), "").then()
                .statusCode(201)
                .body("name", equalTo("tickets"))
                .body("labels", equalTo(List.of("account", "delivery", "refund")))
                .body("origin", equalTo("tickets.tfc"))
                .body("metrics.accuracy", greaterThan(0.5f))
                .body("split.test", greaterThan(0))
                .extract().path("version");
        byte[] file = Files.readAllBytes(DIR.resolve("tickets.tfc"));
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
        assertEquals(sha.substring(0, 12), version, "the version is the file's SHA-256 prefix");
        assertEquals(List.of("tickets.tfc"), files(), "nothing but the model is left behind");

        given().get("/v1/models").then().statusCode(200)
                .body("models.find { it.name == 'tickets' }.version", equalTo(version));
        String text = "my parcel is late, tracking shows nothing";
        given().contentType(ContentType.JSON)
                .body("{\"model\":\"tickets\",\"text\":\"" + text + "\",\"explain\":3}")
                .post("/v1/classify").then().statusCode(200)
                .body("label", equalTo("delivery"))
                .body("modelVersion", equalTo(version))
                .body("explanation.size()", equalTo(3))
                .body("explanation[0].label", equalTo("delivery"));

        given().delete("/v1/models/tickets").then().statusCode(204);
        assertEquals(List.of(), files());
        assertProblem(given().contentType(ContentType.JSON).body("{\"model\":\"tickets\",\"text\":\"late\"}")
                .post("/v1/classify"), 404, "/problems/unknown-model");
    }

    @Test
    void ndjsonAndCsvBodiesTrainAndACopiedFileIsServedWithoutRestart() throws Exception {
        StringBuilder ndjson = new StringBuilder(), csv = new StringBuilder("label,text\n");
        for (String[] row : rows(12)) {
            ndjson.append("{\"text\":\"").append(row[0]).append("\",\"label\":\"").append(row[1]).append("\"}\n");
            csv.append(row[1]).append(",\"").append(row[0]).append("\"\n");
        }
        String fromNdjson = post("application/x-ndjson", ndjson.toString(), "?name=lines").then().statusCode(201)
                .body("name", equalTo("lines")).extract().path("version");
        String fromCsv = post("text/csv", csv.toString(), "?name=sheet").then().statusCode(201)
                .body("name", equalTo("sheet")).extract().path("version");
        assertTrue(!fromNdjson.equals(fromCsv), "another name, another card, another file");
        given().delete("/v1/models/sheet").then().statusCode(204);

        Path copy = DIR.resolve("copy-of-lines.tfc"); // as a CLI run or a cp would leave it
        Files.move(DIR.resolve("lines.tfc"), copy);
        given().get("/v1/models").then().statusCode(200)
                .body("models.find { it.name == 'lines' }.origin", equalTo("copy-of-lines.tfc"))
                .body("models.find { it.name == 'lines' }.version", equalTo(fromNdjson));
        Files.delete(copy);
        given().get("/v1/models").then().statusCode(200).body("models.name", not(hasItem("lines")));
    }

    @Test
    void badInputIsAProblemAndWritesNothing() throws Exception {
        List<String[]> good = rows(12);
        List<String[]> oneLabel = good.stream().filter(r -> r[1].equals("refund")).toList();
        List<String[]> fewOfOne = new ArrayList<>(good.stream().filter(r -> !r[1].equals("account")).toList());
        fewOfOne.add(new String[] {"forgot my password", "account"});
        List<String[]> conflicting = new ArrayList<>(good);
        conflicting.add(new String[] {good.get(0)[0], "refund"});
        List<String[]> tooMany = rows(101);
        Object[][] cases = {
                {"application/json", json("solo", oneLabel), "", 400, "at least two distinct labels"},
                {"application/json", json("few", fewOfOne), "", 400, "label 'account' has 1 examples"},
                {"application/json", json("clash", conflicting), "", 400, "under another label"},
                {"application/json", json("big", tooMany), "", 400, "taskfit.classify.training.max-examples"},
                {"application/json", json("Bad Name!", good), "", 400, "lower-case"},
                {"application/json", json("sentiment", good), "", 409, "ships with taskfit"},
                {"application/json", "{\"name\":\"num\",\"examples\":[{\"text\":\"a\",\"label\":1}]}", "", 400, "examples[0].label"},
                {"application/json", "{\"name\":\"empty\",\"examples\":[]}", "", 400, "examples"},
                {"application/x-ndjson", "{\"text\":\"a\",\"label\":\"x\"}\nnot json\n", "?name=nd", 400, "line 2"},
                {"text/csv", "words,tag\nhello,x\n", "?name=csv", 400, "text and label"},
                {"application/json", "x".repeat(1_100_000), "", 413, "taskfit.limits.max-body-bytes"},
        };
        for (Object[] c : cases) {
            assertProblem(post((String) c[0], (String) c[1], (String) c[2]), (int) c[3], "/problems/")
                    .body(containsString((String) c[4]));
        }
        assertEquals(List.of(), files(), "no case wrote a file");
    }

    @Test
    void aShippedModelIsNeverRemoved() {
        assertProblem(given().delete("/v1/models/sentiment"), 409, "/problems/shipped-model");
        assertProblem(given().delete("/v1/models/nope"), 404, "/problems/unknown-model");
        given().contentType(ContentType.JSON).body("{\"model\":\"sentiment\",\"text\":\"great\"}")
                .post("/v1/classify").then().statusCode(200);
    }
}
