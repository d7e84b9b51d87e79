package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.watch.LoopbackSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** herald watch --once end to end (real CoreNLP, no model): a feed on loopback, a directory, and usage errors. */
class WatchCommandTest {
    @Test
    void watchOnceCodesAFeedsNewPagesIntoTheStoreAndNotAgain(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("watch.duckdb");
        try (LoopbackSite site = new LoopbackSite()) {
            site.page("/story", "text/html; charset=utf-8", LoopbackSite.newsPage("Turkey condemns Israel",
                    "Turkey condemned Israel over the strikes, the foreign ministry in Ankara said in a statement."));
            site.page("/feed", "application/rss+xml", LoopbackSite.rss("wire", List.<String[]>of(new String[] {"Turkey condemns Israel", "/story"})));
            Path feeds = dir.resolve("feeds.txt");
            Files.writeString(feeds, "# my feeds\n\n" + site.url("/feed") + "\n");
            HeraldCliTest.Run r = HeraldCliTest.run("watch", "--once", "--no-model", "--host-delay", "0", "--db", db.toString(), "--feeds", feeds.toString());
            assertEquals(0, r.status(), r.err());
            assertTrue(r.err().contains("herald: watch: " + site.url("/story") + ": ingested (new, "), r.err());
            HeraldCliTest.Run q = HeraldCliTest.run("query", "--db", db.toString(), "--sql",
                    "SELECT e.source || ' ' || e.code || ' ' || e.target || ' ' || a.source FROM events e JOIN articles a ON a.id = e.article_id");
            assertTrue(q.out().contains("TUR 111 ISR Loopback News"), q.out());

            HeraldCliTest.Run again = HeraldCliTest.run("watch", "--once", "--no-model", "--host-delay", "0", "--db", db.toString(), "--feed", site.url("/feed"));
            assertEquals(0, again.status(), again.err());
            assertTrue(again.err().contains("1 items, 0 new taken, 1 seen before"), again.err());
            assertEquals(1, site.count("/story"), "the page is fetched once across both runs");
        }
    }

    @Test
    void watchOnceExitsZeroForARobotsRefusalAndOneForAPageThatNeverRecoversOrAFeedThatCannotBeParsed(@TempDir Path dir) throws Exception {
        String db = dir.resolve("exit.duckdb").toString();
        try (LoopbackSite site = new LoopbackSite()) {
            site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            site.page("/private/story", "text/html; charset=utf-8", LoopbackSite.newsPage("Hidden", "Turkey condemned Israel."));
            site.page("/robots-feed", "application/rss+xml", LoopbackSite.rss("wire", List.<String[]>of(new String[] {"Hidden", "/private/story"})));
            HeraldCliTest.Run robots = HeraldCliTest.run("watch", "--once", "--no-model", "--host-delay", "0", "--db", db, "--feed", site.url("/robots-feed"));
            assertEquals(0, robots.status(), "robots.txt's disallow is the site's wish, not a failure: " + robots.err());
            assertTrue(robots.err().contains("herald: watch: " + site.url("/private/story") + ": refused (robots.txt of " + site.url("") + " disallows it)"), robots.err());
            assertTrue(robots.err().contains("1 items, 0 new taken, 0 seen before, 0 refused, 1 refused by robots.txt, 0 to try again"), robots.err());
            assertEquals(0, site.count("/private/story"));

            site.route("/down", x -> LoopbackSite.Answer.status(500));
            site.page("/down-feed", "application/rss+xml", LoopbackSite.rss("wire", List.<String[]>of(new String[] {"Down", "/down"})));
            HeraldCliTest.Run down = HeraldCliTest.run("watch", "--once", "--no-model", "--host-delay", "0", "--retries", "1", "--backoff", "0",
                    "--db", db, "--feed", site.url("/down-feed"));
            assertEquals(1, down.status(), "a 500 after every retry fails the run: " + down.err());
            assertTrue(down.err().contains(site.url("/down") + ": retry (HTTP 500 (2 tries))") && down.err().contains("0 refused, 0 refused by robots.txt, 1 to try again"),
                    down.err());

            site.page("/bad-feed", "application/rss+xml", "this is no feed");
            HeraldCliTest.Run bad = HeraldCliTest.run("watch", "--once", "--no-model", "--host-delay", "0", "--db", db, "--feed", site.url("/bad-feed"));
            assertEquals(1, bad.status(), bad.err());
            assertTrue(bad.err().contains(site.url("/bad-feed") + ": feed skipped: not a readable RSS or Atom feed"), bad.err());
        }
    }

