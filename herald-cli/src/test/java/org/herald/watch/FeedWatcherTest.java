package org.herald.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herald.model.Article;
import org.herald.read.html.WebPages;
import org.herald.store.EventStore;
import org.herald.store.SeenUrls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds and pages served on loopback, a real store for what was seen, a sink that records: no CoreNLP, no internet. */
class FeedWatcherTest {
    private static final String HTML = "text/html; charset=utf-8";
    private static final String RSS = "application/rss+xml";
    private static final FetchSettings FAST = new FetchSettings(FetchSettings.USER_AGENT, Duration.ZERO, 2, Duration.ofMillis(10), Duration.ofSeconds(5), 200_000);

    @TempDir Path dir;
    private final List<Article> taken = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    private FeedWatcher watcher(PoliteFetcher f, EventStore s, ArticleSink sink) {
        return new FeedWatcher(f, s.seen(), WebPages.standard(), sink, log::add);
    }

    private FeedWatcher watcher(PoliteFetcher f, EventStore s) {
        return watcher(f, s, a -> {
            taken.add(a);
            return "taken";
        });
    }

    private static String story(String who) {
        return LoopbackSite.newsPage(who + " signs a deal", who + " signed a trade agreement with its neighbours on Monday, the government said in a statement.",
                "The agreement cuts tariffs on farm goods and will be reviewed by the parliaments of both countries next year.");
    }

    @Test
    void aFeedThatChangesBetweenPollsGivesEachItemOnceAcrossARestart() throws Exception {
        Path db = dir.resolve("w.duckdb");
        try (LoopbackSite site = new LoopbackSite()) {
            site.page("/a", HTML, story("Chile")).page("/b", HTML, story("Peru")).page("/c", HTML, story("Bolivia"));
            site.page("/feed", RSS, LoopbackSite.rss("news", List.of(new String[] {"Chile", site.url("/a")}, new String[] {"Peru", "/b"})));
            try (EventStore s = EventStore.open(db); PoliteFetcher f = new PoliteFetcher(FAST)) {
                FeedWatcher.Poll p = watcher(f, s).poll(site.url("/feed"));
                assertEquals(new FeedWatcher.Poll(2, 2, 0, 0, 0, 0, false, null), p, log.toString());
            }
            assertEquals(List.of(site.url("/a"), site.url("/b")), taken.stream().map(Article::id).toList(), "a relative link resolves against the feed");
            Article a = taken.get(0);
            assertEquals("Chile signs a deal", a.title());
            assertEquals("Loopback News", a.source());
            assertEquals(LocalDate.of(2026, 6, 1), a.date());
            assertEquals("Chile signed a trade agreement with its neighbours on Monday, the government said in a statement.\n\n"
                    + "The agreement cuts tariffs on farm goods and will be reviewed by the parliaments of both countries next year.", a.body());

            site.page("/feed", RSS, LoopbackSite.rss("news", List.of(new String[] {"Bolivia", "/c"}, new String[] {"Chile", "/a"}, new String[] {"Peru", "/b"})));
            try (EventStore s = EventStore.open(db); PoliteFetcher f = new PoliteFetcher(FAST)) { // a restart: new process state, same store
                FeedWatcher.Poll p = watcher(f, s).poll(site.url("/feed"));
                assertEquals(new FeedWatcher.Poll(3, 1, 2, 0, 0, 0, false, null), p, log.toString());
            }
            assertEquals(List.of(site.url("/a"), site.url("/b"), site.url("/c")), taken.stream().map(Article::id).toList());
            assertEquals(List.of(1, 1, 1), List.of(site.count("/a"), site.count("/b"), site.count("/c")), "no page fetched twice");
            assertEquals(2, site.count("/robots.txt"), "robots.txt once per process and site");
            assertTrue(site.hits.stream().allMatch(h -> h.userAgent() != null && h.userAgent().startsWith("Herald/")), "every request names Herald");
        }
    }

