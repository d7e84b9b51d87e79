package org.herald.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.EventDate;

/**
 * Reads a TIMEX3 date value (as SUTime writes it) as the days it covers: "2026-01-16" and "2026-01-13TNI" a day,
 * "2026-W03" a week (Monday to Sunday), "2026-W03-WE" its weekend, "2025-12" a month, "2025" a year, "2025-SU" a
 * season, "2026-Q1" a quarter and "2026-H1" a half year (ranges). Anything else (durations, "PRESENT_REF", decades,
 * unresolved "XXXX-03-03") names no days and reads as empty.
 */
public final class TimexValues {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern PART = Pattern.compile("(\\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])");

    private TimexValues() {}

    /** The days {@code value} covers, with its precision and {@code text}; empty if it names no days. */
    public static Optional<EventDate> read(String value, String text) {
        return read(value, text, null);
    }

    /**
     * As {@link #read(String, String)}, for an expression of a story dated {@code articleDate}. A week named without a
     * year ("last week", "this weekend") is the one of that number nearest the article date: SUTime writes the
     * calendar year where the ISO week's year differs ("last week" of Saturday 2000-01-01 is 1999-W51, which it writes
     * "2000-W51", a year off).
     */
    public static Optional<EventDate> read(String value, String text, LocalDate articleDate) {
        if (value == null) return Optional.empty();
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return Optional.of(new EventDate(d, d, "day", text));
            }
            if ((m = WEEK.matcher(value)).matches()) {
                int week = num(m, 2);
                LocalDate monday = monday(num(m, 1), week);
                if (articleDate != null && text != null && !text.matches("(?s).*\\b\\d{4}\\b.*")) {
                    for (int year = num(m, 1) - 1; year <= num(m, 1) + 1; year++) {
                        LocalDate other = monday(year, week);
                        if (other != null && (monday == null || distance(other, articleDate) < distance(monday, articleDate))) monday = other;
                    }
                }
                if (monday == null) return Optional.empty();
                return Optional.of(m.group(3) == null ? new EventDate(monday, monday.plusDays(6), "week", text)
                        : new EventDate(monday.plusDays(5), monday.plusDays(6), "range", text));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return Optional.of(new EventDate(ym.atDay(1), ym.atEndOfMonth(), "month", text));
            }
            if ((m = YEAR.matcher(value)).matches()) {
                int y = num(m, 1);
                return Optional.of(new EventDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "year", text));
            }
            if ((m = PART.matcher(value)).matches()) {
                return Optional.of(part(num(m, 1), m.group(2), text));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "2026-02-31", "2026-13": not a date
        }
        return Optional.empty();
    }

    /** The Monday of ISO week {@code week} of {@code year}; null if the year has no such week. */
    private static LocalDate monday(int year, int week) {
        LocalDate anyDay = LocalDate.of(year, 1, 4);
        if (week < 1 || week > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) return null;
        return anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    /** A season (meteorological, northern: winter is December to February), quarter or half of {@code year}. */
    private static EventDate part(int year, String which, String text) {
        YearMonth from;
        int months;
        switch (which) {
            case "SP" -> { from = YearMonth.of(year, 3); months = 3; }
            case "SU" -> { from = YearMonth.of(year, 6); months = 3; }
            case "FA" -> { from = YearMonth.of(year, 9); months = 3; }
            case "WI" -> { from = YearMonth.of(year, 12); months = 3; }
            case "H1", "H2" -> { from = YearMonth.of(year, which.equals("H1") ? 1 : 7); months = 6; }
            default -> { from = YearMonth.of(year, 3 * (which.charAt(1) - '1') + 1); months = 3; }
        }
        return new EventDate(from.atDay(1), from.plusMonths(months - 1).atEndOfMonth(), "range", text);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
