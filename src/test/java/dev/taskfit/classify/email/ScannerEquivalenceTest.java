package dev.taskfit.classify.email;

import dev.taskfit.classify.InputFormat;
import dev.taskfit.classify.LabelledExample;
import dev.taskfit.classify.RandomText;
import dev.taskfit.train.LabelledFileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The hand-written email and HTML scanners read everything exactly as the regex-based reader they replaced
 * ({@link ReferenceEmailParser}, {@link ReferenceHtmlText}, kept in the test tree for this only): the whole
 * SpamAssassin corpus the spam model is trained on, and mangled mails and HTML built to reach the corners.
 */
class ScannerEquivalenceTest {

    private static List<LabelledExample> corpus;

    @BeforeAll
    static void readCorpus() throws IOException {
        corpus = LabelledFileReader.read(Path.of("src/data/spam.jsonl.gz")).examples();
    }

    /** What InputFormat.EMAIL read before: the old reader's subject, body and header signals, one per line. */
    private static String referenceReadableText(String text) {
        if (!ReferenceEmailParser.looksLikeEmail(text)) {
            return text;
        }
        EmailMessage mail = ReferenceEmailParser.parse(text);
        return mail.subject() + "\n" + mail.body() + "\n" + String.join("\n", mail.headerSignals());
    }

    private static void assertSameReading(String text) {
        try {
            assertEquals(ReferenceEmailParser.looksLikeEmail(text), EmailParser.looksLikeEmail(text), "looksLikeEmail");
            assertEquals(ReferenceEmailParser.parse(text), EmailParser.parse(text), "parse");
            assertEquals(referenceReadableText(text), InputFormat.EMAIL.readableText(text), "readableText");
        } catch (AssertionError e) {
            fail("read differently: " + RandomText.describe(text.length() > 2000 ? text.substring(0, 2000) + "..." : text), e);
        }
    }

    @Test
    void readsEveryMailOfTheSpamCorpusAsBefore() {
        assertEquals(6_046, corpus.size());
        for (LabelledExample example : corpus) {
            String text = example.text();
            boolean email = ReferenceEmailParser.looksLikeEmail(text);
            EmailMessage mail = email ? ReferenceEmailParser.parse(text) : null;
            String readable = email ? mail.subject() + "\n" + mail.body() + "\n" + String.join("\n", mail.headerSignals()) : text;
            assertEquals(readable, InputFormat.EMAIL.readableText(text));
            assertEquals(email ? mail.body().strip() : text, InputFormat.EMAIL.splitKey(text));
        }
    }

    @Test
    void readsMangledCorpusMailsAsBefore() {
        Random random = new Random(81);
        String edits = "=?\n\r-:;\"<>&#!/ \t";
        String[] insertions = {"<script>", "</script >", "<style", "</STYLE>", "<!--", "-->", "<br>", "<P", "<h7>", "&amp;",
                "&#x41;", "&#65;", "&#xZZ;", "\r\n", "\n\n", "--", "boundary=", "charset=", "=?utf-8?B?", "?=", "=\n", "=E9"};
        for (int i = 0; i < 3_000; i++) {
            StringBuilder mail = new StringBuilder(corpus.get(random.nextInt(corpus.size())).text());
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                int at = random.nextInt(mail.length() + 1);
                switch (random.nextInt(5)) {
                    case 0 -> {
                        if (at < mail.length()) {
                            mail.deleteCharAt(at);
                        }
                    }
                    case 1 -> mail.insert(at, RandomText.unicode(random, 3));
                    case 2 -> mail.insert(at, insertions[random.nextInt(insertions.length)]);
                    case 3 -> mail.setLength(Math.max(0, Math.min(mail.length(), at)));
                    default -> {
                        if (at < mail.length()) {
                            mail.setCharAt(at, edits.charAt(random.nextInt(edits.length())));
                        }
                    }
                }
            }
            assertSameReading(mail.toString());
        }
    }

    @Test
    void readsGeneratedMailsAsBefore() {
        Random random = new Random(82);
        String[] pieces = {
                "From: ", "From ", "Subject: ", "Reply-To: ", "X-Mailer: ", "List-Id: ", "CONTENT-TYPE: ", "Content-Type: text/plain",
                "Content-Type: multipart/mixed; boundary=", "Content-Type: multipart/alternative; boundary=\"",
                "Content-Type: message/rfc822", "Content-Type: text/html; charset=", "Content-Transfer-Encoding: base64",
                "Content-Transfer-Encoding: Quoted-Printable", "content-transfer-encoding:  BASE64 ", "boundary = \"b\"", "--",
                "--b", "--b--", "b", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u0085", " ", "\t", ";", "=?", "?=", "?B?", "?Q?",
                "utf-8", "iso-8859-1", "=", "=E9", "=\n", "<script>", "</script", "<style>", "</style>", "<!--", "-->", "&#",
                "&#x", "&amp", "&lt;", ":", "\"", "==", "QQ", "SGVsbG8=", "<p>", "<br/>", "<div", ">", "@", "a@b.example"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(50); n > 0; n--) {
                text.append(random.nextInt(5) == 0 ? RandomText.unicode(random, 4) : pieces[random.nextInt(pieces.length)]);
            }
            assertSameReading(text.toString());
        }
    }

    @Test
    void stripsGeneratedHtmlAsBefore() {
        Random random = new Random(83);
        String[] pieces = {
                "<", ">", "/", "script", "SCRIPT", "sCrIpT", "style", "Style", "</", "<!--", "-->", "--", "!", "br", "BR",
                "p", "P", "pre", "div", "DIV", "tr", "li", "h1", "h6", "h7", "hr", " ", "\t", "\n", "\r", "\u000b", "_", "x",
                "\u0301", "\u00e9", "\ud835\udc00", "\ud835", "&", ";", "#", "#x", "#X", "amp", "AMP", "nbsp", "euro", "unknown",
                "41", "1F600", "110000", "99999999999", "e9", "=", "\""};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder html = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                html.append(random.nextInt(8) == 0 ? RandomText.unicode(random, 3) : pieces[random.nextInt(pieces.length)]);
            }
            String text = html.toString();
            assertEquals(ReferenceHtmlText.strip(text), HtmlText.strip(text), () -> RandomText.describe(text));
        }
    }
}
