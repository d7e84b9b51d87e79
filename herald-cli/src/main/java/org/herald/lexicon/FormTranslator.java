package org.herald.lexicon;

import java.util.Optional;
import java.util.Set;
import net.sf.extjwnl.data.POS;

/**
 * Turns a form into a predicate and constraints of the pattern language (org.herald.events.Constraint). Verbs:
 * "verb PARTICLE" -> prt:, "verb PREP" -> obl:PREP ("fire at"), "verb NOUN" -> obj: ("open fire"), "verb NOUN PREP"
 * -> obj: ("take control of"), "verb PREP NOUN" -> obl:PREP:NOUN ("put to death"), "verb PARTICLE PREP" -> prt:
 * ("crack down on"). Nouns: "ADJ NOUN" -> amod:, "NOUN NOUN" -> compound: ("car bombing"), "NOUN of NOUN" -> of:
 * ("state of emergency"). Anything else has no translation.
 */
final class FormTranslator {
    static final Set<String> PARTICLES = Set.of("up", "down", "off", "out", "over", "away", "back", "in", "on");
    static final Set<String> PREPOSITIONS = Set.of("to", "at", "with", "against", "into", "for", "from", "of", "about", "upon", "onto", "through", "on", "in");

    /** A predicate lemma and its constraints ("" when none). */
    record Translation(String predicate, String constraints) {}

    private final WordNetExpander wordnet;

    FormTranslator(WordNetExpander wordnet) { this.wordnet = wordnet; }

    Optional<Translation> translate(String form, Seed.Pos pos) {
        String[] t = form.split(" ");
        if (t.length == 1) return word(t[0]) ? Optional.of(new Translation(t[0], "")) : Optional.empty();
        for (String w : t) if (!word(w)) return Optional.empty();
        return pos == Seed.Pos.VERB ? verb(t) : noun(t);
    }

    private Optional<Translation> verb(String[] t) {
        String v = t[0];
        if (t.length == 2) {
            if (PARTICLES.contains(t[1])) return of(v, "prt:" + t[1]);
            if (PREPOSITIONS.contains(t[1])) return of(v, "obl:" + t[1]);
            Optional<String> n = noun(t[1]);
            if (n.isPresent()) return of(v, "obj:" + n.get());
        } else if (t.length == 3) {
            Optional<String> n1 = noun(t[1]), n2 = noun(t[2]);
            if (n1.isPresent() && PREPOSITIONS.contains(t[2]) && !PARTICLES.contains(t[1])) return of(v, "obj:" + n1.get());
            if (PREPOSITIONS.contains(t[1]) && n2.isPresent()) return of(v, "obl:" + t[1] + ":" + n2.get());
            if (PARTICLES.contains(t[1]) && PREPOSITIONS.contains(t[2])) return of(v, "prt:" + t[1]);
            if (PARTICLES.contains(t[1]) && n2.isPresent()) return of(v, "prt:" + t[1] + " obj:" + n2.get());
        }
        return Optional.empty();
    }

    private Optional<Translation> noun(String[] t) {
        if (t.length == 2) {
            // A modifier that is more often an adjective than a noun in WordNet is parsed as amod ("chemical attack").
            // Words WordNet lacks are adjectives when hyphenated or participles ("anti-war", "targeted").
            Optional<String> head = noun(t[1]);
            if (head.isEmpty()) return Optional.empty();
            // A plural or closed-up modifier ("weapons shipment", "ceasefire offer") is a compound with its lemma.
            int adj = wordnet.senseCount(POS.ADJECTIVE, t[0]), noun = wordnet.senseCount(POS.NOUN, t[0]);
            Optional<String> modifier = adj == 0 && noun == 0 && !t[0].contains("-") ? noun(t[0]).filter(t[0]::startsWith) : Optional.empty();
            if (modifier.isPresent()) return of(head.get(), "compound:" + modifier.get());
            if (adj == 0 && noun == 0 && !t[0].contains("-") && !t[0].endsWith("ed")) return Optional.empty();
            return of(head.get(), (adj >= noun ? "amod:" : "compound:") + t[0]);
        }
        Optional<String> n0 = t.length == 3 ? noun(t[0]) : Optional.empty(), n2 = t.length == 3 ? noun(t[2]) : Optional.empty();
        if (t.length == 3 && t[1].equals("of") && n0.isPresent() && n2.isPresent()) return of(n0.get(), "of:" + n2.get());
        return Optional.empty();
    }

    /** The noun's lemma, as the parser would give it ("weapons" -> "weapon"), if WordNet knows it as a noun. */
    private Optional<String> noun(String w) { return wordnet.nounLemma(w); }

    /** A token the pattern language can hold: letters, inner hyphens or apostrophes. */
    private static boolean word(String w) { return w.matches("[a-z]+(?:[-'][a-z]+)*"); }

    private static Optional<Translation> of(String predicate, String constraint) {
        return Optional.of(new Translation(predicate, constraint));
    }
}
