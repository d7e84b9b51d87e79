package org.herald.store;

import java.time.LocalDate;

/**
 * Filters for listing events; null/blank means no filter. {@code actor} matches source or target by prefix
 * ("RUS" matches RUSGOV), {@code country} the first three letters of either, {@code text} the evidence.
 */
public record EventQuery(LocalDate from, LocalDate to, String actor, String source, String target, String country,
                         String code, String root, Integer quadClass, String text, int limit, int offset) {
    public static final int MAX_LIMIT = 1000;

    public EventQuery {
        if (limit <= 0) limit = 50;
        limit = Math.min(limit, MAX_LIMIT);
        offset = Math.max(0, offset);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, 50, 0);
    }
}
