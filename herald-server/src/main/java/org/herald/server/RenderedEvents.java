package org.herald.server;

import com.fasterxml.jackson.databind.util.RawValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.herald.store.StoredEvent;

/**
 * Events as the API writes them, kept by id, least recently used out first, up to a number of characters. Reading
 * an event row costs all its wide columns and rendering it costs JSON work, while a dashboard asks for the same
 * recent events again and again. An id always names the same row (rows are never updated; a replaced article's
 * events are deleted and new ones get new ids), so an entry never goes stale: at worst it names a deleted event,
 * which no query returns any more.
 */
final class RenderedEvents {
    /** 128 M characters of cached JSON by default (Latin-1 strings: ~128 MB; an event renders to 0.8-2 KB). */
    static final long DEFAULT_MAX_CHARS = Long.getLong("herald.server.cacheChars", 128L << 20);

    private final long maxChars;
    private long chars;
    private final LinkedHashMap<Long, RawValue> byId = new LinkedHashMap<>(1024, 0.75f, true);

    RenderedEvents(long maxChars) {
        this.maxChars = maxChars;
    }

    synchronized RawValue get(long id) {
        return byId.get(id);
    }

    synchronized boolean contains(long id) {
        return byId.containsKey(id);
    }

    /** Renders the event and keeps it, dropping the least recently used ones beyond the bound. */
    RawValue put(StoredEvent e, Function<StoredEvent, Map<String, Object>> fields) {
        RawValue v = render(e, fields);
        put(e.id(), v);
        return v;
    }

    static RawValue render(StoredEvent e, Function<StoredEvent, Map<String, Object>> fields) {
        return new RawValue(ApiJson.write(fields.apply(e)));
    }

    /** A rendered event with more fields first (values that change, such as a real event's counts, kept out of the cache). */
    static RawValue withFields(RawValue v, Map<String, Object> fields) {
        String more = ApiJson.write(fields), json = (String) v.rawValue();
        if (more.length() <= 2) return v;
        return new RawValue(more.substring(0, more.length() - 1) + (json.length() > 2 ? "," + json.substring(1) : "}"));
    }

    long maxChars() {
        return maxChars;
    }

    /** Keeps a rendered event, dropping the least recently used ones beyond the bound. */
    void put(long id, RawValue v) {
        String json = (String) v.rawValue();
        synchronized (this) {
            RawValue old = byId.put(id, v);
            chars += json.length() - (old == null ? 0 : ((String) old.rawValue()).length());
            var it = byId.entrySet().iterator();
            while (chars > maxChars && it.hasNext()) {
                chars -= ((String) it.next().getValue().rawValue()).length();
                it.remove();
            }
        }
    }

    synchronized int size() {
        return byId.size();
    }
}
