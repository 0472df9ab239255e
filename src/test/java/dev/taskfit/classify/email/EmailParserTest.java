package dev.taskfit.classify.email;

import dev.taskfit.classify.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Reading raw mail: headers, RFC 2047 words, MIME parts and encodings; never an exception on garbage. */
class EmailParserTest {

    private static String base64(String text, Charset charset) {
        return Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(text.getBytes(charset));
    }

    private static void assertContains(String haystack, String needle) {
        assertTrue(haystack.contains(needle), () -> "expected " + RandomText.describe(needle) + " in " + RandomText.describe(haystack));
    }

    private static void assertLacks(String haystack, String needle) {
        assertFalse(haystack.contains(needle), () -> "did not expect " + RandomText.describe(needle) + " in " + RandomText.describe(haystack));
    }

    /** A mail with most of what MIME allows: folded and encoded headers, nested parts, both transfer encodings. */
    private static final String RICH = """
            From alice@example.com  Mon Sep  2 12:00:00 2002
            Return-Path: <alice@example.com>
            From: =?iso-8859-1?Q?Ren=E9e?= <renee@shop.example>
            To: bob@example.org
            Subject: Spring sale:
             =?utf-8?B?%s?=
            \tends Friday
            X-Mailer: Outlook Express 6
            List-Id: <offers.shop.example>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="outer"

            This is a multi-part message in MIME format.
            --outer
            Content-Type: multipart/alternative; boundary=inner

            --inner
            Content-Type: text/plain; charset="utf-8"
            Content-Transfer-Encoding: quoted-printable

            Plain caf=C3=A9 offer, a very long line that is wrapped with a soft line br=
            eak here.
            --inner
            Content-Type: text/html; charset=iso-8859-1
            Content-Transfer-Encoding: base64

            %s
            --inner--
            --outer
            Content-Type: application/pdf; name="terms.pdf"
            Content-Transfer-Encoding: base64

            JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
            --outer
            Content-Type: message/rfc822

            From: carol@example.net
            Subject: the forwarded one
            Content-Type: text/plain

            Forwarded words inside.
            --outer--
            epilogue text
            """.formatted(
            base64("Grüße und 50% Rabatt", StandardCharsets.UTF_8),
            base64("<html><head><style>p {color: red}</style><script>alert('x')</script></head>"
                    + "<body><p>HTML cr\u00e8me &amp; more &lt;3 &#233;t&#xE9;</p><!-- hidden --></body></html>",
                    StandardCharsets.ISO_8859_1));

    @Test
    void unfoldsHeaders() {
        EmailMessage mail = EmailParser.parse("Subject: a subject\n that goes on\n\tand on\nTo: x@y.example\n\nbody");
        assertEquals("a subject that goes on and on", mail.subject());
    }

    @Test
    void readsHeaderNamesWithoutRegardToCase() {
        assertEquals("shouting", EmailParser.parse("SUBJECT: shouting\nfrom: a@b.example\n\nbody").subject());
    }

    @Test
    void decodesBase64EncodedWords() {
        String encoded = "=?UTF-8?B?" + Base64.getEncoder().encodeToString("Grüße 👋".getBytes(StandardCharsets.UTF_8)) + "?=";
        assertEquals("Re: Grüße 👋", EmailParser.decodeWords("Re: " + encoded));
    }

    @Test
    void decodesQuotedPrintableEncodedWords() {
        assertEquals("Café crème", EmailParser.decodeWords("=?iso-8859-1?Q?Caf=E9_cr=E8me?="));
        assertEquals("Café", EmailParser.decodeWords("=?utf-8?q?Caf=c3=a9?="));
    }

    @Test
    void joinsAdjacentEncodedWordsWithoutTheWhitespaceBetweenThem() {
        // RFC 2047 section 6.2: white space between adjacent encoded words is not displayed.
        assertEquals("Grüße", EmailParser.decodeWords("=?utf-8?Q?Gr=C3=BC?= =?utf-8?Q?=C3=9Fe?="));
        assertEquals("Grüße", EmailParser.decodeWords("=?utf-8?Q?Gr=C3=BC?=\n\t=?utf-8?Q?=C3=9Fe?="));
        assertEquals("a b", EmailParser.decodeWords("=?utf-8?Q?a?= b"));
    }

