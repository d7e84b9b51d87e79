package org.herald.read.html;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pages built to hurt a parser stay within the page limit's cost: read or refused, in seconds, no stack overflow. */
class HostilePagesTest {
    private static WebPages.Outcome readsInTime(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length <= WebPages.DEFAULT_MAX_HTML_BYTES, "within the page limit: " + bytes.length);
        long t0 = System.nanoTime();
        WebPages.Outcome o = WebPages.standard().read("https://a.example/x", bytes, Optional.empty(), Optional.of(LocalDate.of(2026, 1, 1)), "c");
        double secs = (System.nanoTime() - t0) / 1e9;
        assertNotNull(o);
        assertTrue(secs < 30, "took " + secs + " s");
        return o;
    }

    @Test
    void deepNestingIsRefusedWithTheDepth() {
        WebPages.Outcome o = readsInTime("<html><body>" + "<div>".repeat(200_000) + "<p>Chile signed a trade agreement with Peru.</p>" + "</div>".repeat(200_000) + "</body></html>");
        String reason = org.junit.jupiter.api.Assertions.assertInstanceOf(WebPages.Refused.class, o).reason();
        assertTrue(reason.startsWith("markup nested ") && reason.endsWith("beyond the limit of 512"), reason);
        // a real page's depth is read
        assertTrue(readsInTime("<html><body>" + "<div>".repeat(100) + "<p>Chile signed a trade agreement with Peru.</p>" + "</div>".repeat(100)
                + "</body></html>") instanceof WebPages.Read);
    }

    @Test
    void manyParagraphsAreReadInTime() {
        readsInTime("<html><body><article>" + "<p>Chile signed a trade agreement with Peru, officials said on Monday.</p>".repeat(60_000) + "</article></body></html>");
    }
}
