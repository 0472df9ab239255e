package dev.taskfit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each request writes one CloudWatch embedded-metric-format line, valid by the specification's structure: an
 * {@code _aws} object with a millisecond Timestamp and CloudWatchMetrics directives (Namespace, Dimensions as sets of
 * at most 30 names, Metrics of at most 100 {Name, Unit}), every dimension a string member and every metric a number
 * member of the root.
 */
@QuarkusTest
class EmbeddedMetricsTest {

    /** The units CloudWatch accepts (MetricDatum.Unit). */
    private static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
            "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent",
            "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
            "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second", "None");

    @Test
    @SuppressWarnings("unchecked")
    void everyRequestWritesOneValidEmfLine() {
        List<String> lines;
        long before = System.currentTimeMillis();
        try (LogCapture capture = new LogCapture("taskfit.metrics")) {
            given().contentType(ContentType.JSON).body("{\"model\":\"sentiment\",\"text\":\"a fine film\"}").post("/v1/classify").then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"task\":\"write a short poem about the sea\"}").post("/v1/advise").then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"prompt\":\"The sea\",\"candidates\":4,\"want\":1,\"seed\":3,"
                    + "\"filters\":[{\"model\":\"sentiment\",\"accept\":[\"positive\"]}]}").post("/v1/pipeline").then().statusCode(200);
            given().contentType(ContentType.JSON).body("{}").post("/v1/generate").then().statusCode(400);
            lines = capture.lines();
        }
        assertEquals(4, lines.size(), lines::toString);
        Set<String> metricNames = new HashSet<>();
        for (String line : lines) {
            Map<String, Object> root = new JsonPath(line).getMap("");
            Map<String, Object> aws = (Map<String, Object>) root.get("_aws");
            long timestamp = ((Number) aws.get("Timestamp")).longValue();
            assertTrue(timestamp >= before && timestamp <= System.currentTimeMillis(), "Timestamp in epoch milliseconds");
            List<Map<String, Object>> directives = (List<Map<String, Object>>) aws.get("CloudWatchMetrics");
            assertFalse(directives.isEmpty());
            for (Map<String, Object> directive : directives) {
                String namespace = (String) directive.get("Namespace");
                assertEquals("taskfit", namespace);
                for (List<String> dimensionSet : (List<List<String>>) directive.get("Dimensions")) {
                    assertTrue(dimensionSet.size() <= 30 && dimensionSet.contains("Function"), dimensionSet::toString);
                    for (String dimension : dimensionSet) {
                        assertInstanceOf(String.class, root.get(dimension), () -> "dimension " + dimension + " in " + line);
                    }
                }
                List<Map<String, String>> metrics = (List<Map<String, String>>) directive.get("Metrics");
                assertTrue(!metrics.isEmpty() && metrics.size() <= 100);
                for (Map<String, String> metric : metrics) {
                    assertTrue(UNITS.contains(metric.get("Unit")), metric::toString);
                    assertInstanceOf(Number.class, root.get(metric.get("Name")), () -> "metric " + metric + " in " + line);
                    metricNames.add(metric.get("Name"));
                }
            }
            assertEquals(1, ((Number) root.get("Requests")).intValue());
            assertEquals("all", root.get("Function"));
        }
        assertTrue(metricNames.containsAll(List.of("Requests", "Latency", "Errors5xx", "AdvisedFamily", "PipelineGenerated",
                "PipelineAccepted")), metricNames::toString);
        Map<String, Object> pipeline = new JsonPath(lines.get(2)).getMap("");
        assertTrue(((Number) pipeline.get("PipelineGenerated")).intValue() >= ((Number) pipeline.get("PipelineAccepted")).intValue());
        assertEquals("generative", new JsonPath(lines.get(1)).getString("Family"));
    }
}
