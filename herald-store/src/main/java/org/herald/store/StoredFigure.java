package org.herald.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.herald.model.Figure;

/** A figure as stored: its id, the figure, and the store id of the event it belongs to (null when none). */
public record StoredFigure(long id, Figure figure, Long eventId) {
    /** The exchange fields: the id, the figure's fields with the event as its store id. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.putAll(figure.fields());
        m.remove("event");
        m.put("event_id", eventId);
        return m;
    }
}
