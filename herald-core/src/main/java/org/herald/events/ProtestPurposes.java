package org.herald.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.dict.TsvTable;
import org.herald.nlp.ParsedSentence;

/**
 * What a protest is for (herald/patterns/protest-purposes.tsv): CAMEO codes demonstrations, hunger strikes, strikes,
 * blockades and riots by their aim (141x-145x: a change of leadership, of policy, rights, a change of institutions or
 * regime). The aim is read from the protest's own arguments ("against the tax", "for their rights"), those of the
 * noun a light verb carries ("went on strike over wages"), and from what a word such as "demanding" hanging from it
 * asks for ("demanding the resignation of the president").
 */
public final class ProtestPurposes {
    public static final String RESOURCE = "herald/patterns/protest-purposes.tsv";
    public static final ProtestPurposes NONE = new ProtestPurposes(Map.of(), Set.of(), Set.of());
    /** Relations of a cue's dependents that say what it asks for. */
    private static final Set<String> ASKED = Set.of("obj", "ccomp", "xcomp", "obl", "nmod");
    /** Relations of a protest's dependents that may be a cue ("demanding ..." as an adverbial clause or participle). */
    private static final Set<String> CUE_RELATIONS = Set.of("advcl", "xcomp", "acl", "acl:relcl", "conj", "nmod", "obl");
    private static volatile ProtestPurposes standard;

    /** A refined code and the word that said the purpose. */
    public record Purpose(String code, String word) {}

    private final Map<String, Character> purposeOf;
    private final Set<String> cues;
    private final Set<String> markers;

    private ProtestPurposes(Map<String, Character> purposeOf, Set<String> cues, Set<String> markers) {
        this.purposeOf = purposeOf;
        this.cues = cues;
        this.markers = markers;
    }

    public static ProtestPurposes standard() {
        if (standard == null) standard = from(TsvTable.resource(RESOURCE, "kind", "digit", "words"));
        return standard;
    }

    static ProtestPurposes from(TsvTable t) {
        Map<String, Character> purposeOf = new HashMap<>();
        Set<String> cues = new HashSet<>(), markers = new HashSet<>();
        for (TsvTable.Row r : t.rows()) {
            List<String> words = r.list("words");
            if (words.isEmpty()) throw r.error("no words");
            String digit = r.get("digit");
            switch (r.get("kind")) {
                case "purpose" -> {
                    if (!digit.matches("[1-4]")) throw r.error("a purpose's digit is 1-4: '" + digit + "'");
                    for (String w : words) {
                        Character before = purposeOf.put(w.toLowerCase(java.util.Locale.ROOT), digit.charAt(0));
                        if (before != null) throw r.error("'" + w + "' is already a purpose (" + before + ")");
                    }
                }
                case "cue" -> words.forEach(w -> cues.add(w.toLowerCase(java.util.Locale.ROOT)));
                case "marker" -> words.forEach(w -> markers.add(w.toLowerCase(java.util.Locale.ROOT)));
                default -> throw r.error("kind must be purpose, cue or marker: '" + r.get("kind") + "'");
            }
        }
        return new ProtestPurposes(Map.copyOf(purposeOf), Set.copyOf(cues), Set.copyOf(markers));
    }

    /** The purpose digits (1-4) that have words. */
    public Set<Character> digits() {
        return Set.copyOf(purposeOf.values());
    }

    /** {@code code} of the protest at {@code trigger} refined by its purpose, when it is a protest code 140-145 that names one. */
    public Optional<Purpose> refine(ParsedSentence s, int trigger, String code) {
        if (purposeOf.isEmpty() || !code.matches("14[0-5]")) return Optional.empty();
        String base = code.equals("140") ? "141" : code;
        // The protest's own dependents, and those of the noun a light verb carries ("went on strike over wages").
        List<org.herald.nlp.Dependency> deps = new java.util.ArrayList<>(s.children(trigger));
        for (org.herald.nlp.Dependency d : s.children(trigger)) {
            if (d.baseRelation().equals("obl") || d.baseRelation().equals("obj")) deps.addAll(s.children(d.dependent()));
        }
        for (org.herald.nlp.Dependency dep : deps) {
            int c = dep.dependent();
            String rel = dep.relation();
            boolean marked = (rel.startsWith("obl") || rel.startsWith("nmod")) && markers.contains(s.caseMarker(c));
            Optional<String> found = marked ? purposeAt(s, c) : Optional.empty();
            if (found.isEmpty() && CUE_RELATIONS.contains(rel) && cues.contains(s.token(c).lemma().toLowerCase(java.util.Locale.ROOT))) {
                for (org.herald.nlp.Dependency asked : s.children(c)) {
                    if (!ASKED.contains(asked.baseRelation())) continue;
                    found = purposeAt(s, asked.dependent());
                    if (found.isPresent()) break;
                }
            }
            if (found.isPresent()) return Optional.of(new Purpose(base + purposeOf.get(found.get()), found.get()));
        }
        return Optional.empty();
    }

    /** The purpose word of the phrase headed by {@code k}: its head, else a compound or adjective on it. */
    private Optional<String> purposeAt(ParsedSentence s, int k) {
        String head = s.token(k).lemma().toLowerCase(java.util.Locale.ROOT);
        if (purposeOf.containsKey(head)) return Optional.of(head);
        for (org.herald.nlp.Dependency d : s.children(k)) {
            if (!d.relation().equals("compound") && !d.relation().equals("amod")) continue;
            String w = s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
            if (purposeOf.containsKey(w)) return Optional.of(w);
        }
        return Optional.empty();
    }
}