    @Test
    void keepsUndecodableEncodedWordsAndNeverThrows() {
        assertEquals("=?utf-8?X?abc?=", EmailParser.decodeWords("=?utf-8?X?abc?="));
        assertEquals("hello", EmailParser.decodeWords("=?no-such-charset?Q?hello?="));
        EmailParser.decodeWords("=?utf-8?B?!!!not base64===?=");
        EmailParser.decodeWords("=?utf-8?B?QQ=Q?=");
    }

    @Test
    void readsTheSubjectOfARichMail() {
        assertEquals("Spring sale: Grüße und 50% Rabatt ends Friday", EmailParser.parse(RICH).subject());
    }

    @Test
    void readsQuotedPrintableUtf8WithSoftLineBreaks() {
        assertContains(EmailParser.parse(RICH).body(), "Plain café offer, a very long line that is wrapped with a soft line break here.");
    }

    @Test
    void readsBase64Iso88591Html() {
        assertContains(EmailParser.parse(RICH).body(), "HTML crème & more <3 été");
    }

    @Test
    void leavesOutScriptsStylesAndComments() {
        String body = EmailParser.parse(RICH).body();
        assertLacks(body, "alert");
        assertLacks(body, "color");
        assertLacks(body, "hidden");
        assertLacks(body, "<p>");
    }

    @Test
    void followsAnAttachedMessage() {
        assertContains(EmailParser.parse(RICH).body(), "Forwarded words inside.");
    }

    @Test
    void skipsNonTextPartsPreambleAndEpilogue() {
        String body = EmailParser.parse(RICH).body();
        assertLacks(body, "JVBERi0");
        assertLacks(body, "multi-part message");
        assertLacks(body, "epilogue");
    }

    @Test
    void describesHowTheMailWasMade() {
        EmailMessage mail = EmailParser.parse(RICH);
        assertTrue(mail.headerSignals().contains("mailer Outlook Express 6"), mail.headerSignals()::toString);
        assertTrue(mail.headerSignals().contains("ctype multipart/mixed"), mail.headerSignals()::toString);
        assertTrue(mail.headerSignals().contains("mailing-list"), mail.headerSignals()::toString);
        assertTrue(mail.headerSignals().contains("from Renée <renee@shop.example>"), mail.headerSignals()::toString);
        assertFalse(mail.headerSignals().contains("html-only"), mail.headerSignals()::toString);
        assertFalse(mail.headerSignals().contains("reply-to-differs"), mail.headerSignals()::toString);
    }

    @Test
    void marksAMailWhoseOnlyTextIsHtml() {
        EmailMessage mail = EmailParser.parse("From: a@b.example\nContent-Type: text/html\n\n<p>Buy <b>now</b></p>");
        assertTrue(mail.headerSignals().contains("html-only"), mail.headerSignals()::toString);
        assertContains(mail.body(), "Buy");
        assertLacks(mail.body(), "<b>");
    }

    @Test
    void marksAReplyToAnotherDomain() {
        EmailMessage mail = EmailParser.parse("From: Shop <a@shop.example>\nReply-To: <x@Other.example>\n\nhi");
        assertTrue(mail.headerSignals().contains("reply-to-differs"), mail.headerSignals()::toString);
        EmailMessage same = EmailParser.parse("From: Shop <a@shop.example>\nReply-To: b@SHOP.example\n\nhi");
        assertFalse(same.headerSignals().contains("reply-to-differs"), same.headerSignals()::toString);
    }

    @Test
    void readsCrlfMailsLikeLfMails() {
        assertEquals(EmailParser.parse(RICH), EmailParser.parse(RICH.replace("\n", "\r\n")));
    }

    @Test
    void readsAMailWithoutContentTypeAsPlainText() {
        EmailMessage mail = EmailParser.parse("From: a@b.example\nSubject: hi\n\nJust text, = signs and =?not encoded?=.");
        assertEquals("hi", mail.subject());
        assertContains(mail.body(), "Just text, = signs and =?not encoded?=.");
    }

    @Test
    void decodesAPlainBodyInItsDeclaredCharset() {
        String mail = "Subject: x\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "=80100 =93quoted=94";
        assertContains(EmailParser.parse(mail).body(), "€100 “quoted”");
    }

