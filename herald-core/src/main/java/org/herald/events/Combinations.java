package org.herald.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.herald.codes.CameoCodebook;
import org.herald.dict.TsvTable;

/**
 * The verb-combination table ({@code herald/patterns/combinations.tsv}): governing root + governed code ->
 * combined code. "inner" keeps the governed code.
 */
public final class Combinations {
    public static final String RESOURCE = "herald/patterns/combinations.tsv";
    public static final String INNER = "inner";

    private final Map<String, Map<String, String>> table = new HashMap<>();

    private static volatile Combinations standard;

    private Combinations() {}

    /** Herald's shipped table, read once per process. */
    public static Combinations standard() {
        if (standard == null) standard = resource(RESOURCE, CameoCodebook.standard());
        return standard;
    }

    public static Combinations resource(String path, CameoCodebook codes) {
        return from(TsvTable.resource(path, "governor", "inner", "code"), codes);
    }

    static Combinations from(TsvTable t, CameoCodebook codes) {
        Combinations c = new Combinations();
        for (TsvTable.Row r : t.rows()) {
            String gov = r.get("governor"), inner = r.get("inner"), code = r.get("code");
            if (!gov.matches("\\d\\d")) throw r.error("governor must be a two-digit CAMEO root: '" + gov + "'");
            if (!inner.equals("*") && !inner.matches("\\d{2,4}")) throw r.error("inner must be a CAMEO code prefix or *: '" + inner + "'");
            if (!code.equals(INNER) && !codes.contains(code)) throw r.error("unknown CAMEO code '" + code + "'");
            if (c.table.computeIfAbsent(gov, k -> new HashMap<>()).put(inner, code) != null) {
                throw r.error("duplicate combination " + gov + " + " + inner);
            }
        }
        return c;
    }

    public boolean governs(String root) { return table.containsKey(root); }

    /** The combined code for a governing root and a governed code, if the table says anything. */
    public Optional<String> combine(String governorRoot, String innerCode) {
        Map<String, String> row = table.get(governorRoot);
        if (row == null) return Optional.empty();
        for (int len = innerCode.length(); len >= 2; len--) {
            String v = row.get(innerCode.substring(0, len));
            if (v != null) return Optional.of(v.equals(INNER) ? innerCode : v);
        }
        return Optional.ofNullable(row.get("*"));
    }
}