    @Test
    void watchOnceIngestsADirectorysFiles(@TempDir Path dir) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("wire.jsonl"), "{\"id\":\"w1\",\"date\":\"2024-05-01\",\"text\":\"Japan criticized China.\"}\n");
        Path db = dir.resolve("dir.duckdb");
        HeraldCliTest.Run r = HeraldCliTest.run("watch", "--once", "--no-model", "--settle", "0.1", "--db", db.toString(), inbox.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("herald: watch: w1: new, "), r.err());
        HeraldCliTest.Run q = HeraldCliTest.run("query", "--db", db.toString(), "--sql", "SELECT source || ' ' || code || ' ' || target FROM events");
        assertTrue(q.out().contains("JPN 111 CHN"), q.out());
    }

    @Test
    void followModeIngestsFilesAsTheyAppearUntilStopped(@TempDir Path dir) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path db = dir.resolve("follow.duckdb");
        WatchCommand cmd = new WatchCommand();
        new picocli.CommandLine(cmd).parseArgs("--no-model", "--dir-interval", "0.1", "--settle", "0.2", "--db", db.toString(), inbox.toString());
        java.io.PrintStream oldErr = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int[] status = {-1};
        synchronized (HeraldCliTest.class) { // HeraldCliTest.run swaps System.err under this lock too
            System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                Thread t = new Thread(() -> {
                    try {
                        status[0] = cmd.call();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                t.start();
                Thread.sleep(500); // watching an empty directory
                Files.writeString(inbox.resolve("later.jsonl.part"), "{\"id\":\"f1\",\"date\":\"2024-05-01\",\"text\":\"Japan criticized China.\"}\n");
                Files.move(inbox.resolve("later.jsonl.part"), inbox.resolve("later.jsonl"));
                long until = System.nanoTime() + 120_000_000_000L; // CoreNLP loads on the first article
                while (!err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("f1: new") && System.nanoTime() < until) Thread.sleep(100);
                cmd.stop.set(true);
                t.join(30_000);
                assertTrue(!t.isAlive(), "stops when asked");
            } finally {
                System.setErr(oldErr);
            }
        }
        String log = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, status[0], log);
        assertTrue(log.contains("herald: watch: f1: new, "), log);
        HeraldCliTest.Run q = HeraldCliTest.run("query", "--db", db.toString(), "--sql", "SELECT source || ' ' || code || ' ' || target FROM events");
        assertTrue(q.out().contains("JPN 111 CHN"), q.out());
    }

    @Test
    void usageErrorsNameWhatIsWrong(@TempDir Path dir) throws Exception {
        assertEquals(2, HeraldCliTest.run("watch", "--once").status());
        Path feeds = dir.resolve("feeds.txt");
        Files.writeString(feeds, "http://127.0.0.1:9/feed\nftp://example.invalid/feed\n");
        HeraldCliTest.Run r = HeraldCliTest.run("watch", "--once", "--feeds", feeds.toString(), "--db", dir.resolve("x.duckdb").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(feeds + ":2: not an http(s) URL"), r.err());
        assertEquals(2, HeraldCliTest.run("watch", "--once", dir.resolve("absent").toString()).status());
        // The per-article options are code's and ingest's (ArticleOptions): the same checks, before the store opens.
        Path db = dir.resolve("never.duckdb");
        HeraldCliTest.Run t = HeraldCliTest.run("watch", "--once", "--article-timeout", "0", "--db", db.toString(), dir.toString());
        assertEquals(2, t.status());
        assertTrue(t.err().startsWith("--article-timeout must be positive"), t.err());
        HeraldCliTest.Run c = HeraldCliTest.run("watch", "--once", "--max-article-chars", "0", "--db", db.toString(), dir.toString());
        assertEquals(2, c.status());
        assertTrue(c.err().contains("the article limit must be positive, not 0"), c.err());
        assertTrue(!Files.exists(db), "no store opened for a usage error");
    }
}
