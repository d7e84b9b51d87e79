package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** herald load: a Parquet output in the Spark job's layout into a store, and its refusals. */
class LoadCommandTest {
    static Event event(String article, String src, String code, String tgt) {
        return new Event(article, 1, LocalDate.of(2026, 1, 16), src, src + " words", tgt, tgt + " words", code, code.substring(0, 2), "name",
                1.0, 1, "CONSULT", "", "p", "met", "Evidence about " + src + ".", "span", false, "", "explained");
    }

    @Test
    void loadsAnOutputIntoAStoreAndRefusesWhatIsNotOne(@TempDir Path dir) throws Exception {
        // An output in the job's layout, written from one store with DuckDB (hive partitions by date, as Spark writes).
        Path out = dir.resolve("out");
        try (EventStore source = EventStore.open(dir.resolve("source.duckdb"))) {
            Article a = new Article("a1", LocalDate.of(2026, 1, 17), "wire", "Title", "Body.");
            source.ingest(new CodedArticle(a, List.of("Title", "Body."), List.of(), List.of(event("a1", "RUSGOV", "040", "IRNGOV"),
                    event("a1", "IRNGOV", "040", "RUSGOV"))));
            Files.createDirectories(out);
            String o = out.toAbsolutePath().toString();
            source.sql("COPY (SELECT id, date, source, title, body, content_hash, ingested_at, discarded, 2 AS events FROM articles) TO '" + o
                    + "/articles' (FORMAT PARQUET, PARTITION_BY (date))");
            // Written as an output from before events kept their trigger token (and articles their signatures): still loads.
            source.sql("COPY (SELECT * EXCLUDE (trigger_token) FROM events) TO '" + o + "/events' (FORMAT PARQUET, PARTITION_BY (date))");
            source.sql("COPY (SELECT merged_id, event_id, article_id, sentence, date, confidence, source_name FROM event_mentions) TO '" + o
                    + "/mentions' (FORMAT PARQUET, PARTITION_BY (date))");
            Files.createDirectories(out.resolve("quotes"));
            Files.createDirectories(out.resolve("figures"));
            source.sql("COPY (SELECT * FROM quotes) TO '" + o + "/quotes/part-0.parquet' (FORMAT PARQUET)");
            source.sql("COPY (SELECT * FROM figures) TO '" + o + "/figures/part-0.parquet' (FORMAT PARQUET)");
        }
        Path db = dir.resolve("target.duckdb");
        HeraldCliTest.Run r = HeraldCliTest.run("load", "--db", db.toString(), out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("loaded 1 articles and 2 events"), r.err());
        assertEquals(0, HeraldCliTest.run("load", "--db", db.toString(), out.toString()).status(), "loading again replaces");
        HeraldCliTest.Run bad = HeraldCliTest.run("load", "--db", db.toString(), dir.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("not a Herald Parquet output"), bad.err());
        try (EventStore s = EventStore.open(db)) {
            assertEquals(2, s.events(org.herald.store.EventQuery.all()).total(), "two events once, after two loads and a refusal");
            assertEquals(LocalDate.of(2026, 1, 16), s.eventsOf("a1").get(0).event().date());
            assertEquals("Body.", s.article("a1").orElseThrow().body());
            assertEquals(List.of(0, 0), s.eventsOf("a1").stream().map(e -> e.event().triggerToken()).toList(), "not known");
        }
    }
}
