package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-memory index answers every structured filter exactly as DuckDB does: the same total and the same ids in
 * the same order, on a random store with awkward values (LIKE wildcards, accents, emoji, NULLs) and random queries,
 * and still after an ingest, a replacement and free SQL.
 */
class EventIndexTest {
    static final String[] ACTORS = {"", "RUS", "RUSGOV", "RUSMIL", "IRN", "IRNGOV", "A_B", "AXB", "C%D", "É", "ÉTA", "😀X", "\uFF21BC", "USA"};
    static final String[] CODES = {"010", "0101", "036", "111", "112", "190", "193", "1", "20"};
    static final String[] PLACES = {null, "RUS", "IRN", "É"};
    static final String[] PREFIXES = {"R", "RU", "RUS", "RUSG", "I", "A_", "A", "C%", "É", "😀", "U", "Z", "\uFF21"};
    static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    static final String[] TEXTS = {"Protests in Évry", "ΣΟΦΙΑ PROTESTS", "İstanbul rally", "ÉTA 50% _x_ \\", "Straße", "the US and İRAN",
            "protests", "", "😀 Emoji 😀", "DIŞ işler", "ǅemal"};
    static final String[] NEEDLES = {"protest", "PROTESTS", "évry", "ÉVRY", "σοφια", "istanbul", "i̇stanbul", "%", "_x_", "\\", "50% _", "straße",
            "STRASSE", "😀 e", "iş", "IŞ", "ǆ", "ǅ", "us and i", "evidence 7", "Evidence 1"};

    @TempDir Path dir;

    @Test
    void theIndexAnswersEveryFilterAsDuckDbDoes() {
        answersAsDuckDb(Long.MAX_VALUE);
    }

    @Test
    void withoutTextHeldTextSearchIsLeftToDuckDbAndTheRestStillAgrees() {
        answersAsDuckDb(0);
    }

    private void answersAsDuckDb(long textBudget) {
        Random r = new Random(11);
        try (EventStore s = EventStore.open(dir.resolve("index-" + textBudget + ".duckdb"))) {
            s.sql(inserts(r, 3_000));
            List<EventQuery> queries = new ArrayList<>();
            for (int i = 0; i < 600; i++) queries.add(query(r));
            List<EventStore.IdPage> duck = new ArrayList<>();
            for (EventQuery q : queries) duck.add(s.eventPage(q, id -> false));
            assertTrue(s.indexInMemory(1_000_000, textBudget));
            assertEquals(textBudget > 0 ? "filters and text" : "filters", s.indexState());
            compare(s, queries, duck);

            // After an ingest, a replacement and free SQL the index follows the store.
            s.ingest(EventStoreTest.coded("new-1", "b", EventStoreTest.event("new-1", "2026-01-20", "RUSGOV", "111", "IRN", -2, 3),
                    EventStoreTest.event("new-1", "2026-01-20", "IRN", "036", "RUS", 4, 1)));
            s.ingest(EventStoreTest.coded("a7", "changed", EventStoreTest.event("a7", "2026-02-01", "USA", "190", "RUS", -10, 4)));
            s.sql("DELETE FROM events WHERE article_id IN ('a9', 'a10')");
            s.sql("UPDATE events SET source = 'RUSGOV' WHERE article_id = 'a11'");
            List<EventStore.IdPage> indexed = new ArrayList<>();
            for (EventQuery q : queries) indexed.add(s.eventPage(q, id -> false));
            try (EventStore plain = reopen(s)) {
                for (int i = 0; i < queries.size(); i++) {
                    EventStore.IdPage d = plain.eventPage(queries.get(i), id -> false);
                    assertEquals(d.total(), indexed.get(i).total(), "after writes, total of " + queries.get(i));
                    assertEquals(d.ids(), indexed.get(i).ids(), "after writes, ids of " + queries.get(i));
                }
            }
        }
    }

