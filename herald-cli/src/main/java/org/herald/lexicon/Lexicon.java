package org.herald.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generated lexicon: one entry per form and part of speech, after the stop list, the hand tables and the
 * conflict rules (a hand seed beats WordNet; then the nearer relation; then the earlier seeds line).
 */
public record Lexicon(List<Entry> entries, List<String> notes) {
    /** One output row. */
    public record Entry(String id, String code, Seed.Pos pos, String predicate, String constraints, String options, String provenance) {}

    /**
     * @param handVerbs lemmas already coded by verbs.tsv; {@code handNouns} likewise by nouns.tsv
     */
    public static Lexicon build(Seeds seeds, WordNetExpander wordnet, Set<String> handVerbs, Set<String> handNouns) {
        FormTranslator translator = new FormTranslator(wordnet);
        List<String> notes = new ArrayList<>();
        Map<String, Arrival> best = new LinkedHashMap<>();
        Map<String, Integer> stopped = new TreeMap<>(), hand = new TreeMap<>();
        for (Seed seed : seeds.seeds()) {
            for (Arrival a : wordnet.expand(seed)) {
                String key = Seeds.key(a.pos(), a.form());
                if (seeds.isStopped(a.pos(), a.form())) { stopped.merge(key, 1, Integer::sum); continue; }
                Arrival old = best.get(key);
                if (old == null) { best.put(key, a); continue; }
                if (!old.code().equals(a.code())) {
                    Arrival win = a.beats(old) ? a : old, lose = win == a ? old : a;
                    // Only a clash a reader should look at: two hand seeds, or WordNet taking a form from a different code at the same rank.
                    if (lose.rank() == win.rank() || lose.rank() == Arrival.HAND) {
                        notes.add("conflict: " + a.pos().word() + " '" + a.form() + "' " + win.code() + " (" + win.seed().where() + ", "
                                + win.provenance() + ") over " + lose.code() + " (" + lose.seed().where() + ", " + lose.provenance() + ")");
                    }
                }
                if (a.beats(old)) best.put(key, a);
            }
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (Arrival a : best.values()) {
            Optional<FormTranslator.Translation> t = translator.translate(a.form(), a.pos());
            if (t.isEmpty()) {
                notes.add("no pattern for " + a.pos().word() + " '" + a.form() + "' (" + a.seed().where() + ", " + a.provenance() + "): skipped");
                continue;
            }
            Set<String> handLemmas = a.pos() == Seed.Pos.VERB ? handVerbs : handNouns;
            if (handLemmas.contains(t.get().predicate())) {
                hand.merge(a.pos().word() + " '" + a.form() + "'", 1, Integer::sum);
                continue;
            }
            String id = "lex." + a.pos().letter() + "." + a.form().replace(' ', '_');
            if (ids.put(id, a.form()) != null) throw new IllegalStateException("duplicate id " + id);
            entries.add(new Entry(id, a.code(), a.pos(), t.get().predicate(), t.get().constraints(), seeds.options(a.code()), a.provenance()));
        }
        entries.sort(Comparator.comparing(Entry::code).thenComparing(Entry::predicate).thenComparing(Entry::constraints).thenComparing(Entry::id));
        notes.add("hand tables decide " + hand.size() + " forms (lemma in verbs.tsv/nouns.tsv), skipped: " + String.join(", ", hand.keySet()));
        notes.add("stop list removed " + stopped.size() + " forms: " + String.join(", ", stopped.keySet()));
        return new Lexicon(List.copyOf(entries), List.copyOf(notes));
    }

    public List<Entry> entries(Seed.Pos pos) {
        return entries.stream().filter(e -> e.pos() == pos).toList();
    }
}
