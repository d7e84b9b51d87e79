package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** herald code on a gzip WARC end to end (real CoreNLP): the page's story is coded, the 404 named on stderr. */
class WarcCodeTest {
    static final String PAGE = """
            <html><head><meta property="og:title" content="Turkey condemns Israel"><meta property="og:site_name" content="Example Wire">
            <meta property="article:published_time" content="2024-05-01T10:00:00Z"></head><body>
            <nav><ul><li><a href="/a">World</a></li><li><a href="/b">Politics</a></li><li><a href="/c">Sport</a></li></ul></nav>
            <div class="cookie-banner"><p>Germany condemned France in our cookie policy, which you accept by reading on.</p></div>
            <article><p>Turkey condemned Israel over the strikes, the foreign ministry in Ankara said in a statement.</p></article>
            <footer><p>Japan criticized China in the footer, which is no story.</p></footer></body></html>
            """;

    static void writeWarc(Path file) throws Exception {
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(new WarcResponse.Builder(URI.create("https://wire.example/turkey")).date(Instant.parse("2024-05-02T00:00:00Z"))
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), PAGE.getBytes(StandardCharsets.UTF_8)).build()).build());
            w.write(new WarcResponse.Builder(URI.create("https://wire.example/missing")).date(Instant.parse("2024-05-02T00:00:00Z"))
                    .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML, "<p>gone</p>".getBytes(StandardCharsets.UTF_8)).build()).build());
        }
    }

    @Test
    void codesTheMainTextOfAWarcAndNamesTheSkippedRecord(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("news.warc.gz");
        writeWarc(warc);
        HeraldCliTest.Run r = HeraldCliTest.run("code", "--no-model", warc.toString());
        assertEquals(1, r.status(), "the 404 is skipped: " + r.err());
        assertTrue(r.err().contains("herald: skipped " + warc + ": record 2 at byte offset "), r.err());
        assertTrue(r.err().contains("(https://wire.example/missing): HTTP status 404 Not Found, not 200"), r.err());
        List<String> events = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : r.out().strip().split("\n")) {
            JsonNode e = json.readTree(line);
            events.add(e.get("article_id").asText() + " " + e.get("date").asText() + " " + e.get("source").asText() + " "
                    + e.get("code").asText() + " " + e.get("target").asText());
        }
        assertTrue(events.contains("https://wire.example/turkey 2024-05-01 TUR 111 ISR"), events.toString());
        assertTrue(events.stream().noneMatch(e -> e.contains("DEU") || e.contains("JPN")), "nothing from the banner or footer: " + events);
    }
}