    @Test
    void pastItsBoundsTheIndexLetsItsTextGoThenItselfAndDuckDbAnswers() {
        Random r = new Random(8);
        try (EventStore s = EventStore.open(dir.resolve("grow.duckdb"))) {
            s.sql(inserts(r, 50));
            long chars = ((Number) s.sql("SELECT sum(length(coalesce(evidence, '')) + length(coalesce(source_text, '')) + "
                    + "length(coalesce(target_text, ''))) FROM events").rows().get(0).get(0)).longValue();
            assertTrue(s.indexInMemory(51, chars));
            assertEquals("filters and text", s.indexState());
            s.ingest(EventStoreTest.coded("g1", "b", EventStoreTest.event("g1", "2026-01-20", "RUSGOV", "111", "IRN", -2, 3)));
            assertEquals("filters", s.indexState(), "the new event's text is past the text bound");
            EventQuery text = new EventQuery(null, null, null, null, null, null, null, null, null, "RUSGOV", 50, 0);
            assertEquals(1, s.events(text).total(), "text search now goes to DuckDB");
            s.ingest(EventStoreTest.coded("g2", "b", EventStoreTest.event("g2", "2026-01-21", "IRN", "111", "RUS", -2, 3)));
            assertEquals("off", s.indexState(), "52 events are past the bound of 51");
            assertEquals(52, s.events(EventQuery.all()).total());
        }
    }

    @Test
    void aStoreOverTheBoundIsNotIndexed() {
        Random r = new Random(5);
        try (EventStore s = EventStore.open(dir.resolve("bound.duckdb"))) {
            s.sql(inserts(r, 50));
            assertFalse(s.indexInMemory(49, Long.MAX_VALUE));
            assertTrue(s.indexInMemory(50, Long.MAX_VALUE));
        }
    }

    @Test
    void anIdTheCallerHeldWhenAskedStaysInThePageEvenIfItsCacheDropsItLater() {
        Random r = new Random(3);
        try (EventStore s = EventStore.open(dir.resolve("known.duckdb"))) {
            s.sql(inserts(r, 200));
            assertTrue(s.indexInMemory(1_000_000, Long.MAX_VALUE));
            EventQuery q = new EventQuery(null, null, null, null, null, null, null, null, null, null, 20, 0);
            List<Long> all = s.eventPage(q, id -> false).ids();
            java.util.Set<Long> asked = new java.util.HashSet<>();
            // A cache that holds every id the first time it is asked and has dropped it by the second time.
            EventStore.IdPage p = s.eventPage(q, id -> asked.add(id));
            assertEquals(all, p.ids(), "no id is lost between the cache's answers");
            assertEquals(0, p.rows().size(), "held ids are not read again");
        }
    }

    @Test
    void stringsSortInCodePointOrderAsDuckDbCompares() {
        assertTrue(EventIndex.compareCodePoints("\uFF21", "😀") < 0, "U+FF21 before U+1F600, though its UTF-16 unit is larger");
        assertTrue("\uFF21".compareTo("😀") > 0);
        assertTrue(EventIndex.compareCodePoints("a", "ab") < 0);
        assertEquals(0, EventIndex.compareCodePoints("abc", "abc"));
    }

    private void compare(EventStore s, List<EventQuery> queries, List<EventStore.IdPage> duck) {
        for (int i = 0; i < queries.size(); i++) {
            EventStore.IdPage p = s.eventPage(queries.get(i), id -> false);
            assertEquals(duck.get(i).total(), p.total(), "total of " + queries.get(i));
            assertEquals(duck.get(i).ids(), p.ids(), "ids of " + queries.get(i));
        }
    }

    private EventStore reopen(EventStore s) {
        s.close();
        return EventStore.open(s.path());
    }

