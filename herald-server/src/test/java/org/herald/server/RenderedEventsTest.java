package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.herald.store.StoredEvent;
import org.junit.jupiter.api.Test;

/** Rendered events are the API's own JSON of the event, kept within a bound, least recently used out first. */
class RenderedEventsTest {
    static StoredEvent stored(long id) {
        return new StoredEvent(id, TestStores.event("a" + id, "2026-01-05", "RUS", "Russia", "111", "USA", "the <b>US</b>", -2.0, 3,
                "Russia condemned the US."));
    }

    @Test
    void anEventRendersAsTheApiWritesItAndTheLeastRecentlyUsedGoesFirst() {
        String one = ApiJson.write(ApiService.json(stored(1)));
        assertTrue(one.contains("\\u003Cb\\u003EUS") || one.contains("\\u003cb\\u003eUS"), one);
        RenderedEvents cache = new RenderedEvents(one.length() * 2L + 10);
        assertEquals(one, cache.put(stored(1), ApiService::json).rawValue());
        cache.put(stored(2), ApiService::json);
        cache.get(1); // 1 is now more recent than 2
        cache.put(stored(3), ApiService::json);
        assertTrue(cache.contains(1));
        assertFalse(cache.contains(2), "the least recently used is dropped beyond the bound");
        assertTrue(cache.contains(3));
        assertNull(cache.get(2));
        assertEquals(2, cache.size());
        RenderedEvents none = new RenderedEvents(0);
        assertEquals(one, none.put(stored(1), ApiService::json).rawValue(), "a zero bound still renders, and keeps nothing");
        assertEquals(0, none.size());
    }
}
