package org.herald.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.dict.TsvTable;
import org.herald.nlp.ParsedSentence;

/**
 * One condition a pattern puts on a predicate's dependents, written in the pattern files as
 * {@code rel:lemma|lemma}: {@code obj:tariff|sanction}, {@code prt:up}, {@code obl:with} (a prepositional
 * argument; {@code obl:to|about} for either preposition), {@code obl:in:talk|conversation}, {@code of:operation} (a noun's "of" argument),
 * {@code amod:military}, {@code xcomp:meet}, {@code desc:mediation|intermediary} (anywhere below the predicate),
 * {@code before:said} (a word shortly before the predicate, for PETRARCH's pre-verb pattern words),
 * {@code prev:recently} (the word right before the predicate, for PETRARCH's "RECENTLY_*"),
 * {@code seq:golden goblin galleons|yen} (consecutive words below the predicate, for PETRARCH's joined words; in a
 * pattern file, where spaces separate constraints, the words are joined by "_": {@code seq:war_crime|genocide}),
 * {@code seqbefore:death toll} (consecutive words shortly before the predicate).
 */
public record Constraint(String relation, Set<String> prepositions, Set<String> lemmas) {
    private static final int BEFORE_WINDOW = 6;

    public static Constraint parse(String spec, TsvTable.Row row) {
        String[] p = spec.split(":", -1);
        String rel = p[0].toLowerCase(Locale.ROOT);
        switch (rel) {
            case "conjsubj", "conjobj" -> {
                if (p.length > 1) throw row.error("constraint '" + spec + "' takes no words");
                return new Constraint(rel, Set.of(), Set.of());
            }
            case "seq", "seqbefore" -> {
                // Word sequences ("golden goblin galleons"): spaces inside an alternative are kept.
                if (p.length != 2) throw row.error("constraint '" + spec + "': write " + rel + ":word word|word");
                Set<String> out = new java.util.LinkedHashSet<>();
                for (String alt : p[1].split("\\|")) {
                    if (!alt.isBlank()) out.add(alt.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").strip());
                }
                if (out.isEmpty()) throw row.error("constraint '" + spec + "' lists no words");
                return new Constraint(rel, Set.of(), Set.copyOf(out));
            }
            case "obj", "prt", "xcomp", "desc", "head", "before", "prev", "amod", "compound", "nsubj", "ccomp", "advcl" -> {
                if (p.length > 2) throw row.error("constraint '" + spec + "': write " + rel + ":lemma|lemma");
                return new Constraint(rel, Set.of(), p.length == 2 ? lemmas(p[1], spec, row) : Set.of());
            }
            case "obl", "nmod" -> {
                if (p.length < 2 || p[1].isEmpty()) throw row.error("constraint '" + spec + "': write " + rel + ":PREP or " + rel + ":PREP:lemma|lemma");
                if (p.length > 3) throw row.error("constraint '" + spec + "': write " + rel + ":PREP|PREP:lemma|lemma");
                return new Constraint(rel, lemmas(p[1], spec, row), p.length == 3 ? lemmas(p[2], spec, row) : Set.of());
            }
            case "of", "with", "against", "on", "to", "for", "between" -> {
                if (p.length != 2) throw row.error("constraint '" + spec + "': write " + rel + ":lemma|lemma");
                return new Constraint("nmod", Set.of(rel), lemmas(p[1], spec, row));
            }
            default -> throw row.error("unknown constraint '" + spec + "' (known: obj prt obl nmod of xcomp ccomp advcl amod compound desc head before prev seq seqbefore nsubj conjsubj conjobj)");
        }
    }

    private static Set<String> lemmas(String list, String spec, TsvTable.Row row) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String s : list.split("\\|")) if (!s.isBlank()) out.add(s.strip().toLowerCase(Locale.ROOT));
        if (out.isEmpty()) throw row.error("constraint '" + spec + "' lists no words");
        return Set.copyOf(out);
    }

    /** Does predicate {@code p} of sentence {@code s} satisfy this constraint? Returns the matched token or -1. */
    int match(ParsedSentence s, int p) {
        switch (relation) {
            case "desc" -> {
                for (int k : s.subtree(p)) {
                    if (k != p && !isSubject(s, k, p) && lemmas.contains(lower(s, k))) return k;
                }
                return -1;
            }
            case "seq" -> {
                // Consecutive words below the predicate, each matching by word or lemma (plural "galleons" ~ "galleon").
                List<Integer> below = s.subtree(p);
                for (String alt : lemmas) {
                    String[] ws = alt.split(" ");
                    for (int start : below) {
                        if (start <= p || start + ws.length - 1 > s.size()) continue;
                        if (wordsAt(s, start, ws)) return start + ws.length - 1;
                    }
                }
                return -1;
            }
            case "conjsubj", "conjobj" -> {
                // A conjoined subject or object: "Gondor and Osgiliath agreed".
                for (var d : s.children(p)) {
                    String r = d.relation();
                    boolean slot = relation.equals("conjsubj") ? r.startsWith("nsubj") : (r.equals("obj") || r.startsWith("obl") || r.equals("iobj"));
                    if (slot && !s.children(d.dependent(), "conj").isEmpty()) return d.dependent();
                }
                return -1;
            }
            case "head" -> {
                // A word below the predicate that heads something (not a modifier like "full" in "full ties", not the
                // subject): PETRARCH's post-verb noun.
                for (int k : s.subtree(p)) {
                    if (k == p || isSubject(s, k, p)) continue;
                    String rel = s.relation(k);
                    if (rel.equals("det")) continue;
                    // An adjective counts as the phrase it modifies ("DIPLOMATIC" in "renewed diplomatic ties").
                    int phrase = rel.equals("amod") ? s.head(k) : k;
                    if (phrase <= 0 || phrase == p || !headOfArgument(s, phrase, p)) continue;
                    if (listed(s, k)) return k;
                }
                return -1;
            }
            case "seqbefore" -> {
                // PETRARCH's joined words before the verb ("DEATH_TOTAL *"): consecutive, shortly before it.
                for (String alt : lemmas) {
                    String[] ws = alt.split(" ");
                    for (int start = Math.max(1, p - BEFORE_WINDOW - ws.length); start + ws.length <= p; start++) {
                        if (wordsAt(s, start, ws)) return start + ws.length - 1;
                    }
                }
                return -1;
            }
            case "prev" -> {
                // PETRARCH's word joined to the verb ("RECENTLY_*"): the token right before it.
                int k = p - 1;
                return k >= 1 && listed(s, k) ? k : -1;
            }
            case "before" -> {
                // PETRARCH's words before the verb: within a few tokens to its left.
                for (int k = Math.max(1, p - BEFORE_WINDOW); k < p; k++) {
                    if (listed(s, k)) return k;
                }
                return -1;
            }
            case "obl", "nmod" -> {
                for (var d : s.children(p)) {
                    String r = d.relation();
                    if (!(r.equals(relation) || r.startsWith(relation + ":") || (relation.equals("obl") && r.startsWith("nmod"))
                            || (relation.equals("nmod") && r.startsWith("obl")))) continue;
                    if (!prepositions.contains(s.caseMarker(d.dependent()))) continue;
                    if (lemmas.isEmpty()) return d.dependent();
                    for (int k : nominalHeads(s, d.dependent())) if (lemmas.contains(lower(s, k))) return d.dependent();
                }
                return -1;
            }
            default -> {
                String rel = relation.equals("prt") ? "compound:prt" : relation;
                for (int c : s.children(p, rel)) {
                    if (lemmas.isEmpty()) return c;
                    for (int k : nominalHeads(s, c)) if (lemmas.contains(lower(s, k))) return c;
                }
                return -1;
            }
        }
    }

    /**
     * The words that can stand for a nominal argument: itself, its conjuncts ("photographs and intelligence") and,
     * for measure words, what they measure ("5 million dollars of aid", "tons of food", "a state of emergency").
     */
    static List<Integer> nominalHeads(ParsedSentence s, int c) {
        List<Integer> out = new ArrayList<>();
        out.add(c);
        out.addAll(s.children(c, "conj"));
        for (int k : List.copyOf(out)) {
            for (var d : s.children(k)) {
                if (d.relation().startsWith("nmod") && !d.relation().equals("nmod:poss") && s.caseMarker(d.dependent()).equals("of")) {
                    out.add(d.dependent());
                }
            }
        }
        // "Niger's ambassador Brah Mohamane": the role word is a compound of the name; "a batch of peacekeeping troops".
        for (int k : List.copyOf(out)) {
            for (int cc : s.children(k, "compound")) if (s.token(cc).isNoun() && !s.relation(cc).equals("compound:prt")) out.add(cc);
        }
        return out;
    }

    /**
     * Is k the head of one of p's own arguments (or a conjunct or compound word of one), rather than a word deep
     * inside it? "adopt a set of resolutions": "set" heads the object, "resolutions" does not.
     */
    private static boolean headOfArgument(ParsedSentence s, int k, int p) {
        int cur = k;
        for (int depth = 0; depth < 3 && cur > 0; depth++) {
            int parent = s.head(cur);
            if (parent == p) return true;
            // The arguments of an infinitive the verb governs count too: "vowed to wage war on".
            if (parent > 0 && s.relation(parent).equals("xcomp") && s.head(parent) == p) return true;
            String rel = s.relation(cur);
            if (!(rel.equals("conj") || rel.equals("compound") || rel.equals("flat") || rel.equals("advmod") || rel.equals("nmod:poss"))) return false;
            cur = s.head(cur);
        }
        return false;
    }

    private static boolean isSubject(ParsedSentence s, int k, int p) {
        int cur = k;
        while (cur > 0 && s.head(cur) != p) cur = s.head(cur);
        return cur > 0 && s.relation(cur).startsWith("nsubj");
    }

    /** Is token {@code k} one of this constraint's words, by lemma or by its own form? */
    private boolean listed(ParsedSentence s, int k) {
        return lemmas.contains(lower(s, k)) || lemmas.contains(s.token(k).word().toLowerCase(Locale.ROOT));
    }

    /** Do the tokens from {@code start} on spell the words {@code ws}, one token each? */
    private static boolean wordsAt(ParsedSentence s, int start, String[] ws) {
        for (int i = 0; i < ws.length; i++) if (!wordMatches(s, start + i, ws[i])) return false;
        return true;
    }

    private static boolean wordMatches(ParsedSentence s, int k, String w) {
        String word = s.token(k).word().toLowerCase(Locale.ROOT);
        String lemma = lower(s, k);
        return word.equals(w) || lemma.equals(w) || (w.endsWith("s") && lemma.equals(w.substring(0, w.length() - 1)));
    }

    static String lower(ParsedSentence s, int k) {
        return s.token(k).lemma().toLowerCase(Locale.ROOT);
    }

    @Override public String toString() {
        String l = String.join("|", new java.util.TreeSet<>(lemmas));
        if (relation.equals("obl") || relation.equals("nmod")) {
            return relation + ":" + String.join("|", new java.util.TreeSet<>(prepositions)) + (l.isEmpty() ? "" : ":" + l);
        }
        return relation + (l.isEmpty() ? "" : ":" + l);
    }
}
