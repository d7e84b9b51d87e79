package org.herald.actors;

/**
 * A CAMEO-style actor code split into its base (ISO3 country, or an IGO code such as IGOUNO) and role
 * (GOV, MIL, OPP ...). Either part may be empty: "OPP" alone is protesters of no known country.
 */
public record ActorCode(String base, String role) {
    public static final ActorCode NONE = new ActorCode("", "");

    public ActorCode {
        base = base == null ? "" : base;
        role = role == null ? "" : role;
    }

    /** Splits a written code: "RUSGOV" -> RUS + GOV, "IGOUNO" -> IGOUNO, "OPP" -> role only. */
    public static ActorCode parse(String code) {
        if (code == null || code.isBlank()) return NONE;
        code = code.strip();
        if (code.startsWith("IGO") || code.startsWith("NGO")) return new ActorCode(code, "");
        if (code.length() == 3 && AgentRoles.isRole(code)) return new ActorCode("", code);
        if (code.length() <= 3) return new ActorCode(code, "");
        return new ActorCode(code.substring(0, 3), code.substring(3));
    }

    public String code() { return base + role; }
    public boolean isEmpty() { return base.isEmpty() && role.isEmpty(); }
    public boolean hasBase() { return !base.isEmpty(); }
    public ActorCode withRole(String r) { return new ActorCode(base, r); }
    public ActorCode withBase(String b) { return new ActorCode(b, role); }

    @Override public String toString() { return code(); }
}
