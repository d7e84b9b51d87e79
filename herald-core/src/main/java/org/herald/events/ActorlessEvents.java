package org.herald.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.herald.dict.TsvTable;
import org.herald.nlp.ParsedSentence;

/**
 * Events coded even when neither side is known (herald/patterns/actorless.tsv): protest, which is political by its
 * nature ("thousands marched through the capital"), and material conflict that involves arms ("explosives were found",
 * "a roadside bomb exploded", "mortar shells landed").
 */
public final class ActorlessEvents {
    public static final String RESOURCE = "herald/patterns/actorless.tsv";
    public static final ActorlessEvents NONE = new ActorlessEvents(Set.of(), Set.of(), Set.of());
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "obj", "iobj", "obl", "nmod", "compound", "amod");
    private static volatile ActorlessEvents standard;

    private final Set<String> roots, armsRoots;
    /** Weapon words: single lemmas and phrases of consecutive words ("car bomb", "explosive device"). */
    private final Set<String> weapons;

    private ActorlessEvents(Set<String> roots, Set<String> armsRoots, Set<String> weapons) {
        this.roots = roots;
        this.armsRoots = armsRoots;
        this.weapons = weapons;
    }

    public static ActorlessEvents standard() {
        if (standard == null) standard = from(TsvTable.resource(RESOURCE, "kind", "words"));
        return standard;
    }

    static ActorlessEvents from(TsvTable t) {
        Set<String> roots = new TreeSet<>(), armsRoots = new TreeSet<>(), weapons = new HashSet<>();
        for (TsvTable.Row r : t.rows()) {
            List<String> ws = r.list("words");
            if (ws.isEmpty()) throw r.error("no words");
            switch (r.get("kind")) {
                case "roots" -> roots.addAll(Roots.parse(r, "words"));
                case "arms-roots" -> armsRoots.addAll(Roots.parse(r, "words"));
                case "weapon" -> ws.forEach(w -> weapons.add(w.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
                default -> throw r.error("unknown kind '" + r.get("kind") + "' (roots, arms-roots or weapon)");
            }
        }
        return new ActorlessEvents(Set.copyOf(roots), Set.copyOf(armsRoots), Set.copyOf(weapons));
    }

    /** May the event of root {@code root} triggered at {@code trigger} be coded with no known actor, and why (or null)? */
    String reason(ParsedSentence s, String root, int trigger) {
        if (roots.contains(root)) return "no known actor";
        if (armsRoots.contains(root) && armsInvolved(s, trigger)) return "no known actor, arms";
        return null;
    }

    /** Does the event triggered at {@code trigger} involve arms: the trigger itself, or its arguments' heads and modifiers? */
    public boolean armsInvolved(ParsedSentence s, int trigger) {
        if (weapons.isEmpty()) return false;
        if (names(s, trigger)) return true;
        for (var d : s.children(trigger)) {
            String rel = d.relation();
            String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
            if (!ARGUMENTS.contains(base) || rel.equals("nmod:poss")) continue;
            for (int k : Constraint.nominalHeads(s, d.dependent())) if (names(s, k)) return true;
        }
        return false;
    }

    /** Is token {@code k} a weapon word, alone or as the last word of a listed phrase ("car bomb", "explosive device")? */
    private boolean names(ParsedSentence s, int k) {
        var t = s.token(k);
        if (!t.isNoun() && !t.pos().startsWith("JJ")) return false;
        String lemma = t.lemma().toLowerCase(Locale.ROOT), word = t.word().toLowerCase(Locale.ROOT);
        if (weapons.contains(lemma) || weapons.contains(word)) return true;
        String phrase = lemma;
        for (int j = k - 1; j >= 1 && j >= k - 3; j--) {
            phrase = s.token(j).word().toLowerCase(Locale.ROOT) + " " + phrase;
            if (weapons.contains(phrase)) return true;
        }
        return false;
    }
}
