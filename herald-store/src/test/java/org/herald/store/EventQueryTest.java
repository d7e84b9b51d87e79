package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters are literal text (LIKE wildcards escaped) and dates are range-checked, against a real DuckDB file. */
class EventQueryTest {
    @TempDir Path dir;

    static EventQuery actor(String actor) {
        return new EventQuery(null, null, actor, null, null, null, null, null, null, null, 50, 0);
    }

    static EventQuery text(String text) {
        return new EventQuery(null, null, null, null, null, null, null, null, null, text, 50, 0);
    }

    @Test
    void wildcardsAndEscapeCharacterMatchOnlyThemselves() {
        try (EventStore s = EventStore.open(dir.resolve("like.duckdb"))) {
            s.ingest(EventStoreTest.coded("a1", "b1", EventStoreTest.event("a1", "2026-01-05", "A_B", "040", "USA", 1.0, 1),
                    EventStoreTest.event("a1", "2026-01-05", "AXB", "040", "USA", 1.0, 1),
                    EventStoreTest.event("a1", "2026-01-05", "C%D", "040", "USA", 1.0, 1),
                    EventStoreTest.event("a1", "2026-01-05", "E\\F", "040", "USA", 1.0, 1)));
            assertEquals(4, s.events(EventQuery.all()).total());
            assertEquals(0, s.events(actor("_")).total());
            assertEquals(0, s.events(actor("%")).total());
            assertEquals(1, s.events(actor("A_")).total());
            assertEquals(1, s.events(actor("C%")).total());
            assertEquals(1, s.events(actor("E\\")).total());
            assertEquals(0, s.events(actor("\\")).total());
            assertEquals(1, s.events(text("about C%D")).total());
            assertEquals(0, s.events(text("about _")).total());
            assertEquals(4, s.events(text("about")).total());
            assertEquals("A\\_B\\%C\\\\%", EventQuery.likePrefix("A_B%C\\"));
            assertEquals("%x\\%%", EventQuery.likeContains("x%"));
        }
    }

    static EventQuery page(int limit, int offset) {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, limit, offset);
    }

    @Test
    void anIdPageCarriesTheTotalAndReadsOnlyTheRowsTheCallerLacks() {
        try (EventStore s = EventStore.open(dir.resolve("page.duckdb"))) {
            for (int d = 1; d <= 5; d++) {
                String day = "2026-01-0" + d;
                s.ingest(EventStoreTest.coded("a" + d, "b" + d, EventStoreTest.event("a" + d, day, "RUS", "040", "USA", 1.0, 1),
                        EventStoreTest.event("a" + d, day, "IRN", "111", "USA", -2.0, 3)));
            }
            EventStore.Page all = s.events(page(4, 2));
            EventStore.IdPage p = s.eventPage(page(4, 2), id -> false);
            assertEquals(10, p.total());
            assertEquals(all.events().stream().map(StoredEvent::id).toList(), p.ids(), "the same page, newest first");
            assertEquals(java.util.Set.copyOf(p.ids()), p.rows().keySet());
            long known = p.ids().get(0);
            EventStore.IdPage lacking = s.eventPage(page(4, 2), id -> id == known);
            assertEquals(p.ids(), lacking.ids());
            assertEquals(3, lacking.rows().size(), "the known row is not read again");
            assertEquals(p.rows().get(p.ids().get(1)), lacking.rows().get(p.ids().get(1)));
            EventStore.IdPage past = s.eventPage(page(4, 50), id -> false);
            assertEquals(10, past.total(), "a page past the end still has the total");
            assertEquals(java.util.List.of(), past.ids());
        }
    }

    @Test
    void datesOutsideFourDigitYearsOrReversedAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new EventQuery(LocalDate.of(-999999999, 1, 1), null, null, null, null, null, null, null, null, null, 50, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new EventQuery(null, LocalDate.of(10000, 1, 1), null, null, null, null, null, null, null, null, 50, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new EventQuery(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), null, null, null, null, null, null, null, null, 50, 0));
        new EventQuery(EventQuery.MIN_DATE, EventQuery.MAX_DATE, null, null, null, null, null, null, null, null, 50, 0);
    }
}
