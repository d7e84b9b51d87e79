package org.herald.store;

/**
 * Filters for listing quotes or figures; null/blank means no filter. {@code articleId} is exact, {@code actor}
 * matches the speaker (quotes) or claimant (figures) by prefix ("RUS" matches RUSGOV), {@code kind} is a quote's kind
 * (direct, phrase, indirect) or a figure's category (deaths, arrests, money ...), {@code eventId} the event a quote
 * holds or a figure belongs to. Filters are literal text, as in {@link EventQuery}.
 */
public record ClaimQuery(String articleId, String actor, String kind, Long eventId, int limit, int offset) {
    public ClaimQuery {
        if (limit <= 0) limit = 50;
        limit = Math.min(limit, EventQuery.MAX_LIMIT);
        offset = Math.max(0, offset);
    }

    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null, 50, 0);
    }

    /** Everything tied to one event. */
    public static ClaimQuery ofEvent(long id) {
        return new ClaimQuery(null, null, null, id, EventQuery.MAX_LIMIT, 0);
    }
}
