package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a model reads its input: plain text as is, a raw email as its readable text, split by visible body. */
class InputFormatTest {

    private static final FeatureHashing HASHING = new FeatureHashing(1 << 20, 2);

    private static final String SPAM = """
            From: "Best Deals" <winner@cheap-offers.example>
            Reply-To: claims@elsewhere.example
            To: you@example.org
            Subject: =?utf-8?B?WW91IGhhdmUgV09OICQxMDAwIQ==?=
            X-Mailer: MassMailer 3.1
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="XYZ"

            --XYZ
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            Claim your prize now! 100%% free, no risk. Caf=E9 vouchers incl=
            uded.
            --XYZ
            Content-Type: text/html; charset=utf-8
            Content-Transfer-Encoding: base64

            %s
            --XYZ--
            """.formatted(Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(
            "<html><body><script>track()</script><p>CLICK <b>HERE</b> &amp; earn &euro;5000</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8)));

    private static int[] features(InputFormat format, String text) {
        FeatureBuffer buffer = new FeatureBuffer(16);
        format.extract(text, HASHING, buffer);
        return buffer.toArray();
    }

    @Test
    void plainReadsTheTextAsItIs() {
        Random random = new Random(61);
        for (int i = 0; i < 1_000; i++) {
            String text = RandomText.any(random);
            FeatureBuffer direct = new FeatureBuffer(16);
            HASHING.extract(text, 0, direct);
            assertArrayEquals(direct.toArray(), features(InputFormat.PLAIN, text));
            assertEquals(text, InputFormat.PLAIN.readableText(text));
        }
    }

    @Test
    void anEmailHasTheFeaturesOfItsReadableText() {
        String readable = InputFormat.EMAIL.readableText(SPAM);
        assertArrayEquals(features(InputFormat.PLAIN, readable), features(InputFormat.EMAIL, SPAM));
    }

    @Test
    void theReadableTextOfAnEmailHoldsSubjectVisibleBodyAndHeaderSignals() {
        String readable = InputFormat.EMAIL.readableText(SPAM);
        assertTrue(readable.startsWith("You have WON $1000!\n"), readable);
        assertTrue(readable.contains("Café vouchers included."), readable);
        assertTrue(readable.contains("CLICK") && readable.contains("HERE") && readable.contains("& earn €5000"), readable);
        assertTrue(readable.contains("mailer MassMailer 3.1"), readable);
        assertTrue(readable.contains("reply-to-differs"), readable);
        assertTrue(!readable.contains("track()") && !readable.contains("Content-Transfer-Encoding"), readable);
    }

    @Test
    void textWithoutHeadersIsReadAsPlainText() {
        String message = "Hi Tom, the build on the release branch is broken again; can you look before the meeting?";
        assertEquals(message, InputFormat.EMAIL.readableText(message));
        assertArrayEquals(features(InputFormat.PLAIN, message), features(InputFormat.EMAIL, message));
    }

    @Test
    void aBareMessageWhoseFirstLineHasAColonKeepsItsWords() {
        // An API user's bare message, not a header block: its words must reach the model.
        String message = "URGENT: You have won $1000. Call now to claim your prize!";
        String readable = InputFormat.EMAIL.readableText(message);
        assertTrue(readable.contains("won") && readable.contains("prize"), readable);
    }

    @Test
    void theSplitKeyOfAnEmailIsItsVisibleBodySoResentCopiesStayTogether() {
        String first = "From: a@one.example\nSubject: hello\nDate: Mon, 2 Sep 2002 10:00:00 +0000\n\n  The same body.  \n";
        String resent = "From: b@two.example\nSubject: Fwd: hello\nReceived: from relay\n\n  The same body.  \n";
        assertEquals("The same body.", InputFormat.EMAIL.splitKey(first));
        assertEquals(InputFormat.EMAIL.splitKey(first), InputFormat.EMAIL.splitKey(resent));
        assertEquals(DatasetSplit.of(InputFormat.EMAIL.splitKey(first)), DatasetSplit.of(InputFormat.EMAIL.splitKey(resent)));
    }

    @Test
    void theSplitKeyOfPlainTextIsTheText() {
        assertEquals("  a review, kept exactly  ", InputFormat.PLAIN.splitKey("  a review, kept exactly  "));
        assertEquals("no headers here", InputFormat.EMAIL.splitKey("no headers here"));
    }

    @Test
    void theSplitRuleSaysWhatIsHashed() {
        assertTrue(InputFormat.PLAIN.splitRule().contains("sha256(text)"));
        assertTrue(InputFormat.EMAIL.splitRule().contains("sha256(visible body)"));
        assertTrue(InputFormat.PLAIN.splitRule().contains("0-69 train, 70-79 validation, 80-99 test"));
    }
}
