package org.herald.petrarch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.herald.dict.TsvTable;

/** PETRARCH suite records Herald deliberately does not reproduce, with the reason (herald/petrarch/exclusions.tsv). */
public final class PetrarchExclusions {
    public static final String RESOURCE = "herald/petrarch/exclusions.tsv";

    private PetrarchExclusions() {}

    public static Map<String, String> load() {
        Map<String, String> m = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.resource(RESOURCE, "id", "reason").rows()) {
            if (r.get("reason").isEmpty()) throw r.error("an exclusion needs a reason");
            if (m.put(r.get("id"), r.get("reason")) != null) throw r.error("duplicate exclusion " + r.get("id"));
        }
        return m;
    }
}
