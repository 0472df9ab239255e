package dev.taskfit.classify.email;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** HTML to the text a reader sees. */
class HtmlTextTest {

    /** What a reader sees, with runs of white space made single, for comparison. */
    private static String visible(String html) {
        return HtmlText.strip(html).replaceAll("\\s+", " ").strip();
    }

    @Test
    void removesTags() {
        assertEquals("Buy now", visible("<p class=\"x\">Buy <b>now</b></p>"));
    }

    @Test
    void removesScriptsAndStylesWithTheirContent() {
        assertEquals("before after", visible("before<script type=\"text/javascript\">var a = '<p>';\nalert(a)</script>"
                + "<STYLE>\nbody { color: red }\n</STYLE >after"));
    }

    @Test
    void removesComments() {
        assertEquals("seen", visible("<!-- not\nseen -->seen"));
    }

    @Test
    void breaksLinesAtBlockTags() {
        assertEquals("one\ntwo\nthree", HtmlText.strip("one<br>two<P>three").strip());
    }

    @Test
    void decodesNamedEntities() {
        assertEquals("& < > \" ' £ € © x", visible("&amp; &lt; &gt; &quot; &apos; &pound; &euro; &copy;&nbsp;x"));
        assertEquals("&", visible("&AMP;"));
    }

    @Test
    void decodesNumericEntities() {
        assertEquals("été 😀", visible("&#233;t&#xe9; &#x1F600;"));
    }

    @Test
    void decodesHexEntitiesWithACapitalX() {
        assertEquals("é", visible("&#XE9;"));
    }

    @Test
    void keepsWhatIsNotAnEntity() {
        assertEquals("&unknown; &#x110000; &#99999999999; AT&T &amp", visible("&unknown; &#x110000; &#99999999999; AT&T &amp"));
    }
}
