package org.herald.actors;

import java.util.Set;

/** The CAMEO role codes Herald knows, so "OPP" reads as a role and "USA" as a country. */
final class AgentRoles {
    private static final Set<String> ROLES = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "CVL", "MED",
            "BUS", "EDU", "HLH", "NGO", "IGO", "SPY", "LAB", "REF", "HRI", "ELI", "AGR", "CRM", "UAF", "PTY", "INS");

    private AgentRoles() {}

    static boolean isRole(String code) { return ROLES.contains(code); }
}