    @Test
    void aConditionalGetAnswered304FetchesNothingMore() throws Exception {
        try (LoopbackSite site = new LoopbackSite(); EventStore s = EventStore.open(dir.resolve("c.duckdb")); PoliteFetcher f = new PoliteFetcher(FAST)) {
            site.page("/a", HTML, story("Chile"));
            String feed = LoopbackSite.rss("news", List.<String[]>of(new String[] {"Chile", "/a"}));
            List<String> asked = new ArrayList<>();
            site.route("/feed", x -> {
                String inm = x.getRequestHeaders().getFirst("If-None-Match");
                String ims = x.getRequestHeaders().getFirst("If-Modified-Since");
                asked.add(inm + " " + ims);
                if ("\"v1\"".equals(inm)) return new LoopbackSite.Answer(304, Map.of("ETag", "\"v1\""), "");
                return new LoopbackSite.Answer(200, Map.of("Content-Type", RSS, "ETag", "\"v1\"", "Last-Modified", "Mon, 01 Jun 2026 09:00:00 GMT"), feed);
            });
            FeedWatcher w = watcher(f, s);
            assertEquals(1, w.poll(site.url("/feed")).taken());
            FeedWatcher.Poll second = w.poll(site.url("/feed"));
            assertTrue(second.notModified(), second.toString());
            assertEquals(List.of("null null", "\"v1\" Mon, 01 Jun 2026 09:00:00 GMT"), asked);
            assertEquals(1, site.count("/a"));
            assertEquals(1, taken.size());
        }
    }

    @Test
    void aPageFailingWith500IsRetriedUntilItRecoversAnd404GivesUp() throws Exception {
        try (LoopbackSite site = new LoopbackSite(); EventStore s = EventStore.open(dir.resolve("f.duckdb")); PoliteFetcher f = new PoliteFetcher(FAST)) {
            site.sequence("/flaky", LoopbackSite.Answer.status(500), LoopbackSite.Answer.status(503), LoopbackSite.Answer.ok(HTML, story("Chile")));
            site.route("/down", x -> LoopbackSite.Answer.status(502));
            site.page("/feed", RSS, LoopbackSite.rss("news", List.of(new String[] {"a", "/flaky"}, new String[] {"b", "/missing"}, new String[] {"c", "/down"})));
            FeedWatcher w = watcher(f, s);
            FeedWatcher.Poll p = w.poll(site.url("/feed"));
            assertEquals(new FeedWatcher.Poll(3, 1, 0, 1, 0, 1, false, null), p, log.toString());
            assertEquals(3, site.count("/flaky"), "two failures, then the page");
            assertEquals(1, site.count("/missing"), "a 404 is not retried");
            assertEquals(3, site.count("/down"), "1 try + 2 retries");
            assertEquals(SeenUrls.GONE, s.seen().get(site.url("/missing")).orElseThrow().outcome());
            SeenUrls.Seen down = s.seen().get(site.url("/down")).orElseThrow();
            assertEquals(SeenUrls.RETRY, down.outcome());
            assertEquals("HTTP 502 (3 tries)", down.detail());

            FeedWatcher.Poll again = w.poll(site.url("/feed"));
            assertEquals(new FeedWatcher.Poll(3, 0, 2, 0, 0, 1, false, null), again, log.toString());
            assertTrue(again.anyFailure(), "a page that keeps failing is a failure of the run");
            assertEquals(1, site.count("/missing"));
            assertEquals(6, site.count("/down"), "the failing page is tried again at the next poll");
            assertEquals(2, s.seen().get(site.url("/down")).orElseThrow().attempts());
        }
    }

    @Test
    void robotsTxtDisallowingAPathKeepsItUnfetched() throws Exception {
        try (LoopbackSite site = new LoopbackSite(); EventStore s = EventStore.open(dir.resolve("r.duckdb")); PoliteFetcher f = new PoliteFetcher(FAST)) {
            site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n");
            site.page("/private/x", HTML, story("Chile")).page("/public/y", HTML, story("Peru"));
            site.page("/feed", RSS, LoopbackSite.rss("news", List.of(new String[] {"x", "/private/x"}, new String[] {"y", "/public/y"})));
            FeedWatcher.Poll p = watcher(f, s).poll(site.url("/feed"));
            assertEquals(new FeedWatcher.Poll(2, 1, 0, 0, 1, 0, false, null), p, "counted apart from the other refusals: " + log);
            assertTrue(!p.anyFailure(), "the site's wish, not a failure");
            assertTrue(log.contains(site.url("/feed") + ": 2 items, 1 new taken, 0 seen before, 0 refused, 1 refused by robots.txt, 0 to try again"), log.toString());
            assertEquals(0, site.count("/private/x"));
            SeenUrls.Seen refused = s.seen().get(site.url("/private/x")).orElseThrow();
            assertEquals(SeenUrls.REFUSED, refused.outcome());
            assertTrue(refused.detail().startsWith("robots.txt of http://127.0.0.1:"), refused.detail());
            site.page("/robots.txt", "text/plain", "User-agent: herald\nDisallow: /\n");
            try (PoliteFetcher fresh = new PoliteFetcher(FAST)) {
                assertTrue(fresh.get(site.url("/public/z"), java.util.Optional.empty()) instanceof Fetched.Disallowed r && r.reason().contains("robots.txt"));
                // The feed itself disallowed: skipped and said so, nothing of it fetched, and no failure either.
                int feedHits = site.count("/feed");
                FeedWatcher.Poll feed = watcher(fresh, s).poll(site.url("/feed"));
                assertEquals(new FeedWatcher.Poll(0, 0, 0, 0, 1, 0, false, null), feed);
                assertEquals(feedHits, site.count("/feed"));
                assertTrue(log.get(log.size() - 1).endsWith("/feed: feed skipped: robots.txt of " + site.url("") + " disallows it"), log.toString());
            }
        }
    }

