package org.herald.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.herald.model.EventDate;
import org.junit.jupiter.api.Test;

class TimexValuesTest {
    private static String read(String value) {
        Optional<EventDate> d = TimexValues.read(value, "w");
        return d.map(x -> x + " " + x.precision()).orElse("none");
    }

    @Test
    void daysAndTimesOfDayAreDays() {
        assertEquals("2026-01-16 day", read("2026-01-16"));
        assertEquals("2026-01-13 day", read("2026-01-13TNI"));
        assertEquals("2026-01-17 day", read("2026-01-17T10:30"));
    }

    @Test
    void weeksRunMondayToSundayAcrossYearEnds() {
        assertEquals("2026-01-12..2026-01-18 week", read("2026-W03"));
        // ISO week 1 of 2026 starts on Monday 2025-12-29; week 53 of 2020 ends on 2021-01-03.
        assertEquals("2025-12-29..2026-01-04 week", read("2026-W01"));
        assertEquals("2020-12-28..2021-01-03 week", read("2020-W53"));
        assertEquals("2026-12-28..2027-01-03 week", read("2026-W53"));
        assertEquals("none", read("2025-W53")); // 2025 has 52 ISO weeks
        assertEquals("2026-01-17..2026-01-18 range", read("2026-W03-WE"));
    }

    @Test
    void aWeekWithoutAYearIsTheOneNearestTheArticle() {
        java.time.LocalDate saturday = java.time.LocalDate.of(2000, 1, 1); // in ISO week 1999-W52
        // SUTime writes "last week" of that Saturday as 2000-W51: a year off.
        assertEquals("1999-12-20..1999-12-26", TimexValues.read("2000-W51", "last week", saturday).orElseThrow().toString());
        assertEquals("1999-12-25..1999-12-26", TimexValues.read("2000-W51-WE", "last weekend", saturday).orElseThrow().toString());
        assertEquals("2026-01-12..2026-01-18", TimexValues.read("2026-W03", "this week", java.time.LocalDate.of(2026, 1, 17)).orElseThrow().toString());
        // A year in the words is kept as written.
        assertEquals("2000-12-18..2000-12-24", TimexValues.read("2000-W51", "week 51 of 2000", saturday).orElseThrow().toString());
    }

    @Test
    void monthsYearsSeasonsQuartersHalves() {
        assertEquals("2025-12-01..2025-12-31 month", read("2025-12"));
        assertEquals("2024-02-01..2024-02-29 month", read("2024-02"));
        assertEquals("2025-01-01..2025-12-31 year", read("2025"));
        assertEquals("2025-06-01..2025-08-31 range", read("2025-SU"));
        assertEquals("2025-12-01..2026-02-28 range", read("2025-WI"));
        assertEquals("2026-04-01..2026-06-30 range", read("2026-Q2"));
        assertEquals("2026-07-01..2026-12-31 range", read("2026-H2"));
    }

    @Test
    void valuesThatNameNoDaysAreEmpty() {
        for (String v : new String[] {"PRESENT_REF", "PAST_REF", "P3W", "PT24H", "XXXX-03-03", "197X", "2026-02-31", "2026-13", "", "2026-W00"}) {
            assertTrue(TimexValues.read(v, "").isEmpty(), v);
        }
        assertTrue(TimexValues.read(null, "").isEmpty());
    }
}
