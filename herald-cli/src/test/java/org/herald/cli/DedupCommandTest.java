package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** herald dedup and herald export --table on a store of hand-made events (no CoreNLP). */
class DedupCommandTest {
    @TempDir Path dir;

    static final String BODY = "Israeli officials rejected the proposal on Thursday, saying it did not guarantee the release of hostages. "
            + "Hamas accused Israel of stalling the negotiations and said its delegation would stay in Cairo.";

    static CodedArticle story(String id, String source) {
        Article a = new Article(id, LocalDate.of(2025, 6, 12), source, "Israel rejects truce proposal", BODY);
        return new CodedArticle(a, List.of(a.title(), BODY), List.of(), List.of(
                event(id, 1, "ISRGOV", "120", "", "Israeli officials rejected the proposal on Thursday"),
                event(id, 2, "HAMAS", "112", "ISR", "Hamas accused Israel of stalling the negotiations")));
    }

    static Event event(String article, int sentence, String src, String code, String tgt, String evidence) {
        return new Event(article, sentence, LocalDate.of(2025, 6, 12), src, src, tgt, tgt, code, code.substring(0, 2), "name", -2.0, 3, "REJECT", "",
                "p", "t", evidence, "span", false, "", "");
    }

    Path store() {
        Path db = dir.resolve("h.duckdb");
        try (EventStore s = EventStore.open(db)) {
            s.ingest(story("reuters-1", "Reuters"));
            s.ingest(story("ap-7", "AP"));
        }
        return db;
    }

    static String line(String out, String name) {
        return out.lines().filter(l -> l.startsWith(name)).findFirst().orElseThrow(() -> new AssertionError("no line " + name + " in\n" + out));
    }

    @Test
    void reportPrintsCountsBeforeAndAfterMerging() {
        String db = store().toString();
        HeraldCliTest.Run r = HeraldCliTest.run("dedup", "--report", "--db", db);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("before merging   after merging"), r.out());
        assertEquals(List.of("event", "records", "4", "2"), List.of(line(r.out(), "event records").split("\\s+")));
        assertEquals(List.of("mentions", "(coded", "events)", "4", "4"), List.of(line(r.out(), "mentions").split("\\s+")));
        assertEquals(List.of("near-duplicates", "flagged", "0", "1"), List.of(line(r.out(), "  near-duplicates").strip().split("\\s+")));
        assertEquals(List.of("with", "2+", "sources", "0", "2"), List.of(line(r.out(), "  with 2+ sources").strip().split("\\s+")));

