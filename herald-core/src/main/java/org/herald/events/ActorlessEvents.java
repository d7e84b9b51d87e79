package org.herald.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.dict.TsvTable;
import org.herald.nlp.ParsedSentence;

/**
 * Weapons, munitions and explosives (herald/patterns/arms.tsv). An event of material conflict that involves arms
 * ("explosives were found", "a roadside bomb exploded", "mortar shells landed") is political violence or its
 * prevention even when neither side is known, so it is coded with unknown actors.
 */
public final class Arms {
    public static final String RESOURCE = "herald/patterns/arms.tsv";
    public static final Arms NONE = new Arms(Set.of());
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "obj", "iobj", "obl", "nmod", "compound", "amod");
    private static volatile Arms standard;

    /** Single lemmas, and the last word of each phrase mapped to the phrase's words. */
    private final Set<String> words;

    private Arms(Set<String> words) { this.words = words; }

    public static Arms standard() {
        if (standard == null) standard = from(TsvTable.resource(RESOURCE, "kind", "words"));
        return standard;
    }

    static Arms from(TsvTable t) {
        Set<String> out = new HashSet<>();
        for (TsvTable.Row r : t.rows()) {
            if (!r.get("kind").equals("weapon")) throw r.error("unknown kind '" + r.get("kind") + "' (weapon)");
            List<String> ws = r.list("words");
            if (ws.isEmpty()) throw r.error("no words");
            for (String w : ws) out.add(w.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return new Arms(Set.copyOf(out));
    }

    /** Does the event triggered at {@code trigger} involve arms: the trigger itself, or its arguments' heads and modifiers? */
    public boolean involved(ParsedSentence s, int trigger) {
        if (words.isEmpty()) return false;
        if (names(s, trigger)) return true;
        for (var d : s.children(trigger)) {
            String rel = d.relation();
            String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
            if (!ARGUMENTS.contains(base) || rel.equals("nmod:poss")) continue;
            for (int k : Constraint.nominalHeads(s, d.dependent())) if (names(s, k)) return true;
        }
        return false;
    }

    /** Is token {@code k} an arms word, alone or as the last word of a listed phrase ("car bomb", "explosive device")? */
    private boolean names(ParsedSentence s, int k) {
        var t = s.token(k);
        if (!t.isNoun() && !t.pos().startsWith("JJ")) return false;
        String lemma = t.lemma().toLowerCase(Locale.ROOT), word = t.word().toLowerCase(Locale.ROOT);
        if (words.contains(lemma) || words.contains(word)) return true;
        String phrase = lemma;
        for (int j = k - 1; j >= 1 && j >= k - 3; j--) {
            phrase = s.token(j).word().toLowerCase(Locale.ROOT) + " " + phrase;
            if (words.contains(phrase)) return true;
        }
        return false;
    }
}
