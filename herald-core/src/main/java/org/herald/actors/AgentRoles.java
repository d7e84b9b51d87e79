package org.herald.actors;

import java.util.HashSet;
import java.util.Set;
import org.herald.dict.TsvTable;

/** The CAMEO role codes Herald knows (herald/codes/roles.tsv), so "OPP" reads as a role and "USA" as a country. */
final class AgentRoles {
    static final String RESOURCE = "herald/codes/roles.tsv";
    private static final Set<String> ROLES = load();

    private AgentRoles() {}

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (TsvTable.Row r : TsvTable.resource(RESOURCE, "code", "name").rows()) {
            String code = r.get("code");
            if (!code.matches("[A-Z]{3}")) throw r.error("a role code is three capital letters, not '" + code + "'");
            if (!out.add(code)) throw r.error("duplicate role code " + code);
        }
        return Set.copyOf(out);
    }

    static boolean isRole(String code) { return ROLES.contains(code); }
}
