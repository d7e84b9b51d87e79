package org.herald.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.Quote;

/** A quote as stored: its id, the quote, and the store ids of the events coded inside it. */
public record StoredQuote(long id, Quote quote, List<Long> eventIds) {
    public StoredQuote {
        eventIds = List.copyOf(eventIds);
    }

    /** The exchange fields: the id, the quote's fields with the events as store ids. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.putAll(quote.fields());
        m.remove("events");
        m.put("event_ids", eventIds);
        return m;
    }
}
