package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL mid-way ({@link CrashWriter} in a child JVM), then the store reopened the way that
 * used to break it: a first open whose only statement does not touch {@code events} (DuckDB replays the WAL on open
 * and checkpoints on close). Afterwards lookups by article id and by date must agree with full scans, no article
 * may be partial, and running the ingest again must finish the rest with no duplicate or stale event.
 */
class CrashSafetyTest {
    private static final int ARTICLES = 200;

    @TempDir Path dir;

    @Test
    void sigkillDuringTheFirstIngestOfANewStore() throws Exception {
        Path db = dir.resolve("new.duckdb");
        killAfter(db, 1, 30);
        reopenWithoutTouchingEvents(db);
        assertTrue(assertConsistent(db) >= 30);
        finish(db, 1);
        assertEquals(ARTICLES, assertConsistent(db));
    }

    @Test
    void sigkillDuringIngestsIntoAnExistingStoreThenReingestOfChangedArticles() throws Exception {
        Path db = dir.resolve("old.duckdb");
        EventStore.open(db).close(); // a store that already exists, cleanly closed
        killAfter(db, 1, 50);
        reopenWithoutTouchingEvents(db);
        int first = assertConsistent(db);
        assertTrue(first >= 50, first + " articles after the first kill");
        // Version 2 changes every third article: the killed run replaces some of the stored ones and adds new ones.
        killAfter(db, 2, 40);
        reopenWithoutTouchingEvents(db);
        assertTrue(assertConsistent(db) >= first);
        finish(db, 2);
        assertEquals(ARTICLES, assertConsistent(db));
        try (EventStore s = EventStore.open(db)) {
            for (int i = 0; i < ARTICLES; i++) {
                assertEquals(CrashWriter.body(i, 2), s.article(CrashWriter.id(i)).orElseThrow().body(), "article " + i + " is at version 2");
            }
            long expected = 0;
            for (int i = 0; i < ARTICLES; i++) expected += CrashWriter.eventCount(i, 2);
            assertEquals(expected, count(s, "SELECT count(*) FROM events"), "no duplicate or stale event");
        }
    }

    /** Runs the writer in a child JVM and kills it with SIGKILL once it has reported {@code stored} articles. */
    private void killAfter(Path db, int version, int stored) throws Exception {
        Process p = writer(db, version, 20);
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; seen < stored && (line = out.readLine()) != null; ) if (line.startsWith("stored ")) seen++;
        }
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close, the WAL stays as it is
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the writer died");
        if (seen < stored) fail("the writer stopped after " + seen + " articles: " + Files.readString(dir.resolve("writer.err")));
    }

    /** Runs the writer to completion. */
    private void finish(Path db, int version) throws Exception {
        Process p = writer(db, version, 0);
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the writer finished");
        assertEquals(0, p.exitValue(), () -> "writer failed: " + readQuietly(dir.resolve("writer.err")));
    }

    private Process writer(Path db, int version, long pauseMs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Xmx256m", "-cp", cp, CrashWriter.class.getName(), db.toString(), String.valueOf(ARTICLES),
                String.valueOf(version), String.valueOf(pauseMs))
                .redirectError(dir.resolve("writer.err").toFile()).start();
    }

    /** The open that used to break the indexes: DuckDB replays the WAL, nothing binds the events indexes, close checkpoints. */
    private static void reopenWithoutTouchingEvents(Path db) {
        try (EventStore s = EventStore.open(db)) {
            assertEquals(List.of(List.of(1)), s.sql("SELECT 1").rows());
        }
    }

    /**
     * Checks every article against full scans and against what the writer stores for its version; returns the
     * number of articles. Lookups are the store's own (events of an article, article by id) and SQL filters by date.
     */
    private static int assertConsistent(Path db) {
        Pattern versionOf = Pattern.compile("article (\\d+), version (\\d)");
        try (EventStore s = EventStore.open(db)) {
            Map<String, Long> scanByArticle = counts(s, "SELECT article_id, count(*) FROM events GROUP BY article_id");
            Map<String, Long> scanByDate = counts(s, "SELECT CAST(date AS VARCHAR), count(*) FROM events GROUP BY date");
            long total = count(s, "SELECT count(*) FROM events");
            List<List<Object>> articles = s.sql("SELECT id, body FROM articles ORDER BY id").rows();
            for (int i = 0; i < articles.size(); i++) {
                String id = (String) articles.get(i).get(0);
                assertEquals(CrashWriter.id(i), id, "the stored articles are the first ones written, none skipped");
                Matcher m = versionOf.matcher((String) articles.get(i).get(1));
                assertTrue(m.find(), id);
                int version = Integer.parseInt(m.group(2));
                int expected = CrashWriter.eventCount(i, version);
                assertEquals(expected, scanByArticle.getOrDefault(id, 0L), id + ": events found by a scan");
                List<StoredEvent> byId = s.eventsOf(id);
                assertEquals(expected, byId.size(), id + ": events found by article id");
                assertTrue(byId.stream().allMatch(e -> e.event().trigger().equals("v" + version)), id + ": only version " + version + "'s events");
                assertEquals(expected + 1, count(s, "SELECT count(*) FROM sentences WHERE article_id = '" + id + "'"), id + ": sentences");
                assertEquals(expected, count(s, "SELECT count(*) FROM event_mentions WHERE article_id = '" + id + "'"), id + ": event mentions");
                assertNotNull(s.article(id).orElse(null), id + ": article by id");
            }
            for (var d : scanByDate.entrySet()) {
                assertEquals(d.getValue(), count(s, "SELECT count(*) FROM events WHERE date = DATE '" + d.getKey() + "'"), "events on " + d.getKey());
                assertEquals(d.getValue(), count(s, "SELECT count(*) FROM events WHERE date BETWEEN DATE '" + d.getKey() + "' AND DATE '" + d.getKey() + "'"));
            }
            assertEquals(total, count(s, "SELECT count(*) FROM articles a JOIN events e ON e.article_id = a.id"), "join of articles and events");
            assertEquals(total, count(s, "SELECT count(*) FROM events e JOIN event_mentions m ON m.event_id = e.id"), "every event has its mention");
            assertEquals(total, count(s, "SELECT count(DISTINCT (article_id, sentence)) FROM events"), "no duplicate event");
            return articles.size();
        }
    }

    private static long count(EventStore s, String sql) {
        return ((Number) s.sql(sql).rows().get(0).get(0)).longValue();
    }

    private static Map<String, Long> counts(EventStore s, String sql) {
        Map<String, Long> out = new HashMap<>();
        for (List<Object> row : s.sql(sql).rows()) out.put(row.get(0).toString(), ((Number) row.get(1)).longValue());
        return out;
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(no stderr)";
        }
    }
}