    /** n events in articles a0.. of 1-6 events, dates over 60 days, random actors, codes, places and coordinates. */
    static String inserts(Random r, int n) {
        StringBuilder articles = new StringBuilder("INSERT INTO articles (id, date, source, title, body, content_hash, ingested_at) VALUES ");
        StringBuilder events = new StringBuilder("INSERT INTO events (article_id, sentence, date, source, target, code, root, quad_class, evidence, "
                + "source_text, target_text, location_country, location_lat, location_lon) VALUES ");
        int made = 0, article = 0;
        while (made < n) {
            // Ids that sort differently by UTF-16 unit and by code point, as DuckDB orders them, on the same days.
            String id = (article % 7 == 3 ? "\uFF21" : article % 7 == 5 ? "😀" : "a") + article++;
            LocalDate day = FIRST.plusDays(r.nextInt(60));
            if (article > 1) articles.append(", ");
            articles.append("('").append(id).append("', DATE '").append(day).append("', 'w', 't', 'b', 'h', now())");
            int k = 1 + r.nextInt(6);
            for (int j = 0; j < k && made < n; j++, made++) {
                String code = CODES[r.nextInt(CODES.length)];
                String place = PLACES[r.nextInt(PLACES.length)];
                boolean located = r.nextInt(3) > 0;
                if (made > 0) events.append(", ");
                events.append("('").append(id).append("', ").append(r.nextInt(3)).append(", DATE '").append(day).append("', ")
                        .append(lit(ACTORS[r.nextInt(ACTORS.length)])).append(", ").append(lit(ACTORS[r.nextInt(ACTORS.length)])).append(", ")
                        .append(lit(code)).append(", ").append(lit(code.length() >= 2 ? code.substring(0, 2) : "0" + code)).append(", ")
                        .append(r.nextInt(5) == 0 ? "NULL" : String.valueOf(1 + r.nextInt(4))).append(", ")
                        .append(r.nextInt(9) == 0 ? "NULL" : lit("evidence " + made + " " + TEXTS[r.nextInt(TEXTS.length)])).append(", ")
                        .append(r.nextInt(4) == 0 ? "NULL" : lit(TEXTS[r.nextInt(TEXTS.length)])).append(", ")
                        .append(r.nextInt(4) == 0 ? "NULL" : lit(TEXTS[r.nextInt(TEXTS.length)])).append(", ")
                        .append(place == null ? "NULL" : lit(place)).append(", ")
                        .append(located ? String.valueOf(-80 + r.nextInt(161)) : "NULL").append(", ")
                        .append(located ? String.valueOf(-179 + r.nextInt(359)) : "NULL").append(")");
            }
        }
        return articles + "; " + events + ";";
    }

    static String lit(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static EventQuery query(Random r) {
        LocalDate from = r.nextInt(3) == 0 ? FIRST.plusDays(r.nextInt(70) - 5) : null;
        LocalDate to = r.nextInt(3) == 0 ? (from == null ? FIRST.plusDays(r.nextInt(70)) : from.plusDays(r.nextInt(30))) : null;
        String actor = pick(r, PREFIXES, 4), source = pick(r, PREFIXES, 6), target = pick(r, PREFIXES, 6);
        String country = r.nextInt(6) == 0 ? new String[] {"RUS", "IRN", "ÉTA", "A_B", "😀X"}[r.nextInt(5)] : null;
        String code = r.nextInt(5) == 0 ? new String[] {"0", "01", "010", "1", "11", "19", "2"}[r.nextInt(7)] : null;
        String root = r.nextInt(6) == 0 ? new String[] {"1", "01", "11", "19", "20", "2"}[r.nextInt(6)] : null;
        Integer quad = r.nextInt(5) == 0 ? 1 + r.nextInt(4) : null;
        String place = r.nextInt(6) == 0 ? new String[] {"RUS", "IRN", "É"}[r.nextInt(3)] : null;
        EventQuery.Box box = null;
        if (r.nextInt(6) == 0) {
            int south = -90 + r.nextInt(120), west = -180 + r.nextInt(360), east = -180 + r.nextInt(360);
            box = new EventQuery.Box(south, west, Math.min(90, south + r.nextInt(90)), east); // west > east crosses the antimeridian
        }
        int limit = 1 + r.nextInt(60), offset = r.nextInt(4) == 0 ? r.nextInt(3_000) : r.nextInt(80);
        String text = r.nextInt(4) == 0 ? NEEDLES[r.nextInt(NEEDLES.length)] : null;
        return new EventQuery(from, to, actor, source, target, country, code, root, quad, text, limit, offset, place, box);
    }

    private static String pick(Random r, String[] values, int oneIn) {
        return r.nextInt(oneIn) == 0 ? values[r.nextInt(values.length)] : null;
    }
}
