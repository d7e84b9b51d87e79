package org.herald.codes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.herald.dict.TsvTable;

/** The CAMEO codes with names, Goldstein values, quad classes and PLOVER types, from {@code herald/codes/cameo.tsv}. */
public final class CameoCodebook {
    public static final String RESOURCE = "herald/codes/cameo.tsv";
    private static volatile CameoCodebook standard;

    private final Map<String, CameoCode> codes;

    private CameoCodebook(Map<String, CameoCode> codes) { this.codes = codes; }

    public static CameoCodebook standard() {
        if (standard == null) standard = from(TsvTable.resource(RESOURCE, "code", "name", "goldstein", "quad", "plover_type"));
        return standard;
    }

    static CameoCodebook from(TsvTable table) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (TsvTable.Row r : table.rows()) {
            String code = r.get("code");
            if (!code.matches("\\d{2,4}")) throw r.error("bad CAMEO code '" + code + "'");
            double g;
            int quad;
            try {
                g = Double.parseDouble(r.get("goldstein"));
                quad = Integer.parseInt(r.get("quad"));
            } catch (NumberFormatException e) {
                throw r.error("goldstein and quad must be numbers");
            }
            if (g < -10 || g > 10) throw r.error("Goldstein value out of [-10, 10]: " + g);
            if (quad < 1 || quad > 4) throw r.error("quad class must be 1-4: " + quad);
            if (codes.put(code, new CameoCode(code, r.get("name"), g, quad, r.get("plover_type"), r.get("plover_mode"))) != null) {
                throw r.error("duplicate code " + code);
            }
        }
        return new CameoCodebook(codes);
    }

    public Optional<CameoCode> find(String code) { return Optional.ofNullable(codes.get(code)); }

    public CameoCode get(String code) {
        CameoCode c = codes.get(code);
        if (c == null) throw new IllegalArgumentException("unknown CAMEO code " + code);
        return c;
    }

    /**
     * The code's entry, or for a code outside CAMEO (PETRARCH's WEIS-style test codes such as "075A") an entry
     * with no Goldstein value or PLOVER type, its quad class taken from a numeric root when there is one.
     */
    public CameoCode describe(String code) {
        CameoCode c = codes.get(code);
        if (c != null) return c;
        int quad = 0;
        if (code.length() >= 2 && Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1))) {
            int r = Integer.parseInt(code.substring(0, 2));
            quad = r >= 1 && r <= 5 ? 1 : r <= 8 && r > 5 ? 2 : r <= 13 && r > 8 ? 3 : r <= 20 && r > 13 ? 4 : 0;
        }
        return new CameoCode(code, "(not a CAMEO code)", 0.0, quad, "", "");
    }

    public boolean contains(String code) { return codes.containsKey(code); }

    public int size() { return codes.size(); }

    /** Every code, in the codebook's order. */
    public java.util.List<String> codes() { return java.util.List.copyOf(codes.keySet()); }
}