    @Test
    void anUnreachableRobotsTxtPostponesThePageAndNeverRefusesIt() throws Exception {
        try (LoopbackSite site = new LoopbackSite(); EventStore s = EventStore.open(dir.resolve("u.duckdb")); PoliteFetcher f = new PoliteFetcher(FAST)) {
            site.route("/robots.txt", x -> LoopbackSite.Answer.status(503));
            site.page("/a", HTML, story("Chile"));
            site.page("/feed", RSS, LoopbackSite.rss("news", List.<String[]>of(new String[] {"a", "/a"})));
            FeedWatcher.Poll p = watcher(f, s).poll(site.url("/feed"));
            assertTrue(p.error().startsWith("robots.txt of http://127.0.0.1:") && p.error().contains("could not be read (HTTP 503 (3 tries))"), p.toString());
            assertEquals(0, site.count("/feed"), "nothing of the site is fetched while its robots.txt cannot be read");
            assertEquals(0, site.count("/a"));
        }
    }

    @Test
    void aRestartInTheMiddleOfAPollFetchesAndIngestsNothingTwice() throws Exception {
        Path db = dir.resolve("m.duckdb");
        try (LoopbackSite site = new LoopbackSite()) {
            site.page("/a", HTML, story("Chile")).page("/b", HTML, story("Peru")).page("/c", HTML, story("Bolivia"));
            site.page("/feed", RSS, LoopbackSite.rss("news", List.of(new String[] {"a", "/a"}, new String[] {"b", "/b"}, new String[] {"c", "/c"})));
            try (EventStore s = EventStore.open(db); PoliteFetcher f = new PoliteFetcher(FAST)) {
                FeedWatcher dying = watcher(f, s, a -> {
                    if (a.id().endsWith("/b")) throw new Error("killed while coding b");
                    taken.add(a);
                    return "taken";
                });
                assertThrows(Error.class, () -> dying.poll(site.url("/feed")));
            }
            assertEquals(List.of(site.url("/a")), taken.stream().map(Article::id).toList());
            try (EventStore s = EventStore.open(db); PoliteFetcher f = new PoliteFetcher(FAST)) {
                FeedWatcher.Poll p = watcher(f, s).poll(site.url("/feed"));
                assertEquals(new FeedWatcher.Poll(3, 2, 1, 0, 0, 0, false, null), p, log.toString());
            }
            assertEquals(List.of(site.url("/a"), site.url("/b"), site.url("/c")), taken.stream().map(Article::id).toList(), "each ingested once");
            assertEquals(List.of(1, 2, 1), List.of(site.count("/a"), site.count("/b"), site.count("/c")), "only the page in hand at the crash is fetched again");
        }
    }

