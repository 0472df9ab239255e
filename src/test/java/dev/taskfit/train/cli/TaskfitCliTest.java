package dev.taskfit.train.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The taskfit command run in-process as a user would run it: its output, its exit codes, and what it leaves on disk. */
class TaskfitCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Small settings so that a test trains in well under a second. */
    private static final String[] FAST = {"--buckets", "4096", "--max-epochs", "3", "--quiet"};

    @TempDir
    Path dir;
    Path out;

    @BeforeEach
    void outputFolder() throws IOException {
        out = Files.createDirectories(dir.resolve("out"));
    }

    /** What one run printed and returned. */
    record Run(int exit, String stdout, String stderr) {
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream(), stderr = new ByteArrayOutputStream();
        int exit = Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), stdout, stderr, args);
        return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    Run train(Path data, String... extra) {
        String[] args = Stream.concat(Stream.of("train", data.toString(), "-o", out.resolve("tickets.tfc").toString()),
                Stream.concat(Arrays.stream(FAST), Arrays.stream(extra))).toArray(String[]::new);
        return run("", args);
    }

    /** Tickets whose words lean towards their label; {@code perLabel} examples of each label. */
    static String tickets(int perLabel, String... labels) {
        return tickets(7, perLabel, labels);
    }

    static String tickets(long seed, int perLabel, String... labels) {
        String[][] words = {{"invoice", "charge", "refund", "payment", "card"}, {"parcel", "late", "tracking", "courier", "shipping"},
                {"password", "login", "locked", "reset", "username"}};
        String[] common = {"my", "the", "please", "help", "order", "again"};
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("text,label\n");
        for (int i = 0; i < perLabel; i++) {
            for (int l = 0; l < labels.length; l++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 6; w++) {
                    String[] from = random.nextDouble() < 0.6 ? words[l % words.length] : common;
                    text.append(from[random.nextInt(from.length)]).append(' ');
                }
                csv.append(text).append(i).append(',').append(labels[l]).append('\n');
            }
        }
        return csv.toString();
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    Path writeBytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Each bad file: its name, its bytes, the line the message must name (0: none, -1: any) and words it must say. */
    static Stream<Arguments> badData() throws IOException {
        String good = tickets(40, "billing", "delivery");
        byte[] latin1 = ("text,label\nfine,a\ncaf\u00e9 cr\u00e8me,b\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] zipped = gzip(good);
        return Stream.of(
                Arguments.of("misnamed columns", "reviews.csv", "review,sentiment\nhello,positive\n".getBytes(), 1,
                        "header must name the columns text and label (any order, any case); found review, sentiment"),
                Arguments.of("missing label column", "texts.csv", "text\nhello\n".getBytes(), 1, "found text"),
                Arguments.of("too few fields", "short.csv", "text,label\nhello, there,a\nno label here\n".getBytes(), 3,
                        "1 field where the header has 2"),
                Arguments.of("empty text (CSV)", "empty.csv", "text,label\nhello,a\n  ,b\n".getBytes(), 3, "empty text"),
                Arguments.of("empty text (JSONL)", "empty.jsonl", "{\"text\":\"hi\",\"label\":\"a\"}\n{\"text\":\"\",\"label\":\"b\"}\n".getBytes(), 2,
                        "empty text"),
                Arguments.of("empty label", "nolabel.csv", "text,label\nhello,\n".getBytes(), 2, "empty label"),
                Arguments.of("missing field (JSONL)", "body.jsonl", "{\"body\":\"x\",\"label\":\"a\"}\n".getBytes(), 1,
                        "no \"text\" field (each line needs \"text\" and \"label\"; found body, label)"),
                Arguments.of("not JSON", "broken.jsonl", "{\"text\":\"x\",\"label\":\"a\"}\n{\"text\": oops}\n".getBytes(), 2,
                        "not valid JSON"),
                Arguments.of("unclosed quote", "quote.csv", "text,label\nfine,a\n\"never closed,b\nmore,a\n".getBytes(), 3,
                        "never closed"),
                Arguments.of("single label", "one.csv", tickets(40, "billing").getBytes(), 0,
                        "only one label ('billing') in 40 examples"),
                Arguments.of("too few to split", "few.csv", (good + "refund please,refunds\nrefund now,refunds\n").getBytes(), 82,
                        "label 'refunds' (first on this line) has too few examples to split: 2 in all"),
                Arguments.of("same text, two labels", "clash.csv", (good + "my parcel is late,delivery\nmy parcel is late,billing\n")
                        .getBytes(), 83, "the same text as line 82 but labelled 'billing' here and 'delivery' there"),
                Arguments.of("not UTF-8", "latin1.csv", latin1, 3, "not UTF-8 (byte 0xE9 at byte 4 of the line)"),
                Arguments.of("truncated gzip", "cut.csv.gz", Arrays.copyOf(zipped, zipped.length / 2), -1,
                        "the gzip data is truncated or corrupt"),
                Arguments.of("no examples", "header.csv", "text,label\n".getBytes(), 0, "no examples"),
                Arguments.of("unknown file type", "data.txt", "hello\n".getBytes(), 0, "unknown file type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badData")
    void badDataIsExitTwoWithFileAndLineAndWritesNothing(String what, String name, byte[] content, int line,
                                                         String message) throws IOException {
        Path data = writeBytes(name, content);
        Run run = train(data);
        assertEquals(Main.BAD_DATA, run.exit(), run.stderr());
        String where = data + (line > 0 ? " line " + line + ": " : line < 0 ? " line " : ": ");
        assertTrue(run.stderr().startsWith("taskfit: bad data: " + where), run.stderr());
        assertTrue(run.stderr().contains(message), run.stderr());
        assertFalse(run.stderr().contains("\tat "), "no stack trace: " + run.stderr());
        assertEquals(List.of(), listing(out));
    }

    @Test
    void aFailedRunLeavesTheModelThatWasThere() throws IOException {
        Path model = out.resolve("tickets.tfc");
        assertEquals(0, train(write("good.csv", tickets(40, "billing", "delivery"))).exit());
        byte[] before = Files.readAllBytes(model);
        List<String> files = listing(out);
        assertEquals(Main.BAD_DATA, train(write("bad.csv", "text,label\nhello,a\n,b\n")).exit());
        assertArrayEquals(before, Files.readAllBytes(model));
        assertEquals(files, listing(out));
    }

    @Test
    void trainWritesTheModelAndAReportWithTheTestMetrics() throws IOException {
        Run run = train(write("tickets.csv", tickets(60, "billing", "delivery", "account")));
        assertEquals(0, run.exit(), run.stderr());
        assertEquals("", run.stderr(), "quiet");
        JsonNode report = JSON.readTree(out.resolve("tickets.report.json").toFile());
        assertEquals("tickets", report.at("/card/name").asText());
        assertEquals(List.of("account", "billing", "delivery"), JSON.convertValue(report.at("/card/labels"), List.class));
        assertEquals(60, report.at("/examplesPerLabel/billing").asInt());
        double accuracy = report.at("/card/metrics/accuracy").asDouble();
        assertTrue(run.stdout().contains(String.format(java.util.Locale.ROOT, "test accuracy %.4f", accuracy)), run.stdout());
        assertEquals(List.of("tickets.report.json", "tickets.tfc"), listing(out));
    }

    @Test
    void progressGoesToStderrUnlessQuiet() throws IOException {
        Path data = write("tickets.csv", tickets(40, "billing", "delivery"));
        Run run = run("", "train", data.toString(), "-o", out.resolve("t.tfc").toString(), "--buckets", "4096", "--max-epochs", "2");
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stderr().contains("configuration 8/8"), run.stderr());
        assertTrue(run.stderr().contains("epoch 2/2"), run.stderr());
        assertTrue(run.stderr().contains("examples/s"), run.stderr());
        assertTrue(run.stderr().contains("left"), run.stderr());
        assertFalse(run.stdout().contains("configuration"), "stdout is for results: " + run.stdout());
    }

    @Test
    void imbalanceAndNearDuplicatesAcrossTheSplitAreWarningsInTheReport() throws IOException {
        StringBuilder csv = new StringBuilder(tickets(1000, "billing"));
        tickets(8, 20, "billing", "delivery").lines().filter(l -> l.endsWith(",delivery")).forEach(l -> csv.append(l).append('\n'));
        for (int i = 0; i < 40; i++) { // the same sentence in two spellings: some pairs straddle the split
            csv.append("Where is parcel ").append(i).append("?,delivery\nwhere is PARCEL ").append(i).append(",delivery\n");
        }
        Run run = train(write("skewed.csv", csv.toString()));
        assertEquals(0, run.exit(), run.stderr());
        JsonNode warnings = JSON.readTree(out.resolve("tickets.report.json").toFile()).get("warnings");
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).asText().startsWith("imbalanced labels: 'billing' has 1,000 examples, 'delivery' only 100 (10:1)"),
                warnings.toString());
        assertTrue(warnings.get(1).asText().contains("differ only in case, spacing or punctuation"), warnings.toString());
    }

    @Test
    void evalPrintsAccuracyMacroF1PerLabelMetricsAndTheConfusionMatrix() throws IOException {
        assertEquals(0, train(write("tickets.csv", tickets(60, "billing", "delivery"))).exit());
        Path other = write("other.jsonl", """
                {"text":"my invoice shows a double charge","label":"billing"}
                {"text":"the courier is late with my parcel","label":"delivery"}
                {"text":"refund my card payment","label":"billing"}
                """);
        Run run = run("", "eval", out.resolve("tickets.tfc").toString(), other.toString(), "--json");
        assertEquals(0, run.exit(), run.stderr());
        JsonNode metrics = JSON.readTree(run.stdout());
        assertEquals(3, metrics.get("examples").asInt());
        int[][] confusion = JSON.convertValue(metrics.get("confusion"), int[][].class);
        int correct = confusion[0][0] + confusion[1][1];
        assertEquals(correct / 3.0, metrics.get("accuracy").asDouble(), 1e-9);
        assertEquals(2, metrics.get("perLabel").size());

        Run table = run("", "eval", out.resolve("tickets.tfc").toString(), other.toString());
        assertTrue(table.stdout().contains("macro-F1"), table.stdout());
        assertTrue(table.stdout().contains("confusion (rows: true label, columns: predicted)"), table.stdout());
    }

    @Test
    void evalRefusesALabelTheModelDoesNotKnow() throws IOException {
        assertEquals(0, train(write("tickets.csv", tickets(40, "billing", "delivery"))).exit());
        Run run = run("", "eval", out.resolve("tickets.tfc").toString(),
                write("new.csv", "text,label\nhello,billing\nwhere is it,returns\n").toString());
        assertEquals(Main.BAD_DATA, run.exit());
        assertTrue(run.stderr().contains("new.csv line 3: label 'returns' is not one of the model's labels"), run.stderr());
    }

    @Test
    void predictPrintsOneJsonLineAPerInputLineWithProbabilitiesAndExplanations() throws IOException {
        assertEquals(0, train(write("tickets.csv", tickets(60, "billing", "delivery"))).exit());
        String input = "my invoice has a wrong charge\nthe parcel is late again\n";
        Run run = run(input, "predict", out.resolve("tickets.tfc").toString(), "--explain", "2");
        assertEquals(0, run.exit(), run.stderr());
        List<String> lines = run.stdout().lines().toList();
        assertEquals(2, lines.size(), run.stdout());
        String[] texts = input.split("\n");
        for (int i = 0; i < 2; i++) {
            JsonNode result = JSON.readTree(lines.get(i));
            String label = result.get("label").asText();
            double sum = result.get("probabilities").get("billing").asDouble() + result.get("probabilities").get("delivery").asDouble();
            assertEquals(1.0, sum, 1e-9);
            assertEquals(result.get("probabilities").get(label).asDouble(), result.get("confidence").asDouble(), 1e-12);
            assertTrue(result.get("explanation").size() <= 2);
            for (JsonNode part : result.get("explanation")) {
                assertTrue(texts[i].contains(part.get("text").asText()), part.toString());
                assertTrue(part.get("contribution").asDouble() > 0, part.toString());
            }
        }
        assertEquals("billing", JSON.readTree(lines.get(0)).get("label").asText());
        assertEquals("delivery", JSON.readTree(lines.get(1)).get("label").asText());
    }

    @Test
    void inspectShowsTheCard() throws IOException {
        assertEquals(0, train(write("tickets.csv", tickets(40, "billing", "delivery")), "--description", "Support queue").exit());
        Run run = run("", "inspect", out.resolve("tickets.tfc").toString());
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stdout().startsWith("tickets ("), run.stdout());
        assertTrue(run.stdout().contains("Support queue"), run.stdout());
        assertTrue(run.stdout().contains("labels        billing, delivery"), run.stdout());
        JsonNode card = JSON.readTree(run("", "inspect", out.resolve("tickets.tfc").toString(), "--json").stdout());
        assertEquals("tickets.csv", card.at("/dataset/file").asText());
    }

    @Test
    void usageErrorsAreExitOne() throws IOException {
        Path data = write("tickets.csv", tickets(40, "billing", "delivery"));
        for (String[] args : List.of(new String[] {"train", data.toString()}, new String[] {"train", data.toString(), "-o", "x.tfc", "--bogus"},
                new String[] {"train", data.toString(), "-o", out.resolve("Bad Name.tfc").toString()},
                new String[] {"train", data.toString(), "-o", out.resolve("t.tfc").toString(), "--buckets", "1000"},
                new String[] {"frobnicate"}, new String[] {})) {
            Run run = run("", args);
            assertEquals(Main.USAGE, run.exit(), String.join(" ", args) + ": " + run.stderr());
            assertFalse(run.stderr().contains("\tat "), run.stderr());
        }
        assertEquals(List.of(), listing(out));
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("train", "eval", "predict", "inspect")) {
            Run run = run("", command, "--help");
            assertEquals(0, run.exit());
            assertTrue(run.stdout().startsWith("Usage: taskfit " + command), run.stdout());
        }
        assertTrue(run("", "--help").stdout().contains("Exit codes:"));
    }

    @Test
    void aMissingFileIsExitThreeAndAFileThatIsNotAModelIsExitFour() throws IOException {
        Run missing = run("", "train", dir.resolve("nowhere.csv").toString(), "-o", out.resolve("t.tfc").toString());
        assertEquals(Main.IO, missing.exit());
        assertTrue(missing.stderr().contains("no such file: " + dir.resolve("nowhere.csv")), missing.stderr());
        Run notAModel = run("", "inspect", write("fake.tfc", "not a model").toString());
        assertEquals(Main.BAD_MODEL, notAModel.exit());
        assertTrue(notAModel.stderr().contains("fake.tfc is not a taskfit model file"), notAModel.stderr());
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
