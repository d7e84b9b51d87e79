package org.herald.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.read.html.WebPages;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** WARC files written here with jwarc, read back through Inputs as code and ingest read them. */
class WebArchiveReaderTest {
    private static final Instant CAPTURED = Instant.parse("2026-04-05T10:00:00Z");
    @TempDir Path dir;

    private static Inputs inputs() {
        return new Inputs(InputFormat.AUTO, Optional.empty(), InputStream.nullInputStream());
    }

    /** warcinfo, the news page, an image, a 404 and an undated page; offsets of the two refused records. */
    private long[] writeCrawl(Path file, boolean gzip) throws IOException {
        long[] offsets = new long[2];
        try (TestWarcs w = new TestWarcs(file, gzip)) {
            w.info();
            w.response("https://news.example.com/2026/03/ministers-meet", CAPTURED, 200, "text/html; charset=utf-8", TestWarcs.BOILERPLATE_PAGE);
            offsets[0] = w.position();
            w.response("https://news.example.com/logo.png", CAPTURED, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
            offsets[1] = w.position();
            w.response("https://news.example.com/gone", CAPTURED, 404, "text/html", "<html><body><p>Page not found, sorry about that.</p></body></html>");
            w.response("https://www.example.org/protest", CAPTURED, 200, "text/html", TestWarcs.UNDATED_PAGE);
        }
        return offsets;
    }

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
    void readsTheHtmlPagesAndSaysWhyTheOthersAreSkipped(String name) throws IOException {
        Path file = dir.resolve(name);
        long[] offsets = writeCrawl(file, name.endsWith(".gz"));
        ReadResult r = inputs().readFile(file);

        assertEquals(2, r.articles().size(), r.toString());
        Article news = r.articles().get(0);
        assertEquals("https://news.example.com/2026/03/ministers-meet", news.id());
        assertEquals(LocalDate.of(2026, 3, 2), news.date(), "the publisher's day, as article:published_time writes it");
        assertEquals("Ministers meet in Geneva", news.title());
        assertEquals("Example News", news.source());
        assertEquals(TestWarcs.BOILERPLATE_BODY, news.body(), "the story's paragraphs only: no nav, banner, byline, lists or footer");

        Article undated = r.articles().get(1);
        assertEquals(LocalDate.of(2026, 4, 5), undated.date(), "no date on the page: the WARC-Date");
        assertEquals("example.org", undated.source(), "no site name: the host");
        assertEquals("Protesters gather outside parliament", undated.title());
        assertTrue(undated.body().startsWith("Thousands of protesters gathered outside the parliament in Nairobi"), undated.body());
        assertTrue(undated.body().contains("\n\nPolice fired tear gas"), undated.body());

        assertEquals(List.of(
                file + ": record 3 at byte offset " + offsets[0] + " (https://news.example.com/logo.png): not HTML (image/png)",
                file + ": record 4 at byte offset " + offsets[1] + " (https://news.example.com/gone): HTTP status 404 Not Found, not 200"),
                r.errors().stream().map(InputError::toString).toList());
    }

    @Test
    void aWarcIsKnownByItsFirstBytesWhateverItsName() throws IOException {
        Path gz = dir.resolve("crawl.warc.gz");
        writeCrawl(gz, true);
        Path renamed = dir.resolve("CC-NEWS-20260305.bin");
        Files.move(gz, renamed);
        assertEquals(2, inputs().readFile(renamed).articles().size());
        Path plain = dir.resolve("crawl.warc");
        writeCrawl(plain, false);
        Path renamedPlain = dir.resolve("crawl.data");
        Files.move(plain, renamedPlain);
        assertEquals(2, inputs().readFile(renamedPlain).articles().size());
        // and in a directory, .warc and .warc.gz files are inputs
        Path sub = Files.createDirectories(dir.resolve("archives"));
        writeCrawl(sub.resolve("a.warc.gz"), true);
        writeCrawl(sub.resolve("b.warc"), false);
        assertEquals(4, inputs().read(List.of(sub.toString())).articles().size());
    }

    @Test
    void aWarcOnStdinIsReadAsOne() throws IOException {
        Path gz = dir.resolve("stdin.warc.gz");
        writeCrawl(gz, true);
        ReadResult r = new Inputs(InputFormat.AUTO, Optional.empty(), Files.newInputStream(gz)).read(List.of("-"));
        assertEquals(2, r.articles().size());
        assertTrue(r.errors().get(0).toString().startsWith("-: record 3 at byte offset "), r.errors().toString());
    }

    @Test
    void gzipThatIsNoWarcIsNotTakenForOne() throws IOException {
        Path gz = dir.resolve("notes.txt.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("just some text".getBytes());
        }
        ReadResult r = new Inputs(InputFormat.AUTO, Optional.of(LocalDate.of(2026, 1, 1)), InputStream.nullInputStream()).readFile(gz);
        assertEquals(0, r.articles().size());
        assertTrue(r.errors().get(0).message().startsWith("not UTF-8 text"), r.errors().toString());
    }

    @Test
    void aTruncatedGzipWarcKeepsTheRecordsBeforeTheCutAndNamesWhere() throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        long lastStart;
        try (TestWarcs w = new TestWarcs(whole, true)) {
            w.response("https://a.example/1", CAPTURED, 200, "text/html", TestWarcs.BOILERPLATE_PAGE);
            w.response("https://a.example/2", CAPTURED, 200, "text/html", TestWarcs.UNDATED_PAGE);
            lastStart = w.position();
            w.response("https://a.example/3", CAPTURED, 200, "text/html", TestWarcs.BOILERPLATE_PAGE);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 200));
        ReadResult r = inputs().readFile(cut);
        assertEquals(List.of("https://a.example/1", "https://a.example/2"), r.articles().stream().map(Article::id).toList());
        assertEquals(1, r.errors().size(), r.errors().toString());
        String e = r.errors().get(0).toString();
        assertTrue(e.startsWith(cut + ": record 3 at byte offset " + lastStart + ": "), "names where record 3 starts: " + e);
        assertTrue(e.contains("truncated or corrupt"), e);
    }

    @Test
    void garbageAfterGoodRecordsEndsTheFileWithItsPlace() throws IOException {
        Path file = dir.resolve("bad.warc");
        long secondStart;
        try (TestWarcs w = new TestWarcs(file, false)) {
            w.response("https://a.example/1", CAPTURED, 200, "text/html", TestWarcs.UNDATED_PAGE);
            secondStart = w.position();
            w.response("https://a.example/2", CAPTURED, 200, "text/html", TestWarcs.BOILERPLATE_PAGE);
        }
        long end = Files.size(file);
        Files.write(file, "this line is not a WARC header\r\n\r\n".getBytes(), java.nio.file.StandardOpenOption.APPEND);
        ReadResult r = inputs().readFile(file);
        assertEquals(2, r.articles().size());
        assertEquals(1, r.errors().size(), r.errors().toString());
        String e = r.errors().get(0).toString();
        assertTrue(e.startsWith(file + ": record 3 at byte offset " + end + ": not a readable WARC record ("), e);
        assertTrue(end > secondStart);
    }

    @Test
    void aPageOverTheLimitIsSkippedWithoutHoldingIt() throws IOException {
        Path file = dir.resolve("big.warc.gz");
        try (TestWarcs w = new TestWarcs(file, true)) {
            w.hugeResponse("https://a.example/huge", CAPTURED, 64L << 20);
            w.response("https://a.example/after", CAPTURED, 200, "text/html", TestWarcs.UNDATED_PAGE);
        }
        ReadResult r;
        try (InputStream in = Files.newInputStream(file)) {
            r = new WebArchiveReader(1 << 20, WebPages.standard()).read(file.toString(), in);
        }
        assertEquals(List.of("https://a.example/after"), r.articles().stream().map(Article::id).toList());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).message().endsWith("(https://a.example/huge): a page of more than 1048576 bytes, over the limit"), r.errors().toString());
    }

    @Test
    void articlesOverTheCharacterCapAreRefusedByIdAsForOtherFormats() throws IOException {
        Path file = dir.resolve("cap.warc");
        try (TestWarcs w = new TestWarcs(file, false)) {
            w.response("https://a.example/long", CAPTURED, 200, "text/html", TestWarcs.BOILERPLATE_PAGE);
        }
        ReadResult r = new Inputs(InputFormat.AUTO, Optional.empty(), InputStream.nullInputStream(), 100).readFile(file);
        assertEquals(0, r.articles().size());
        assertTrue(r.errors().get(0).message().startsWith("article 'https://a.example/long' has "), r.errors().toString());
    }
}
