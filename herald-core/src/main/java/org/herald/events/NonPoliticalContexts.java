package org.herald.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.herald.actors.ActorCode;
import org.herald.dict.TsvTable;
import org.herald.model.Event;
import org.herald.nlp.ParsedSentence;

/**
 * Words that mark a sentence as being about an accident, a disaster, disease or sport (herald/patterns/contexts.tsv).
 * A killing with no political perpetrator in such a sentence ("19 people were killed in a bus crash") is not a
 * political event, and in sport "France beat Germany" is a game: the roots each context names are dropped there.
 */
public final class NonPoliticalContexts {
    public static final String RESOURCE = "herald/patterns/contexts.tsv";
    public static final NonPoliticalContexts NONE = new NonPoliticalContexts(List.of());
    private static volatile NonPoliticalContexts standard;

    /** One context word or phrase (lemmas), its kind, and the roots it rules out without and with an attributed source. */
    record Entry(String[] lemmas, String kind, Set<String> unattributed, Set<String> any) {}

    private final List<Entry> entries;

    private NonPoliticalContexts(List<Entry> entries) { this.entries = entries; }

    public static NonPoliticalContexts standard() {
        if (standard == null) standard = from(TsvTable.resource(RESOURCE, "kind", "unattributed", "any", "words"));
        return standard;
    }

    static NonPoliticalContexts from(TsvTable t) {
        List<Entry> out = new ArrayList<>();
        for (TsvTable.Row r : t.rows()) {
            if (r.get("kind").isEmpty()) throw r.error("empty kind");
            Set<String> unattributed = Roots.parse(r, "unattributed"), any = Roots.parse(r, "any");
            if (unattributed.isEmpty() && any.isEmpty()) throw r.error("names no roots in 'unattributed' or 'any'");
            List<String> words = r.list("words");
            if (words.isEmpty()) throw r.error("no words");
            for (String w : words) out.add(new Entry(w.toLowerCase(Locale.ROOT).split("\\s+"), r.get("kind"), unattributed, any));
        }
        return new NonPoliticalContexts(List.copyOf(out));
    }

    /**
     * Why event {@code e} of sentence {@code s} is not political, if it is not: a context word in the sentence rules
     * out its "any" roots whoever the source is; in the sentence or the one before it ({@code previous}, may be null:
     * "a tank at the gas plant exploded. Four people were injured"), its "unattributed" roots when the source names no
     * country or organisation.
     */
    public Optional<String> excludes(ParsedSentence previous, ParsedSentence s, Event e) {
        if (entries.isEmpty() || e.code().length() < 2) return Optional.empty();
        String root = e.code().substring(0, 2);
        boolean attributed = ActorCode.parse(e.source()).hasBase();
        for (Entry x : entries) {
            boolean here = x.any().contains(root) || (!attributed && x.unattributed().contains(root));
            if (here && occurs(s, x.lemmas())) return Optional.of(x.kind() + " '" + String.join(" ", x.lemmas()) + "'");
            if (!attributed && previous != null && x.unattributed().contains(root) && occurs(previous, x.lemmas())) {
                return Optional.of(x.kind() + " '" + String.join(" ", x.lemmas()) + "' (previous sentence)");
            }
        }
        return Optional.empty();
    }

    private static boolean occurs(ParsedSentence s, String[] lemmas) {
        for (int start = 1; start + lemmas.length - 1 <= s.size(); start++) {
            boolean all = true;
            for (int k = 0; k < lemmas.length && all; k++) {
                var t = s.token(start + k);
                all = t.lemma().equalsIgnoreCase(lemmas[k]) || t.word().equalsIgnoreCase(lemmas[k]);
            }
            if (all) return true;
        }
        return false;
    }
}
