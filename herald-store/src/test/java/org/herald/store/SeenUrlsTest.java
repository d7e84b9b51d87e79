package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** herald watch's memory survives closing and opening the store; retries count, final outcomes stay. */
class SeenUrlsTest {
    @Test
    void outcomesAndValidatorsOutliveARestart(@TempDir Path dir) {
        Path db = dir.resolve("w.duckdb");
        try (EventStore s = EventStore.open(db)) {
            assertEquals(Optional.empty(), s.seen().get("https://a.example/1"));
            s.seen().mark("https://a.example/1", SeenUrls.RETRY, "HTTP 503", null, "https://a.example/feed");
            s.seen().mark("https://a.example/1", SeenUrls.RETRY, "HTTP 503", null, "https://a.example/feed");
            s.seen().mark("https://a.example/2", SeenUrls.INGESTED, "new, 3 events", "https://a.example/2", "https://a.example/feed");
            s.seen().validators("https://a.example/feed", new SeenUrls.Validators("\"v1\"", "Mon, 02 Mar 2026 10:00:00 GMT"));
        }
        try (EventStore s = EventStore.open(db)) {
            SeenUrls.Seen retry = s.seen().get("https://a.example/1").orElseThrow();
            assertEquals(2, retry.attempts());
            assertFalse(retry.done());
            assertTrue(s.seen().get("https://a.example/2").orElseThrow().done());
            assertEquals(new SeenUrls.Validators("\"v1\"", "Mon, 02 Mar 2026 10:00:00 GMT"), s.seen().validators("https://a.example/feed").orElseThrow());
            assertTrue(s.schemaVersion() > EventStore.MIGRATIONS.indexOf("V9__watch.sql"), "the watch tables' migration is applied");
        }
    }
}