    @Test
    void fallsBackToLatin1ForAnUnknownCharset() {
        String mail = "Subject: x\nContent-Type: text/plain; charset=x-unheard-of\nContent-Transfer-Encoding: quoted-printable\n\ncaf=E9";
        assertContains(EmailParser.parse(mail).body(), "café");
    }

    @Test
    void stopsFollowingNestedPartsAtSomeDepthWithoutFailing() {
        StringBuilder mail = new StringBuilder("Subject: deep\n");
        int depth = 500;
        for (int i = 0; i < depth; i++) {
            mail.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b").append(i).append('\n');
        }
        mail.append("Content-Type: text/plain\n\ndeepest\n");
        for (int i = depth - 1; i >= 0; i--) {
            mail.append("--b").append(i).append("--\n");
        }
        assertEquals("deep", EmailParser.parse(mail.toString()).subject());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "From: a@b.example\nTo: c@d.example\nSubject: hi\n\nbody",
            "From alice@example.com  Mon Sep  2 12:00:00 2002\nReturn-Path: <alice@example.com>\n\nbody",
            "Return-Path: <a@b.example>\r\nDelivered-To: c@d.example\r\n\r\nbody",
            "Received: from mail.example.com\n\tby mx.example.org; Mon, 2 Sep 2002\nSubject: folded\n\nbody"})
    void recognisesAHeaderBlock(String text) {
        assertTrue(EmailParser.looksLikeEmail(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I loved this movie. It was great.",
            "",
            "   ",
            "Great film!\nSubject: not a header, it comes second",
            ": a colon first",
            "Note: this film is long.\nBut I loved every minute of it.",
            "URGENT: You have won $1000. Call now to claim your prize!",
            "http://win.example.com click here to claim your prize"})
    void doesNotTakeProseForAHeaderBlock(String text) {
        assertFalse(EmailParser.looksLikeEmail(text));
    }

    @Test
    void neverThrowsOnGarbage() {
        Random random = new Random(71);
        String[] pieces = {
                "From: ", "Subject: ", "Content-Type: multipart/mixed; boundary=", "Content-Type: multipart/alternative; boundary=\"",
                "Content-Type: message/rfc822", "Content-Type: text/html; charset=", "Content-Transfer-Encoding: base64",
                "Content-Transfer-Encoding: quoted-printable", "--", "--b", "b", "\n", "\n\n", "\r\n", " ", "\t", "=?", "?=",
                "?B?", "?Q?", "utf-8", "=", "=E9", "=\n", "<script>", "</script", "<!--", "&#", "&#x", ";", "&amp", ":", "\"",
                "==", "QQ", "<p>", ">"};
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(random.nextInt(4) == 0 ? RandomText.unicode(random, 6) : pieces[random.nextInt(pieces.length)]);
            }
            parseWithoutThrowing(text.toString());
        }
    }

    @Test
    void neverThrowsOnATruncatedMail() {
        for (int length = 0; length <= RICH.length(); length++) {
            parseWithoutThrowing(RICH.substring(0, length));
        }
    }

    @Test
    void neverThrowsOnACorruptedMail() {
        Random random = new Random(72);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder mail = new StringBuilder(RICH);
            for (int edits = 1 + random.nextInt(5); edits > 0; edits--) {
                int at = random.nextInt(mail.length());
                switch (random.nextInt(3)) {
                    case 0 -> mail.deleteCharAt(at);
                    case 1 -> mail.insert(at, RandomText.unicode(random, 3));
                    default -> mail.setCharAt(at, "=?\n-:;\"<>&#".charAt(random.nextInt(11)));
                }
            }
            parseWithoutThrowing(mail.toString());
        }
    }

    private static void parseWithoutThrowing(String text) {
        try {
            EmailParser.looksLikeEmail(text);
            EmailMessage mail = EmailParser.parse(text);
            if (mail.subject() == null || mail.body() == null) {
                fail("null field for " + RandomText.describe(text));
            }
        } catch (RuntimeException | StackOverflowError e) {
            fail("parse threw on " + RandomText.describe(text), e);
        }
    }
}