    @Test
    void limitsAndPaceHold() throws Exception {
        FetchSettings paced = new FetchSettings(FetchSettings.USER_AGENT, Duration.ofMillis(150), 0, Duration.ZERO, Duration.ofSeconds(5), 2_000);
        try (LoopbackSite site = new LoopbackSite(); EventStore s = EventStore.open(dir.resolve("l.duckdb")); PoliteFetcher f = new PoliteFetcher(paced)) {
            site.page("/big", HTML, "<html><body><p>" + "word ".repeat(1000) + "</p></body></html>");
            site.page("/image", "image/png", "png");
            site.page("/feed", RSS, LoopbackSite.rss("news", List.of(new String[] {"big", "/big"}, new String[] {"img", "/image"})));
            watcher(f, s).poll(site.url("/feed"));
            assertTrue(s.seen().get(site.url("/big")).orElseThrow().detail().contains("over the limit of 2000"), log.toString());
            assertEquals("not HTML (image/png)", s.seen().get(site.url("/image")).orElseThrow().detail());
            List<Long> times = site.hits.stream().map(LoopbackSite.Hit::nanos).toList();
            assertEquals(4, times.size(), "robots.txt, the feed, two pages");
            for (int i = 1; i < times.size(); i++) assertTrue(times.get(i) - times.get(i - 1) >= 120_000_000L, "requests to one host 150 ms apart (less arrival jitter): " + times);
        }
    }

    @Test
    void feedsThatAreNotFeedsOrNotUtf8OrCarryADtdAreReportedAndNothingIsFetched() throws Exception {
        try (LoopbackSite site = new LoopbackSite(); EventStore s = EventStore.open(dir.resolve("b.duckdb")); PoliteFetcher f = new PoliteFetcher(FAST)) {
            site.page("/a", HTML, story("Chile"));
            site.page("/html", HTML, story("Peru"));
            site.page("/dtd", RSS, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel>"
                    + "<title>&x;</title><item><title>a</title><link>/a</link></item></channel></rss>");
            FeedWatcher w = watcher(f, s);
            assertTrue(w.poll(site.url("/html")).error().startsWith("not a readable RSS or Atom feed"));
            assertTrue(w.poll(site.url("/dtd")).error().startsWith("not a readable RSS or Atom feed"), log.toString());
            assertEquals(0, site.count("/a"));
            assertTrue(w.poll(site.url("/nothing-here")).error().equals("HTTP 404"));
            assertTrue(taken.isEmpty());
        }
    }

    @Test
    void aFeedWithABadByteNamesItsOffset() throws Exception {
        try (LoopbackSite site = new LoopbackSite(); EventStore s = EventStore.open(dir.resolve("u.duckdb")); PoliteFetcher f = new PoliteFetcher(FAST)) {
            site.page("/ok", RSS, "<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
            try (PoliteFetcher g = new PoliteFetcher(FAST)) {
                Fetched.Ok ok = (Fetched.Ok) g.get(site.url("/ok"), java.util.Optional.empty());
                byte[] bad = ok.body().clone();
                bad[30] = (byte) 0xE9;
                IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> FeedWatcher.parse(new Fetched.Ok(ok.url(), bad, ok.contentType(), ok.validators())));
                assertEquals("not UTF-8 text (byte 0xE9 at byte offset 30 of the page)", e.getMessage());
            }
        }
    }

    @Test
    void aSilentServerAndATricklingBodyAreCutAtTheTimeLimit() throws Exception {
        FetchSettings brief = new FetchSettings(FetchSettings.USER_AGENT, Duration.ZERO, 0, Duration.ZERO, Duration.ofMillis(700), 200_000);
        try (LoopbackSite site = new LoopbackSite(); PoliteFetcher f = new PoliteFetcher(brief)) {
            site.page("/robots.txt", "text/plain", "");
            site.route("/silent", x -> {
                sleep(2_000);
                return LoopbackSite.Answer.ok(HTML, "late");
            });
            long t0 = System.nanoTime();
            Fetched silent = f.get(site.url("/silent"), java.util.Optional.empty());
            assertEquals(new Fetched.Failed("no answer within 0.7 s (1 try)"), silent);
            assertTrue(System.nanoTime() - t0 < 1_900_000_000L, "cut near the limit, not when the server woke");
            sleep(1_500); // the one-thread test server finishes the silent answer
            site.route("/trickle", x -> {
                try {
                    x.getResponseHeaders().set("Content-Type", HTML);
                    x.sendResponseHeaders(200, 0);
                    for (int i = 0; i < 20; i++) {
                        x.getResponseBody().write("<p>slow</p>".getBytes());
                        x.getResponseBody().flush();
                        sleep(100);
                    }
                } catch (java.io.IOException e) {
                    // the client hung up, as it should
                }
                return null;
            });
            Fetched trickle = f.get(site.url("/trickle"), java.util.Optional.empty());
            assertEquals(new Fetched.Failed("the answer took longer than 0.7 s (1 try)"), trickle);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