        // A store from before merging: every mention its own event until --rebuild.
        try (EventStore s = EventStore.open(Path.of(db))) {
            s.sql("UPDATE event_mentions SET merged_id = event_id");
            s.sql("DELETE FROM near_duplicates");
        }
        HeraldCliTest.Run rebuilt = HeraldCliTest.run("dedup", "--rebuild", "--report", "--db", db);
        assertEquals(0, rebuilt.status(), rebuilt.err());
        assertEquals(List.of("event", "records", "4", "4", "2"), List.of(line(rebuilt.out(), "event records").split("\\s+")), rebuilt.out());
        HeraldCliTest.Run again = HeraldCliTest.run("dedup", "--rebuild", "--db", db);
        assertEquals("4 mentions -> 2 real events (was 2), 1 near-duplicate articles (was 1)", again.out().strip());
    }

    @Test
    void exportWritesTheMentionsTableInGdeltColumns() throws Exception {
        String db = store().toString();
        Path csv = dir.resolve("mentions.csv");
        HeraldCliTest.Run r = HeraldCliTest.run("export", "--db", db, "--table", "mentions", "--format", "csv", "-o", csv.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("GLOBALEVENTID,EventTimeDate,MentionTimeDate,MentionType,MentionSourceName,MentionIdentifier,SentenceID"), lines.get(0));
        assertEquals(5, lines.size());
        assertEquals(2, lines.stream().skip(1).map(l -> l.split(",")[0]).distinct().count(), "four mentions of two real events");
        Path events = dir.resolve("events.csv");
        assertEquals(0, HeraldCliTest.run("export", "--db", db, "--format", "csv", "-o", events.toString()).status());
        assertEquals(3, Files.readAllLines(events).size(), "a header and one row per real event");
    }

    @Test
    void aSyndicatedCopyCodedByTheRealPipelineMergesIntoTheSameEvents() throws Exception {
        String story = "Russia condemned American threats against Iran. Turkish President Recep Tayyip Erdogan met Iranian President Masoud "
                + "Pezeshkian in Ankara on Monday. The United Nations appealed to both countries to show restraint.";
        Path original = dir.resolve("reuters.jsonl"), copy = dir.resolve("ap.jsonl");
        Files.writeString(original, "{\"id\":\"reuters-1\",\"date\":\"2026-01-12\",\"source\":\"Reuters\",\"title\":\"Erdogan meets Pezeshkian\",\"text\":\"" + story + "\"}\n");
        Files.writeString(copy, "{\"id\":\"ap-7\",\"date\":\"2026-01-12\",\"source\":\"AP\",\"title\":\"Erdogan meets Pezeshkian\",\"text\":\"" + story + "\"}\n");
        String db = dir.resolve("real.duckdb").toString();
        HeraldCliTest.Run first = HeraldCliTest.run("ingest", "--no-model", "--db", db, original.toString());
        assertEquals(0, first.status(), first.err());
        long mentions, real;
        try (EventStore s = EventStore.open(Path.of(db))) {
            mentions = s.mergeCounts().mentions();
            real = s.mergeCounts().realEvents();
        }
        assertTrue(real >= 3, "the story has events: " + real);
        HeraldCliTest.Run second = HeraldCliTest.run("ingest", "--no-model", "--db", db, copy.toString());
        assertEquals(0, second.status(), second.err());
        try (EventStore s = EventStore.open(Path.of(db))) {
            var c = s.mergeCounts();
            assertEquals(2 * mentions, c.mentions());
            assertEquals(real, c.realEvents(), "each of the copy's events is one of the original's");
            assertEquals(real, c.multiSource());
            assertEquals(List.of(List.of("ap-7", "reuters-1")), s.sql("SELECT article_id, duplicate_of FROM near_duplicates").rows());
        }
        Path csv = dir.resolve("real.csv");
        assertEquals(0, HeraldCliTest.run("export", "--db", db, "--format", "csv", "-o", csv.toString()).status());
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals(real + 1, lines.size());
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            assertEquals(List.of("2", "2"), List.of(f[header.indexOf("NumSources")], f[header.indexOf("NumArticles")]), l);
            assertTrue(Integer.parseInt(f[header.indexOf("NumMentions")]) % 2 == 0, "as many mentions in the copy as in the original: " + l);
        }
    }

    @Test
    void badInputsGetClearErrors() throws Exception {
        HeraldCliTest.Run none = HeraldCliTest.run("dedup", "--db", store().toString());
        assertEquals(2, none.status());
        assertEquals("herald: dedup needs --report, --rebuild or both", none.err().strip());

        Path missing = dir.resolve("typo.duckdb");
        HeraldCliTest.Run m = HeraldCliTest.run("dedup", "--report", "--db", missing.toString());
        assertEquals(2, m.status());
        assertTrue(m.err().startsWith("herald: no store at " + missing), m.err());
        assertFalse(Files.exists(missing), "no empty store is made");
        assertEquals(2, HeraldCliTest.run("dedup", "--report", "--db", dir.toString()).status(), "a directory is no store");

        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a database\n");
        HeraldCliTest.Run t = HeraldCliTest.run("dedup", "--rebuild", "--db", text.toString());
        assertEquals(1, t.status());
        assertTrue(t.err().startsWith("herald: cannot open store " + text), t.err());
        assertEquals("not a database\n", Files.readString(text), "left as it was");

        assertEquals(2, HeraldCliTest.run("dedup", "--report", "--rebuild=maybe", "--db", store().toString()).status());
        HeraldCliTest.Run table = HeraldCliTest.run("export", "--db", store().toString(), "--table", "events; DROP TABLE events", "-o", dir.resolve("x").toString());
        assertEquals(2, table.status());
        assertTrue(table.err().contains("unknown table 'events; DROP TABLE events' (use events, mentions, quotes or figures)"), table.err());
        assertEquals(2, HeraldCliTest.run("export", "--db", store().toString(), "--table", "mentions", "--format", "xml", "-o", dir.resolve("y").toString()).status());
    }
}
