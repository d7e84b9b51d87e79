package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herald.model.ActorMention;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store against a real DuckDB file. */
class EventStoreTest {
    @TempDir Path dir;

    static Event event(String article, String date, String src, String code, String tgt, double g, int quad) {
        return new Event(article, 1, LocalDate.parse(date), src, src + " text", tgt, tgt + " text", code, code.substring(0, 2), "name",
                g, quad, "PLOVER", "", "pattern.id", "trigger", "Evidence sentence about " + src + ".", "span", false, "", "explained");
    }

    static CodedArticle coded(String id, String body, Event... events) {
        Article a = new Article(id, events.length > 0 ? events[0].date() : LocalDate.of(2026, 1, 1), "wire", "Title " + id, body);
        return new CodedArticle(a, List.of("Title " + id, body), List.of(new ActorMention(id, 1, 1, "RUSGOV", "Putin", "leader")), List.of(events));
    }

    @Test
    void ingestIsIdempotentAndReplacesChangedArticles() {
        Path db = dir.resolve("h.duckdb");
        try (EventStore s = EventStore.open(db)) {
            assertEquals(EventStore.MIGRATIONS.size(), s.schemaVersion());
            CodedArticle a = coded("a1", "body", event("a1", "2026-01-16", "RUSGOV", "040", "IRNGOV", 1.0, 1),
                    event("a1", "2026-01-16", "IRNGOV", "112", "USA", -2.0, 3));
            assertEquals(EventStore.Status.NEW, s.ingest(a).status());
            assertEquals(EventStore.Status.UNCHANGED, s.ingest(a).status());
            assertTrue(s.isCurrent(a.article()));
            assertEquals(2, s.events(EventQuery.all()).total());
            CodedArticle changed = coded("a1", "new body", event("a1", "2026-01-16", "RUSGOV", "111", "USA", -2.0, 3));
            assertEquals(EventStore.Status.REPLACED, s.ingest(changed).status());
            EventStore.Page p = s.events(EventQuery.all());
            assertEquals(1, p.total());
            assertEquals("111", p.events().get(0).event().code());
            assertEquals("new body", s.article("a1").orElseThrow().body());
        }
        // Reopening keeps everything and does not re-run migrations.
        try (EventStore s = EventStore.open(db)) {
            assertEquals(1, s.events(EventQuery.all()).total());
            assertEquals((long) EventStore.MIGRATIONS.size(), ((Number) s.sql("SELECT count(*) FROM schema_version").rows().get(0).get(0)).longValue());
        }
    }

    @Test
    void openingAStoreFromBeforeV4DropsTheEventsIndexesAndTheEventsTheyHid() {
        Path db = dir.resolve("v3.duckdb");
        try (EventStore s = EventStore.open(db)) {
            s.ingest(coded("a1", "v2", event("a1", "2026-01-16", "RUSGOV", "040", "IRNGOV", 1.0, 1)));
            for (String c : List.of("date_end", "date_precision", "date_text")) s.sql("ALTER TABLE events DROP COLUMN " + c);
            // A store at version 3 whose stale index hid a1's first version from the re-ingest's DELETE: the old
            // event stayed, its mention went.
            s.sql("CREATE INDEX events_article ON events (article_id)");
            s.sql("CREATE INDEX events_date ON events (date)");
            s.sql("INSERT INTO events (article_id, sentence, date, source, target, code, root) VALUES ('a1', 1, DATE '2026-01-16', 'USA', 'RUS', '111', '11')");
            s.sql("ALTER TABLE articles DROP COLUMN discarded");
            s.sql("DELETE FROM schema_version WHERE version >= 4");
        }
        try (EventStore s = EventStore.open(db)) {
            assertEquals(EventStore.MIGRATIONS.size(), s.schemaVersion());
            assertEquals(List.of(), s.sql("SELECT index_name FROM duckdb_indexes() WHERE table_name = 'events'").rows());
            assertEquals(List.of("040"), s.eventsOf("a1").stream().map(e -> e.event().code()).toList());
        }
        assertFalse(Files.exists(Path.of(db + ".wal")), "close checkpoints and leaves no WAL");
    }

