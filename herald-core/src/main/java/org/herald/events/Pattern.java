package org.herald.events;

import java.util.List;
import java.util.Set;

/**
 * A coding rule: predicate lemmas (verbs, or event nouns) plus constraints on their dependents give a CAMEO
 * code. {@code code} "noun" marks a light verb ("hold talks", "impose sanctions") whose event noun decides.
 * Options: {@code notarget} (an event even without a target), {@code mutual} (a plural or conjoined source
 * with no target acts on each other), {@code target=slot|slot} (where the target is, overriding the default),
 * {@code reverse=CODE} (sets {@code reverseCode}). {@code reverseCode}, when set, is the code of the same event seen from the target's side (PETRARCH's
 * {@code [032:033]}: a visit is 032 by the visitor and 033, hosting, by the host). {@code markers} place the source
 * or target where a PETRARCH pattern's {@code $} or {@code +} stands.
 */
public record Pattern(String id, String code, Set<String> predicates, List<Constraint> constraints,
                      boolean noTarget, boolean mutual, List<String> targetSlots, String file, int line, String reverseCode,
                      List<RoleMarker> markers) {
    public static final String NOUN_CODE = "noun";

    /** A pattern whose event has no coded counterpart from the target's side. */
    public Pattern(String id, String code, Set<String> predicates, List<Constraint> constraints,
                   boolean noTarget, boolean mutual, List<String> targetSlots, String file, int line) {
        this(id, code, predicates, constraints, noTarget, mutual, targetSlots, file, line, "");
    }

    /** A pattern without PETRARCH's $ / + role markers. */
    public Pattern(String id, String code, Set<String> predicates, List<Constraint> constraints,
                   boolean noTarget, boolean mutual, List<String> targetSlots, String file, int line, String reverseCode) {
        this(id, code, predicates, constraints, noTarget, mutual, targetSlots, file, line, reverseCode, List.of());
    }

    public boolean light() { return code.equals(NOUN_CODE); }

    /** More constraints = more specific; the most specific matching pattern wins. */
    public int specificity() { return constraints.size(); }

    public String describe() {
        StringBuilder sb = new StringBuilder(String.join("|", new java.util.TreeSet<>(predicates)));
        for (Constraint c : constraints) sb.append(' ').append(c);
        return sb.toString();
    }
}
