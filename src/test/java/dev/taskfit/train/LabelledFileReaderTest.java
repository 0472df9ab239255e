package dev.taskfit.train;

import dev.taskfit.classify.LabelledExample;
import dev.taskfit.classify.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading training data: JSONL and RFC 4180 CSV, gzip or not; bad records are counted, not fatal. */
class LabelledFileReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path writeGzip(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static LabelledExample example(String text, String label) {
        return new LabelledExample(text, label);
    }

    @Test
    void readsJsonLines() throws IOException {
        LabelledFileReader.Loaded loaded = LabelledFileReader.read(write("reviews.jsonl", """
                {"text":"a fine film","label":"positive"}
                {"label":"negative","text":"dull\\nand \\"long\\" \\u00e9"}
                """));
        assertEquals(List.of(example("a fine film", "positive"), example("dull\nand \"long\" é", "negative")), loaded.examples());
        assertEquals(0, loaded.skipped());
    }

    @Test
    void countsMalformedJsonLinesAsSkippedAndIgnoresBlankLines() throws IOException {
        LabelledFileReader.Loaded loaded = LabelledFileReader.read(write("mixed.jsonl", """
                {"text":"good","label":"positive"}
                not json at all
                {"text":"no label"}
                {"label":"negative"}
                {"text":42,"label":"negative"}
                {"text":"blank label","label":"  "}
                {"text":"object label","label":{"name":"positive"}}
                [1,2,3]
                null

                {"text":"truncated","lab
                {"text":"bad","label":" negative "}
                """));
        assertEquals(List.of(example("good", "positive"), example("bad", "negative")), loaded.examples());
        assertEquals(9, loaded.skipped());
    }

    @Test
    void readsANumericLabelAsText() throws IOException {
        assertEquals(List.of(example("x", "1")), LabelledFileReader.read(write("numeric.jsonl", "{\"text\":\"x\",\"label\":1}\n")).examples());
    }

    @Test
    void readsNdjsonLikeJsonLines() throws IOException {
        assertEquals(1, LabelledFileReader.read(write("data.ndjson", "{\"text\":\"x\",\"label\":\"y\"}")).examples().size());
    }

    @Test
    void readsCsvWithATextLabelHeader() throws IOException {
        LabelledFileReader.Loaded loaded = LabelledFileReader.read(write("reviews.csv", "text,label\na fine film,positive\ndull,negative\n"));
        assertEquals(List.of(example("a fine film", "positive"), example("dull", "negative")), loaded.examples());
        assertEquals(0, loaded.skipped());
    }

    @Test
    void readsQuotedCommasInCsv() throws IOException {
        assertEquals(List.of(example("good, really good", "positive")),
                LabelledFileReader.read(write("q.csv", "text,label\n\"good, really good\",positive\n")).examples());
    }

    @Test
    void readsDoubledQuotesInCsvAsOneQuote() throws IOException {
        assertEquals(List.of(example("she said \"wow\"", "positive"), example("\"", "negative")),
                LabelledFileReader.read(write("q.csv", "text,label\n\"she said \"\"wow\"\"\",positive\n\"\"\"\",negative\n")).examples());
    }

    @Test
    void readsNewlinesInsideQuotedCsvFields() throws IOException {
        assertEquals(List.of(example("line one\nline two\r\nline three", "positive"), example("next", "negative")),
                LabelledFileReader.read(write("q.csv", "text,label\n\"line one\nline two\r\nline three\",positive\nnext,negative\n")).examples());
    }

    @Test
    void readsCsvWithCrlfLineEnds() throws IOException {
        assertEquals(List.of(example("hello", "positive"), example("a, b", "negative")),
                LabelledFileReader.read(write("crlf.csv", "text,label\r\nhello,positive\r\n\"a, b\",negative\r\n")).examples());
    }

    @Test
    void findsTheColumnsByTheirNamesInAnyOrderAndCase() throws IOException {
        assertEquals(List.of(example("hello", "positive")),
                LabelledFileReader.read(write("cols.csv", "id, Label ,TEXT,source\n1,positive,hello,web\n")).examples());
    }

    @Test
    void countsCsvRowsWithoutALabelAsSkipped() throws IOException {
        LabelledFileReader.Loaded loaded = LabelledFileReader.read(write("gaps.csv", "text,label\nonly a text\nno label,\nfine,positive\n"));
        assertEquals(List.of(example("fine", "positive")), loaded.examples());
        assertEquals(2, loaded.skipped());
    }

    @Test
    void aCsvWithoutTextAndLabelColumnsIsAnIOException() throws IOException {
        Path file = write("wrong.csv", "review,sentiment\nhello,positive\n");
        IOException e = assertThrows(IOException.class, () -> LabelledFileReader.read(file));
        assertTrue(e.getMessage().contains("text and label"), e.getMessage());
    }

    @Test
    void anEmptyFileHasNoExamples() throws IOException {
        assertEquals(new LabelledFileReader.Loaded(List.of(), 0), LabelledFileReader.read(write("empty.csv", "")));
        assertEquals(new LabelledFileReader.Loaded(List.of(), 0), LabelledFileReader.read(write("empty.jsonl", "")));
    }

    @Test
    void ignoresAByteOrderMarkAtTheStartOfACsv() throws IOException {
        assertEquals(List.of(example("hello", "positive")),
                LabelledFileReader.read(write("excel.csv", "\uFEFFtext,label\r\nhello,positive\r\n")).examples());
    }

    @Test
    void ignoresAByteOrderMarkAtTheStartOfJsonLines() throws IOException {
        LabelledFileReader.Loaded loaded = LabelledFileReader.read(write("bom.jsonl", "\uFEFF{\"text\":\"x\",\"label\":\"y\"}\n"));
        assertEquals(List.of(example("x", "y")), loaded.examples());
        assertEquals(0, loaded.skipped());
    }

    @Test
    void readsBackAnyTextWrittenAsQuotedCsv() throws IOException {
        Random random = new Random(81);
        List<LabelledExample> written = new ArrayList<>();
        StringBuilder csv = new StringBuilder("text,label\r\n");
        while (written.size() < 2_000) {
            String text = RandomText.any(random) + (random.nextBoolean() ? ",\"\r\n" : "");
            if (!text.equals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))) {
                continue; // a lone surrogate cannot be written as UTF-8
            }
            String label = "label" + random.nextInt(3);
            written.add(example(text, label));
            csv.append('"').append(text.replace("\"", "\"\"")).append("\",").append(label).append(random.nextBoolean() ? "\n" : "\r\n");
        }
        assertEquals(written, LabelledFileReader.read(write("random.csv", csv.toString())).examples());
    }

    @Test
    void readsGzippedJsonLinesAndCsv() throws IOException {
        assertEquals(List.of(example("zipped", "positive")),
                LabelledFileReader.read(writeGzip("data.jsonl.gz", "{\"text\":\"zipped\",\"label\":\"positive\"}\n")).examples());
        assertEquals(List.of(example("zipped, too", "negative")),
                LabelledFileReader.read(writeGzip("data.csv.gz", "text,label\n\"zipped, too\",negative\n")).examples());
    }

    @ParameterizedTest
    @ValueSource(strings = {"data.txt", "data.json", "data.tsv", "data", "data.txt.gz"})
    void anUnknownFileTypeIsAnIOException(String name) throws IOException {
        String content = "{\"text\":\"x\",\"label\":\"y\"}\n";
        Path file = name.endsWith(".gz") ? writeGzip(name, content) : write(name, content);
        IOException e = assertThrows(IOException.class, () -> LabelledFileReader.read(file));
        assertTrue(e.getMessage().contains("unknown file type"), e.getMessage());
    }
}
