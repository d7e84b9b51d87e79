package org.herald.petrarch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.herald.dict.TsvTable;

/**
 * What Herald says about PETRARCH suite records, each with its reason: the ones it deliberately does not reproduce
 * (herald/petrarch/exclusions.tsv, not scored) and the ones known to fail (herald/petrarch/known-failures.tsv,
 * scored as failures; the eval prints the note as the reason, and the regression test keeps the list exact).
 */
public record PetrarchNotes(Map<String, String> exclusions, Map<String, String> failures) {
    public static final String EXCLUSIONS = "herald/petrarch/exclusions.tsv";
    public static final String FAILURES = "herald/petrarch/known-failures.tsv";
    public static final PetrarchNotes NONE = new PetrarchNotes(Map.of(), Map.of());

    public PetrarchNotes {
        exclusions = Map.copyOf(exclusions);
        failures = Map.copyOf(failures);
    }

    /** Herald's shipped notes. */
    public static PetrarchNotes load() {
        Map<String, String> excluded = read(EXCLUSIONS);
        Map<String, String> failing = read(FAILURES);
        for (String id : failing.keySet()) {
            if (excluded.containsKey(id)) throw new IllegalStateException(FAILURES + ": " + id + " is also excluded in " + EXCLUSIONS);
        }
        return new PetrarchNotes(excluded, failing);
    }

    private static Map<String, String> read(String resource) {
        Map<String, String> m = new LinkedHashMap<>();
        for (TsvTable.Row r : TsvTable.resource(resource, "id", "reason").rows()) {
            if (r.get("reason").isEmpty()) throw r.error("a note needs a reason");
            if (m.put(r.get("id"), r.get("reason")) != null) throw r.error("duplicate record " + r.get("id"));
        }
        return m;
    }
}