    @Test
    void eventDatesAreStoredFilteredAndExported() throws Exception {
        Path db = dir.resolve("dates.duckdb");
        org.herald.model.EventDate week = new org.herald.model.EventDate(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 17), "week",
                "Earlier this week");
        try (EventStore s = EventStore.open(db)) {
            s.ingest(coded("a1", "b1", event("a1", "2026-01-17", "RUSGOV", "111", "USA", -2.0, 3).withDate(week),
                    event("a1", "2026-01-17", "IRNGOV", "112", "USA", -2.0, 3)));
            List<Event> back = s.eventsOf("a1").stream().map(StoredEvent::event).toList();
            Event condemned = back.stream().filter(e -> e.code().equals("111")).findFirst().orElseThrow();
            assertEquals(week, condemned.when(), "start, end, precision and words read back");
            assertEquals(LocalDate.of(2026, 1, 12), condemned.date());
            assertTrue(back.stream().filter(e -> e.code().equals("112")).findFirst().orElseThrow().when().fromArticle());
            // The date filters and the GDELT dates use the event's own date, not its article's.
            assertEquals(1, s.events(new EventQuery(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 12), null, null, null, null, null, null,
                    null, null, 50, 0)).total());
            Path csv = dir.resolve("dates.csv");
            s.export("csv", csv);
            assertTrue(Files.readAllLines(csv).stream().anyMatch(l -> l.contains(",20260112,202601,2026,") && l.contains(",111,")));
            Path jsonl = dir.resolve("dates.jsonl");
            s.export("jsonl", jsonl);
            String json = Files.readString(jsonl);
            assertTrue(json.contains("\"date_end\":\"2026-01-17\"") && json.contains("\"date_precision\":\"week\"")
                    && json.contains("\"date_text\":\"Earlier this week\""), json);
            // A store from before V6: its events were dated by their articles, and say so after the migration.
            s.sql("ALTER TABLE events DROP COLUMN date_end");
            s.sql("ALTER TABLE events DROP COLUMN date_precision");
            s.sql("ALTER TABLE events DROP COLUMN date_text");
            s.sql("DELETE FROM schema_version WHERE version >= 6");
        }
        try (EventStore s = EventStore.open(db)) {
            assertEquals(EventStore.MIGRATIONS.size(), s.schemaVersion());
            for (StoredEvent e : s.eventsOf("a1")) {
                assertEquals("article", e.event().when().precision());
                assertEquals(e.event().date(), e.event().when().end());
            }
        }
    }

    @Test
    void theTriggerTokenIsKeptAndAnOlderStoreReadsItAsNotKnown() throws Exception {
        Path db = dir.resolve("token.duckdb");
        try (EventStore s = EventStore.open(db)) {
            s.ingest(coded("a1", "b1", event("a1", "2026-01-16", "RUSGOV", "040", "IRNGOV", 1.0, 1).withTriggerToken(3),
                    event("a1", "2026-01-16", "IRNGOV", "040", "RUSGOV", 1.0, 1)));
            assertEquals(List.of(3, 0), s.eventsOf("a1").stream().map(e -> e.event().triggerToken()).toList());
            Path jsonl = dir.resolve("token.jsonl");
            s.export("jsonl", jsonl);
            assertTrue(Files.readString(jsonl).contains("\"trigger\":\"trigger\",\"trigger_token\":3,"), Files.readString(jsonl));
            // A store from before V10.
            s.sql("ALTER TABLE events DROP COLUMN trigger_token");
            s.sql("DELETE FROM schema_version WHERE version >= 10");
        }
        try (EventStore s = EventStore.open(db)) {
            assertEquals(EventStore.MIGRATIONS.size(), s.schemaVersion());
            assertEquals(List.of(0, 0), s.eventsOf("a1").stream().map(e -> e.event().triggerToken()).toList());
        }
    }

    @Test
    void aDiscardedStoryIsStoredWithItsReasonAndNoEvents() {
        try (EventStore s = EventStore.open(dir.resolve("d.duckdb"))) {
            org.herald.model.Article a = new org.herald.model.Article("sport-1", java.time.LocalDate.of(2026, 1, 17), "wire", "Lakers crush Celtics", "NBA");
            s.ingest(org.herald.model.CodedArticle.discarded(a, "sports story: NBA, Lakers"));
            s.ingest(coded("a1", "b1", event("a1", "2026-01-16", "RUSGOV", "040", "IRNGOV", 1.0, 1)));
            assertEquals(List.of(List.of("a1", "<null>"), List.of("sport-1", "sports story: NBA, Lakers")),
                    s.sql("SELECT id, coalesce(discarded, '<null>') FROM articles ORDER BY id").rows());
            assertEquals(List.of(), s.eventsOf("sport-1"));
            assertTrue(s.isCurrent(a), "re-ingesting the same discarded story changes nothing");
        }
    }

    @Test
    void closeIsIdempotentAndLeavesNoWal() {
        Path db = dir.resolve("c.duckdb");
        EventStore s = EventStore.open(db);
        s.ingest(coded("a1", "b1", event("a1", "2026-01-16", "RUSGOV", "040", "IRNGOV", 1.0, 1)));
        s.close();
        s.close();
        assertFalse(Files.exists(Path.of(db + ".wal")));
        assertThrows(StoreException.class, () -> s.eventsOf("a1"));
    }

    @Test
    void theModelsJudgementIsStoredAndReadBack() {
        try (EventStore s = EventStore.open(dir.resolve("m.duckdb"))) {
            org.herald.model.Event judged = event("a1", "2026-01-16", "RUSGOV", "040", "IRNGOV", 1.0, 1).withModel(0.83, 0.66, "CONSULT 0.66, AGREE 0.20");
            s.ingest(coded("a1", "v1", judged, event("a1", "2026-01-16", "RUSGOV", "111", "USA", -2.0, 3)));
            List<org.herald.model.Event> back = s.events(EventQuery.all()).events().stream().map(StoredEvent::event).toList();
            org.herald.model.Event withModel = back.stream().filter(e -> e.code().equals("040")).findFirst().orElseThrow();
            assertEquals(0.83, withModel.confidence(), 1e-9);
            assertEquals(0.66, withModel.modelProbability(), 1e-9);
            assertEquals("CONSULT 0.66, AGREE 0.20", withModel.modelTypes());
            org.herald.model.Event without = back.stream().filter(e -> e.code().equals("111")).findFirst().orElseThrow();
            assertTrue(Double.isNaN(without.confidence()));
            assertEquals("", without.modelTypes());
        }
    }

    @Test
    void aFailingArticleStoresNothingAndKeepsTheOldVersion() {
        try (EventStore s = EventStore.open(dir.resolve("t.duckdb"))) {
            s.ingest(coded("a1", "v1", event("a1", "2026-01-16", "RUSGOV", "040", "IRNGOV", 1.0, 1)));
            Event bad = new Event("a1", 2, LocalDate.of(2026, 1, 16), null, "", "", "", "111", "11", "", 0, 3, "", "", "", "", "", "", false, "", "");
            CodedArticle broken = coded("a1", "v2", event("a1", "2026-01-16", "USA", "111", "RUS", -2, 3), bad);
            assertThrows(StoreException.class, () -> s.ingest(broken));
            EventStore.Page p = s.events(EventQuery.all());
            assertEquals(1, p.total());
            assertEquals("040", p.events().get(0).event().code());
            assertEquals("v1", s.article("a1").orElseThrow().body());
            assertEquals(2L, ((Number) s.sql("SELECT count(*) FROM sentences").rows().get(0).get(0)).longValue());
        }
    }

    @Test
    void filtersActorsDyadsAndNetwork() {
        try (EventStore s = EventStore.open(dir.resolve("q.duckdb"))) {
            s.ingest(coded("a1", "b1", event("a1", "2026-01-05", "RUSGOV", "040", "IRNGOV", 1.0, 1),
                    event("a1", "2026-01-05", "IRNGOV", "112", "USA", -2.0, 3)));
            s.ingest(coded("a2", "b2", event("a2", "2026-01-14", "IRN", "111", "RUSGOV", -2.0, 3),
                    event("a2", "2026-01-14", "RUSGOV", "057", "IRN", 8.0, 1)));
            assertEquals(3, s.events(new EventQuery(null, null, "RUS", null, null, null, null, null, null, null, 50, 0)).total());
            assertEquals(1, s.events(new EventQuery(LocalDate.of(2026, 1, 10), null, null, "IRN", null, null, null, null, null, null, 50, 0)).total());
            assertEquals(2, s.events(new EventQuery(null, null, null, null, null, null, null, "11", 3, null, 50, 0)).total());
            assertEquals(4, s.events(new EventQuery(null, null, null, null, null, null, null, null, null, "evidence sentence", 50, 0)).total());
            EventStore.Page page = s.events(new EventQuery(null, null, null, null, null, null, null, null, null, null, 1, 1));
            assertEquals(4, page.total());
            assertEquals(1, page.events().size());
            List<EventStore.ActorCount> actors = s.actors(2);
            assertEquals("RUSGOV", actors.get(0).actor());
            assertEquals(3, actors.get(0).events());
            List<EventStore.DyadPoint> days = s.dyad("RUS", "IRN", "day");
            assertEquals(List.of("2026-01-05", "2026-01-14"), days.stream().map(EventStore.DyadPoint::period).toList());
            assertEquals(1, days.get(1).conflict());
            assertEquals(1, days.get(1).cooperation());
            assertEquals(3.0, days.get(1).meanGoldstein(), 1e-9);
            assertEquals(2, s.dyad("RUS", "IRN", "week").size());
            EventStore.Network n = s.network(10, null, null);
            assertEquals(4, n.edges().size());
            assertTrue(n.nodes().stream().anyMatch(m -> m.get("id").equals("USA")));
        }
    }

    @Test
    void exportsJsonlGdeltCsvAndParquet() throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("e.duckdb"))) {
            s.ingest(coded("a1", "b1", event("a1", "2026-01-16", "RUSGOV", "040", "IRNGOV", 1.0, 1)));
            Path csv = dir.resolve("out/events.csv");
            s.export("csv", csv);
            List<String> lines = Files.readAllLines(csv);
            String[] header = lines.get(0).split(",");
            assertEquals(61, header.length);
            assertEquals("GLOBALEVENTID", header[0]);
            assertEquals("SOURCEURL", header[60]);
            assertTrue(lines.get(1).contains(",20260116,202601,2026,") && lines.get(1).contains("RUSGOV") && lines.get(1).contains(",040,040,04,1,1.0,"),
                    lines.get(1));
            Path jsonl = dir.resolve("events.jsonl");
            s.export("jsonl", jsonl);
            assertTrue(Files.readString(jsonl).contains("\"source\":\"RUSGOV\""));
            Path parquet = dir.resolve("events.parquet");
            s.export("parquet", parquet);
            assertEquals(1L, ((Number) s.sql("SELECT count(*) FROM read_parquet('" + parquet + "')").rows().get(0).get(0)).longValue());
            assertThrows(IllegalArgumentException.class, () -> s.export("xml", dir.resolve("x")));
        }
    }

    @Test
    void locationsAreStoredFilteredAndExportedAsGdeltActionGeo() throws Exception {
        org.herald.model.Location idlib = new org.herald.model.Location("Idlib province", "geonames:163115", "Idlib", 35.93, 36.63, "SYR",
                "Idlib", "12", "city", "clause");
        org.herald.model.Location kyiv = new org.herald.model.Location("Kyiv", "geonames:703448", "Kyiv", 50.45, 30.52, "UKR", "Kyiv City", "12",
                "city", "dateline");
        try (EventStore s = EventStore.open(dir.resolve("l.duckdb"))) {
            s.ingest(coded("a1", "b1", event("a1", "2026-01-16", "SYRMIL", "190", "SYRREB", -10, 4).withLocation(idlib),
                    event("a1", "2026-01-16", "RUSMIL", "190", "UKR", -10, 4).withLocation(kyiv),
                    event("a1", "2026-01-16", "USAGOV", "010", "", 0, 1)));
            org.herald.model.Event back = s.events(new EventQuery(null, null, null, null, null, null, null, null, null, null, 50, 0, "SYR", null))
                    .events().get(0).event();
            assertEquals(idlib, back.location(), "every location field reads back");
            assertEquals(1, s.events(new EventQuery(null, null, null, null, null, null, null, null, null, null, 50, 0, null,
                    EventQuery.Box.parse("44,20,55,40"))).total(), "the box around Ukraine holds one event");
            assertEquals(2, s.events(new EventQuery(null, null, null, null, null, null, null, null, null, null, 50, 0, null,
                    EventQuery.Box.parse("30,30,55,37"))).total());
            assertEquals(0, s.events(new EventQuery(null, null, null, null, null, null, null, null, null, null, 50, 0, null,
                    EventQuery.Box.parse("-10,170,10,-170"))).total(), "a box across the antimeridian");
            assertFalse(s.events(EventQuery.all()).events().stream().filter(e -> e.event().code().equals("010")).findFirst().orElseThrow()
                    .event().location().known(), "no place, no location");
            assertThrows(IllegalArgumentException.class, () -> EventQuery.Box.parse("1,2,3"));
            assertThrows(IllegalArgumentException.class, () -> EventQuery.Box.parse("60,0,50,10"));
            Path csv = dir.resolve("geo.csv");
            s.export("csv", csv);
            List<String> lines = Files.readAllLines(csv);
            List<String> header = List.of(lines.get(0).split(","));
            String syr = lines.stream().filter(l -> l.contains("SYRMIL")).findFirst().orElseThrow();
            String[] f = syr.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            assertEquals("4", f[header.indexOf("ActionGeo_Type")]);
            assertEquals("SYR", f[header.indexOf("ActionGeo_CountryCode")]);
            assertEquals("SYR12", f[header.indexOf("ActionGeo_ADM1Code")]);
            assertEquals("35.93", f[header.indexOf("ActionGeo_Lat")]);
            assertEquals("163115", f[header.indexOf("ActionGeo_FeatureID")]);
            assertTrue(f[header.indexOf("ActionGeo_FullName")].contains("Idlib"), syr);
        }
    }
}
