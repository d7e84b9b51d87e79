package org.herald.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.codes.CameoCodebook;
import org.herald.dict.TsvTable;
import org.herald.nlp.ParsedSentence;

/**
 * Patterns keyed by predicate lemma, loaded from a TSV file with columns {@code id code predicates constraints
 * options}. Herald ships two: verbs.tsv (verb predicates) and nouns.tsv (event nouns such as "talks").
 */
public final class PatternDictionary {
    public static final String VERBS = "herald/patterns/verbs.tsv";
    public static final String NOUNS = "herald/patterns/nouns.tsv";
    /** The CAMEO lexicon generated from seeds.tsv and WordNet by {@code herald lexicon}: one row per verb or noun form. */
    public static final String LEXICON_VERBS = "herald/patterns/lexicon-verbs.tsv";
    public static final String LEXICON_NOUNS = "herald/patterns/lexicon-nouns.tsv";
    private static final String[] COLUMNS = {"id", "code", "predicates", "constraints", "options"};

    private final Map<String, List<Pattern>> byLemma = new HashMap<>();
    private final List<Pattern> all = new ArrayList<>();

    private PatternDictionary() {}

    public static PatternDictionary resource(String path, CameoCodebook codes) {
        return from(TsvTable.resource(path, COLUMNS), codes);
    }

    public static PatternDictionary file(Path path, CameoCodebook codes) {
        return from(TsvTable.file(path, COLUMNS), codes);
    }

    static PatternDictionary from(TsvTable table, CameoCodebook codes) {
        PatternDictionary d = new PatternDictionary();
        Set<String> ids = new HashSet<>();
        for (TsvTable.Row r : table.rows()) {
            String id = r.get("id");
            if (id.isEmpty()) throw r.error("pattern has no id");
            if (!ids.add(id)) throw r.error("duplicate pattern id '" + id + "'");
            String code = r.get("code");
            if (!code.equals(Pattern.NOUN_CODE) && !codes.contains(code)) throw r.error("unknown CAMEO code '" + code + "'");
            Set<String> preds = new HashSet<>();
            for (String p : r.list("predicates")) preds.add(p.toLowerCase(Locale.ROOT));
            if (preds.isEmpty()) throw r.error("pattern " + id + " lists no predicate");
            List<Constraint> cons = new ArrayList<>();
            for (String c : r.get("constraints").split("\\s+")) if (!c.isBlank()) cons.add(Constraint.parse(c, r));
            boolean noTarget = false, mutual = false;
            String reverse = "";
            List<String> slots = List.of();
            for (String o : r.get("options").split("[,\\s]+")) {
                if (o.isBlank()) continue;
                if (o.equals("notarget")) noTarget = true;
                else if (o.equals("mutual")) mutual = true;
                else if (o.startsWith("target=")) slots = Arrays.asList(o.substring(7).split("\\|"));
                else if (o.startsWith("reverse=")) {
                    reverse = o.substring(8);
                    if (!codes.contains(reverse)) throw r.error("unknown CAMEO code '" + reverse + "' in option " + o);
                }
                else throw r.error("unknown option '" + o + "' (known: notarget, mutual, target=slot|slot, reverse=CODE)");
            }
            Pattern p = new Pattern(id, code, Set.copyOf(preds), List.copyOf(cons), noTarget, mutual, slots, r.file(), r.line(), reverse);
            d.all.add(p);
            for (String lemma : preds) d.byLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(p);
        }
        return d;
    }

    /** A dictionary of already-built patterns (e.g. converted from PETRARCH files). */
    public static PatternDictionary of(List<Pattern> patterns) {
        PatternDictionary d = new PatternDictionary();
        for (Pattern p : patterns) d.add(p);
        return d;
    }

    /** This dictionary with {@code more} added; for the same lemma the more specific pattern wins as usual. */
    public PatternDictionary plus(PatternDictionary more) {
        PatternDictionary d = of(all);
        for (Pattern p : more.all) d.add(p);
        return d;
    }

    /**
     * This dictionary with the generated patterns of {@code lexicon}: a bare lemma the hand tables list ("express",
     * "strike") stays decided by their rows, never by a generated fallback; a generated multi-word form ("take
     * hostage", "missile attack") is kept, since it wins only where it is more specific (ties go to the hand rows).
     */
    public PatternDictionary withLexicon(PatternDictionary lexicon) {
        PatternDictionary d = of(all);
        for (Pattern p : lexicon.all) {
            if (!p.constraints().isEmpty() || p.predicates().stream().noneMatch(byLemma::containsKey)) d.add(p);
        }
        return d;
    }

    private void add(Pattern p) {
        all.add(p);
        for (String lemma : p.predicates()) byLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(p);
    }

    public boolean has(String lemma) { return byLemma.containsKey(lemma.toLowerCase(Locale.ROOT)); }

    public List<Pattern> patterns() { return List.copyOf(all); }

    /** The most specific pattern whose constraints all hold for predicate {@code p}; earlier lines win ties. */
    public java.util.Optional<Pattern> best(ParsedSentence s, int p) {
        return best(s, p, true);
    }

    /** As {@link #best(ParsedSentence, int)}, optionally without light-verb patterns. */
    public java.util.Optional<Pattern> best(ParsedSentence s, int p, boolean allowLight) {
        String lemma = s.token(p).lemma().toLowerCase(Locale.ROOT);
        String word = s.token(p).word().toLowerCase(Locale.ROOT);
        // An entry for the very word form ("LEFT" beside "LEAVE", "FOUND" beside "FIND") is more specific than the lemma's.
        if (!word.equals(lemma) && byLemma.containsKey(word)) {
            java.util.Optional<Pattern> own = best(byLemma.get(word), s, p, allowLight);
            if (own.isPresent()) return own;
        }
        List<Pattern> cands = byLemma.get(lemma);
        return cands == null ? java.util.Optional.empty() : best(cands, s, p, allowLight);
    }

    private static java.util.Optional<Pattern> best(List<Pattern> cands, ParsedSentence s, int p, boolean allowLight) {
        Pattern best = null;
        for (Pattern c : cands) {
            if (!allowLight && c.light()) continue;
            boolean ok = true;
            for (Constraint k : c.constraints()) {
                if (k.match(s, p) < 0) { ok = false; break; }
            }
            // Ties go to the earlier line, except that a verb's own meaning beats the light-verb reading.
            if (ok && (best == null || c.specificity() > best.specificity()
                    || (c.specificity() == best.specificity() && best.light() && !c.light()))) best = c;
        }
        return java.util.Optional.ofNullable(best);
    }
}
