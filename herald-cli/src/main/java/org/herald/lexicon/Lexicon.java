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
     * @param handVerbs lemmas already coded by verbs.tsv; {@code handNouns} likewise by nouns.tsv. Only single-word
     *     forms of those lemmas are skipped; multi-word forms (constraints) are kept.
     */
    public static Lexicon build(Seeds seeds, WordNetExpander wordnet, Set<String> handVerbs, Set<String> handNouns) {
        FormTranslator translator = new FormTranslator(wordnet);
        List<String> notes = new ArrayList<>();
        Map<String, Placed> best = new LinkedHashMap<>();
        Map<String, Integer> stopped = new TreeMap<>(), hand = new TreeMap<>();
        Map<String, String> untranslatable = new TreeMap<>();
        for (Seed seed : seeds.seeds()) {
            for (Arrival a : wordnet.expand(seed)) {
                if (seeds.isStopped(a.pos(), a.form())) { stopped.merge(Seeds.key(a.pos(), a.form()), 1, Integer::sum); continue; }
                Optional<FormTranslator.Translation> t = translator.translate(a.form(), a.pos());
                if (t.isEmpty()) { untranslatable.putIfAbsent(a.pos().word() + " '" + a.form() + "'", a.seed().where() + ", " + a.provenance()); continue; }
                // Forms that become the same pattern ("stand up", "stand up for") are one entry.
                String key = a.pos().letter() + " " + t.get().predicate() + " " + t.get().constraints();
                Placed old = best.get(key);
                if (old == null) { best.put(key, new Placed(a, t.get())); continue; }
                if (!old.arrival().code().equals(a.code())) conflict(old.arrival(), a, notes);
                if (a.beats(old.arrival())) best.put(key, new Placed(a, t.get()));
            }
        }
        untranslatable.forEach((form, where) -> notes.add("no pattern for " + form + " (" + where + "): skipped"));
        List<Entry> entries = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (Placed p : best.values()) {
            Arrival a = p.arrival();
            Set<String> handLemmas = a.pos() == Seed.Pos.VERB ? handVerbs : handNouns;
            // The coder skips an unconstrained lexicon row whose lemma is a hand-table predicate; a constrained row
            // ("take hostage", "missile attack") is kept, since it wins only when it is more specific than the hand rows.
            if (p.translation().constraints().isEmpty() && handLemmas.contains(p.translation().predicate())) {
                hand.merge(a.pos().word() + " '" + a.form() + "'", 1, Integer::sum);
                continue;
            }
            String id = "lex." + a.pos().letter() + "." + a.form().replace(' ', '_');
            if (ids.put(id, a.form()) != null) throw new IllegalStateException("duplicate id " + id);
            entries.add(new Entry(id, a.code(), a.pos(), p.translation().predicate(), p.translation().constraints(), seeds.options(a.code()), a.provenance()));
        }
        entries.sort(Comparator.comparing(Entry::code).thenComparing(Entry::predicate).thenComparing(Entry::constraints).thenComparing(Entry::id));
        notes.add("hand tables decide " + hand.size() + " single-word forms (lemma in verbs.tsv/nouns.tsv), skipped: " + String.join(", ", hand.keySet()));
        notes.add("stop list removed " + stopped.size() + " forms: " + String.join(", ", stopped.keySet()));
        return new Lexicon(List.copyOf(entries), List.copyOf(notes));
    }

    private record Placed(Arrival arrival, FormTranslator.Translation translation) {}

    /** Reports a form that two codes claim, and which won. */
    private static void conflict(Arrival old, Arrival a, List<String> notes) {
        Arrival win = a.beats(old) ? a : old, lose = win == a ? old : a;
        notes.add("conflict: " + a.pos().word() + " '" + a.form() + "' " + win.code() + " (" + win.seed().where() + ", "
                + win.provenance() + ") over " + lose.code() + " (" + lose.seed().where() + ", " + lose.provenance() + ")");
    }

    public List<Entry> entries(Seed.Pos pos) {
        return entries.stream().filter(e -> e.pos() == pos).toList();
    }
}
