package org.herald.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.herald.dict.TsvTable;
import org.herald.nlp.ParsedSentence;

/**
 * The parts of a sentence that report what did not (yet) happen (herald/patterns/modality.tsv): conditions
 * ("unless Baghdad accepts"), what is wanted or planned ("aims to impose a blockade"), the content of appeals,
 * intentions, demands, refusals and threats ("demanded an admission that forces murdered officers"), and the aim of
 * a protest or an attack ("demonstrated to demand reforms"). Events there are the content of another event or of
 * none, not events of their own.
 */
public final class Modality {
    public static final String RESOURCE = "herald/patterns/modality.tsv";
    public static final Modality NONE = new Modality(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    private static final Set<String> ARGUMENTS = Set.of("obj", "iobj", "xcomp", "ccomp", "obl", "acl", "nmod");
    private static final Set<String> MODALS = Set.of("will", "shall", "'ll", "would", "must", "should", "could", "may", "might", "can");
    private static volatile Modality standard;

    private final Set<String> condition, anticipation, volition, contentRoots, purposeRoots;

    private Modality(Set<String> condition, Set<String> anticipation, Set<String> volition, Set<String> contentRoots, Set<String> purposeRoots) {
        this.condition = condition;
        this.anticipation = anticipation;
        this.volition = volition;
        this.contentRoots = contentRoots;
        this.purposeRoots = purposeRoots;
    }

    public static Modality standard() {
        if (standard == null) standard = from(TsvTable.resource(RESOURCE, "kind", "words"));
        return standard;
    }

    static Modality from(TsvTable t) {
        Set<String> condition = new HashSet<>(), anticipation = new HashSet<>(), volition = new HashSet<>(), content = new TreeSet<>(),
                purpose = new TreeSet<>();
        for (TsvTable.Row r : t.rows()) {
            List<String> words = r.list("words");
            if (words.isEmpty()) throw r.error("no words");
            switch (r.get("kind")) {
                case "condition" -> words.forEach(w -> condition.add(w.toLowerCase(Locale.ROOT)));
                case "anticipation" -> words.forEach(w -> anticipation.add(w.toLowerCase(Locale.ROOT)));
                case "volition" -> words.forEach(w -> volition.add(w.toLowerCase(Locale.ROOT)));
                case "content" -> content.addAll(Roots.parse(r, "words"));
                case "purpose" -> purpose.addAll(Roots.parse(r, "words"));
                default -> throw r.error("unknown kind '" + r.get("kind") + "' (condition, anticipation, volition, content or purpose)");
            }
        }
        return new Modality(Set.copyOf(condition), Set.copyOf(anticipation), Set.copyOf(volition), Set.copyOf(content), Set.copyOf(purpose));
    }

    /**
     * The tokens of {@code s} in an unrealised part of it, given the CAMEO root of each token that codes an event
     * (verbs with their combined root, event nouns).
     */
    public Set<Integer> unrealised(ParsedSentence s, Map<Integer, String> eventRoots) {
        Set<Integer> out = new HashSet<>();
        if (this == NONE) return out;
        for (Map.Entry<Integer, String> e : eventRoots.entrySet()) {
            if (!contentRoots.contains(e.getValue())) continue;
            for (var d : s.children(e.getKey())) {
                // Its arguments, and its purpose ("would blockade Paris [to demand an end to ...]"); not its other
                // adverbial clauses ("reject the attempts, [referencing Trump's declaration imposing a tariff]").
                String rel = base(d.relation());
                boolean purpose = rel.equals("advcl") && s.children(d.dependent(), "mark").stream().anyMatch(m -> s.token(m).lemma().equalsIgnoreCase("to"));
                if (ARGUMENTS.contains(rel) || purpose) addContent(s, d.dependent(), out);
            }
        }
        for (var t : s.tokens()) {
            int k = t.index();
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (volition.contains(lemma) && (t.isVerb() || t.pos().startsWith("JJ"))) {
                // What is wanted: a clause ("aims to impose") or a thing ("advocates Israel's destruction").
                for (var d : s.children(k)) {
                    String r = d.relation();
                    if (r.equals("xcomp") || r.equals("ccomp") || r.equals("obj")) out.addAll(s.subtree(d.dependent()));
                }
            }
            String rel = base(s.relation(k));
            // Purpose clauses come as advcl, acl (on an event noun) or, from the parser, xcomp ("began a strike to demand").
            if (!rel.equals("advcl") && !rel.equals("acl") && !rel.equals("xcomp")) continue;
            int head = s.head(k);
            for (int m : s.children(k, "mark")) {
                String w = s.token(m).lemma().toLowerCase(Locale.ROOT);
                boolean unrealised = rel.equals("advcl") && condition.contains(w)
                        || rel.equals("advcl") && anticipation.contains(w) && (unrealisedHead(s, head, out) || presentTense(s, k))
                        || w.equals("to") && s.children(k, "nsubj").isEmpty() && purposeOf(s, head, eventRoots);
                if (unrealised) out.addAll(s.subtree(k));
            }
        }
        return out;
    }

    /**
     * The subtree of {@code k} without its relative clauses: "pledged support for demonstrators in Iran, [where
     * demonstrations have erupted]" describes what is so, not what is pledged.
     */
    private static void addContent(ParsedSentence s, int k, Set<Integer> out) {
        out.add(k);
        for (var d : s.children(k)) {
            if (!d.relation().equals("acl:relcl")) addContent(s, d.dependent(), out);
        }
    }

    /** Does {@code head} code an event whose purpose is its aim: itself, or its event noun ("began a hunger strike")? */
    private boolean purposeOf(ParsedSentence s, int head, Map<Integer, String> eventRoots) {
        if (head <= 0) return false;
        if (purposeRoots.contains(eventRoots.getOrDefault(head, ""))) return true;
        for (int o : s.children(head, "obj")) if (purposeRoots.contains(eventRoots.getOrDefault(o, ""))) return true;
        return false;
    }

    /** Is the clause headed by {@code h} itself future, modal, an infinitive or already unrealised? */
    private static boolean unrealisedHead(ParsedSentence s, int h, Set<Integer> out) {
        if (h <= 0) return false;
        if (out.contains(h) || s.relation(h).equals("xcomp")) return true;
        for (int a : s.children(h, "aux")) {
            String w = s.token(a).word().toLowerCase(Locale.ROOT);
            if (MODALS.contains(w) || w.equals("to")) return true;
        }
        for (int m : s.children(h, "mark")) if (s.token(m).lemma().equalsIgnoreCase("to")) return true;
        return false;
    }

    /**
     * Is the clause headed by {@code k} in the present tense? News tells what happened in the past tense, so "until
     * they gain control", "until their demands are met", "before a new government takes over" look ahead.
     */
    private static boolean presentTense(ParsedSentence s, int k) {
        List<Integer> verbs = new java.util.ArrayList<>(s.children(k, "aux"));
        verbs.addAll(s.children(k, "cop"));
        verbs.add(k);
        for (int v : verbs) {
            String pos = s.token(v).pos();
            if (pos.equals("VBZ") || pos.equals("VBP")) return true;
            if (pos.equals("VBD")) return false;
        }
        return false;
    }

    private static String base(String rel) {
        int c = rel.indexOf(':');
        return c < 0 ? rel : rel.substring(0, c);
    }
}
