package org.herald.model;

import java.time.LocalDate;
import java.util.Set;

/**
 * When an event happened: the first and last day it may have happened on, how precisely the story says so, and the
 * words that said it. {@code precision} is one of {@link #PRECISIONS}: "day" (Friday), "week" (earlier this week),
 * "month" (in December), "year" (last year), "range" (since last month, last summer) or "article" when the story
 * gives no date for the event and the article's own date stands in ({@code text} is then empty).
 */
public record EventDate(LocalDate start, LocalDate end, String precision, String text) {
    public static final Set<String> PRECISIONS = Set.of("day", "week", "month", "year", "range", "article");

    public EventDate {
        if (start == null) throw new IllegalArgumentException("an event date needs a start");
        if (end == null) end = start;
        if (end.isBefore(start)) throw new IllegalArgumentException("event date ends " + end + " before it starts " + start);
        if (!PRECISIONS.contains(precision)) throw new IllegalArgumentException("unknown date precision '" + precision + "'");
        text = text == null ? "" : text;
    }

    /** The article's date standing in for an event the story does not date. */
    public static EventDate article(LocalDate articleDate) {
        return new EventDate(articleDate, articleDate, "article", "");
    }

    public boolean fromArticle() {
        return precision.equals("article");
    }

    /** "2026-01-16", or "2026-01-12..2026-01-17" for a span of days. */
    @Override
    public String toString() {
        return start.equals(end) ? start.toString() : start + ".." + end;
    }
}
