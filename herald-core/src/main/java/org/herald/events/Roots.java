package org.herald.events;

import java.util.Set;
import java.util.TreeSet;
import org.herald.dict.TsvTable;

/** CAMEO root lists in data files: "09,14-20" or "02|03|10" -> {09, 14, ..., 20}. */
final class Roots {
    private Roots() {}

    static Set<String> parse(TsvTable.Row r, String column) {
        Set<String> out = new TreeSet<>();
        for (String part : r.get(column).split("[,|]")) {
            if (part.isBlank()) continue;
            String[] ends = part.strip().split("-");
            try {
                int from = Integer.parseInt(ends[0]), to = Integer.parseInt(ends[ends.length - 1]);
                if (ends.length > 2 || from < 1 || to > 20 || from > to) throw new NumberFormatException();
                for (int k = from; k <= to; k++) out.add(String.format("%02d", k));
            } catch (NumberFormatException e) {
                throw r.error("bad root range '" + part.strip() + "' in " + column + " (write e.g. 09,14-20)");
            }
        }
        return Set.copyOf(out);
    }
}
