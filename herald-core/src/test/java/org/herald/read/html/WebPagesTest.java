package org.herald.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.junit.jupiter.api.Test;

/** Pages to articles: where the date, title and source come from, charsets, and pages that give no article. */
class WebPagesTest {
    private static final String STORY = "<p>The government of Chile announced new sanctions against the smuggling networks operating in the north of the country.</p>"
            + "<p>Officials said the measures would take effect within a week and would be reviewed by parliament next year.</p>";
    private static final Optional<LocalDate> CAPTURED = Optional.of(LocalDate.of(2026, 5, 1));

    private static WebPages.Read read(String html) {
        WebPages.Outcome o = WebPages.standard().read("https://www.example.cl/news/1", html.getBytes(StandardCharsets.UTF_8), Optional.empty(), CAPTURED, "capture date");
        return assertInstanceOf(WebPages.Read.class, o, o.toString());
    }

    @Test
    void jsonLdInAGraphGivesDateTitleAndPublisher() {
        String ld = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Chile announces sanctions\",\"datePublished\":\"2026-02-11T09:00:00Z\",\"publisher\":{\"name\":\"El Ejemplo\"}}]}";
        WebPages.Read r = read("<html><head><title>Home</title><script type=\"application/ld+json\">" + ld + "</script></head><body><article>" + STORY + "</article></body></html>");
        assertEquals(LocalDate.of(2026, 2, 11), r.article().date());
        assertEquals("json-ld datePublished", r.dateFrom());
        assertEquals("Chile announces sanctions", r.article().title());
        assertEquals("El Ejemplo", r.article().source());
    }

    @Test
    void aTimeElementDatesThePageAndBrokenJsonLdIsPassedOver() {
        WebPages.Read r = read("<html><head><title>Sanctions</title><script type=\"application/ld+json\">{not json</script></head><body><article>"
                + "<time datetime=\"2026/01/30\">30 January</time>" + STORY + "</article></body></html>");
        assertEquals(LocalDate.of(2026, 1, 30), r.article().date());
        assertEquals("time datetime", r.dateFrom());
        assertEquals("example.cl", r.article().source());
    }

    @Test
    void noDateOnThePageTakesTheCaptureDate() {
        WebPages.Read r = read("<html><body><h1>Sanctions</h1><div>" + STORY + "</div></body></html>");
        assertEquals(CAPTURED.get(), r.article().date());
        assertEquals("capture date", r.dateFrom());
        assertEquals("Sanctions", r.article().title());
        assertTrue(r.article().body().startsWith("The government of Chile"), r.article().body());
    }

    @Test
    void aDeclaredCharsetIsHonouredAndBadUtf8IsRefusedWithItsOffset() {
        byte[] latin = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Le président a "
                + "annoncé des sanctions contre les réseaux de contrebande qui opèrent dans le nord du pays, selon le ministère.</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        WebPages.Outcome ok = WebPages.standard().read("https://a.example/fr", latin, Optional.empty(), CAPTURED, "capture date");
        assertTrue(assertInstanceOf(WebPages.Read.class, ok).article().body().startsWith("Le président a annoncé"), ok.toString());
        // the same bytes with no declaration are read as UTF-8, and é (0xE9) is not UTF-8
        byte[] undeclared = new String(latin, StandardCharsets.ISO_8859_1).replace("charset=iso-8859-1", "").getBytes(StandardCharsets.ISO_8859_1);
        WebPages.Outcome bad = WebPages.standard().read("https://a.example/fr", undeclared, Optional.empty(), CAPTURED, "capture date");
        String reason = assertInstanceOf(WebPages.Refused.class, bad).reason();
        assertTrue(reason.matches("not UTF-8 text \\(byte 0xE9 at byte offset \\d+ of the page\\)"), reason);
        assertEquals("unknown charset 'x-nonsense'", assertInstanceOf(WebPages.Refused.class,
                WebPages.standard().read("https://a.example", latin, Optional.of("x-nonsense"), CAPTURED, "c")).reason());
    }

    @Test
    void aPageWithoutTextOrWithoutAnyDateIsRefusedWithTheReason() {
        assertEquals("no article text found on the page", assertInstanceOf(WebPages.Refused.class,
                WebPages.standard().read("https://a.example", "<html><body><nav><a href=/>Home</a></nav></body></html>".getBytes(), Optional.empty(), CAPTURED, "c")).reason());
        String reason = assertInstanceOf(WebPages.Refused.class,
                WebPages.standard().read("https://a.example", ("<html><body>" + STORY + "</body></html>").getBytes(), Optional.empty(), Optional.empty(), "c")).reason();
        assertTrue(reason.startsWith("the page gives no date"), reason);
    }

    @Test
    void aHintOnTheBodyNeverRemovesThePageAndLinkListsGo() {
        WebPages.Read r = read("<html><body class=\"cookie-banner-shown\"><div>" + STORY + "</div><ul><li><a href=/1>One story</a></li>"
                + "<li><a href=/2>Another story</a></li><li><a href=/3>A third story</a></li></ul></body></html>");
        assertEquals(2, r.article().body().split("\n\n").length, r.article().body());
    }

    @Test
    void dataFileErrorsNameTheLine() {
        DictionaryException e = assertThrows(DictionaryException.class, () -> BoilerplateRules.load(
                TsvTable.parse("b.tsv", "kind\tvalue\twhy\ntag\tnav\tx\nsetting\tlink_density=lots\ty\n", "kind", "value")));
        assertTrue(e.getMessage().contains("b.tsv:3"), e.getMessage());
        DictionaryException f = assertThrows(DictionaryException.class, () -> PageMetadata.load(
                TsvTable.parse("m.tsv", "field\twhere\tname\ndate\tmeta\tdate\ndate\tfooter\tx\n", "field", "where", "name")));
        assertTrue(f.getMessage().contains("m.tsv:3") && f.getMessage().contains("unknown place 'footer'"), f.getMessage());
    }
}
