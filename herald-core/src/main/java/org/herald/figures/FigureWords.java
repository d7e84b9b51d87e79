package org.herald.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.dict.TsvTable;

/**
 * The word lists figures are read with, each a data file under {@code herald/dictionaries/}: numbers written as words
 * ({@code number-words.tsv}), what is counted ({@code figure-nouns.tsv}), verbs around a count
 * ({@code figure-verbs.tsv}) and qualifiers ({@code figure-qualifiers.tsv}). A bad line is an error naming it.
 */
public final class FigureWords {
    public static final String NUMBERS = "herald/dictionaries/number-words.tsv";
    public static final String NOUNS = "herald/dictionaries/figure-nouns.tsv";
    public static final String VERBS = "herald/dictionaries/figure-verbs.tsv";
    public static final String QUALIFIERS = "herald/dictionaries/figure-qualifiers.tsv";

    /** A number word: its value (unit, multiplier, suffix) or its bounds (vague; its value is then the unit it counts in, or NaN). */
    public record NumberWord(String word, Kind kind, double value, double low, double high) {
        public enum Kind { UNIT, MULTIPLIER, SUFFIX, VAGUE }
    }

    /** What a noun or sign counts. {@code words} are lowercase; the last is matched by lemma. */
    public record Counted(List<String> words, boolean symbol, String category, String unit, boolean persons) {}

    /** A verb around a count. */
    public record Verb(String lemma, VerbKind kind, String category, boolean agent, String qualifier) {}

    public enum VerbKind { OUTCOME, COMPARE, INCLUDE }

    /** A qualifier phrase, before or after the number. */
    public record Qualifier(List<String> words, boolean before, String qualifier) {}

    private static final Set<String> CATEGORIES = Set.of("deaths", "injuries", "casualties", "arrests", "hostages", "displaced", "released",
            "troops", "police", "fighters", "people", "weapons", "attacks", "money", "percent", "votes", "seats", "quantity", "distance", "area");
    private static final Set<String> QUALIFIERS_KNOWN = Set.of("more than", "at least", "about", "almost", "up to", "less than", "exactly");

    private static volatile FigureWords standard;

    private final Map<String, NumberWord> numbers = new HashMap<>();
    private final Map<String, List<Counted>> nounsByLast = new HashMap<>();
    private final Map<String, Counted> symbols = new HashMap<>();
    private final Map<String, Verb> verbs = new HashMap<>();
    private final List<Qualifier> qualifiers = new ArrayList<>();

    /** Herald's shipped lists, read once per process. */
    public static FigureWords standard() {
        FigureWords local = standard;
        if (local == null) {
            local = new FigureWords(TsvTable.resource(NUMBERS, "word", "kind", "value", "low", "high"),
                    TsvTable.resource(NOUNS, "form", "words", "category", "unit", "persons"),
                    TsvTable.resource(VERBS, "lemma", "kind", "category", "role", "qualifier"),
                    TsvTable.resource(QUALIFIERS, "position", "words", "qualifier"));
            standard = local;
        }
        return local;
    }

    /** Lists from tables with the columns of the shipped files (tests give their own). */
    public FigureWords(TsvTable numberWords, TsvTable nouns, TsvTable verbTable, TsvTable qualifierTable) {
        for (TsvTable.Row r : numberWords.rows()) {
            String w = lower(r, "word");
            NumberWord.Kind kind = switch (r.get("kind")) {
                case "unit" -> NumberWord.Kind.UNIT;
                case "multiplier" -> NumberWord.Kind.MULTIPLIER;
                case "suffix" -> NumberWord.Kind.SUFFIX;
                case "vague" -> NumberWord.Kind.VAGUE;
                default -> throw r.error("kind must be unit, multiplier, suffix or vague: '" + r.get("kind") + "'");
            };
            NumberWord nw = kind == NumberWord.Kind.VAGUE
                    ? new NumberWord(w, kind, r.get("value").isEmpty() ? Double.NaN : number(r, "value"), number(r, "low"), number(r, "high"))
                    : new NumberWord(w, kind, number(r, "value"), Double.NaN, Double.NaN);
            if (kind == NumberWord.Kind.VAGUE && nw.low() > nw.high()) throw r.error("low is above high");
            if (numbers.put(w, nw) != null) throw r.error("duplicate number word '" + w + "'");
        }
        for (TsvTable.Row r : nouns.rows()) {
            String form = r.get("form");
            if (!form.equals("noun") && !form.equals("symbol")) throw r.error("form must be noun or symbol: '" + form + "'");
            String category = r.get("category");
            if (!CATEGORIES.contains(category)) throw r.error("unknown category '" + category + "' (one of " + new java.util.TreeSet<>(CATEGORIES) + ")");
            String persons = r.get("persons");
            if (!persons.equals("yes") && !persons.equals("no")) throw r.error("persons must be yes or no: '" + persons + "'");
            List<String> words = List.of(lower(r, "words").split("\\s+"));
            Counted c = new Counted(words, form.equals("symbol"), category, r.get("unit"), persons.equals("yes"));
            if (c.symbol()) {
                if (symbols.put(String.join(" ", words), c) != null) throw r.error("duplicate sign '" + String.join(" ", words) + "'");
            } else {
                List<Counted> same = nounsByLast.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>());
                if (same.stream().anyMatch(x -> x.words().equals(words))) throw r.error("duplicate noun '" + String.join(" ", words) + "'");
                same.add(c);
                same.sort(Comparator.comparingInt((Counted x) -> x.words().size()).reversed());
            }
        }
        for (TsvTable.Row r : verbTable.rows()) {
            String lemma = lower(r, "lemma");
            VerbKind kind = switch (r.get("kind")) {
                case "outcome" -> VerbKind.OUTCOME;
                case "compare" -> VerbKind.COMPARE;
                case "include" -> VerbKind.INCLUDE;
                default -> throw r.error("kind must be outcome, compare or include: '" + r.get("kind") + "'");
            };
            String role = r.get("role");
            if (kind == VerbKind.OUTCOME) {
                if (!CATEGORIES.contains(r.get("category"))) throw r.error("unknown category '" + r.get("category") + "'");
                if (!role.equals("patient") && !role.equals("agent")) throw r.error("an outcome's role must be patient or agent: '" + role + "'");
            }
            String q = r.get("qualifier");
            if (!q.isEmpty() && !QUALIFIERS_KNOWN.contains(q)) throw r.error("unknown qualifier '" + q + "' (one of " + QUALIFIERS_KNOWN + ")");
            if (verbs.put(lemma, new Verb(lemma, kind, r.get("category"), role.equals("agent"), q)) != null) throw r.error("duplicate verb '" + lemma + "'");
        }
        for (TsvTable.Row r : qualifierTable.rows()) {
            String pos = r.get("position");
            if (!pos.equals("before") && !pos.equals("after")) throw r.error("position must be before or after: '" + pos + "'");
            String q = r.get("qualifier");
            if (!QUALIFIERS_KNOWN.contains(q)) throw r.error("unknown qualifier '" + q + "' (one of " + QUALIFIERS_KNOWN + ")");
            qualifiers.add(new Qualifier(List.of(lower(r, "words").split("\\s+")), pos.equals("before"), q));
        }
        // Longest phrases first, so "no more than" is read before "more than".
        qualifiers.sort(Comparator.comparingInt((Qualifier x) -> x.words().size()).reversed());
    }

    private static String lower(TsvTable.Row r, String column) {
        String v = r.get(column).toLowerCase(Locale.ROOT);
        if (v.isEmpty()) throw r.error("empty " + column);
        return v;
    }

    private static double number(TsvTable.Row r, String column) {
        try {
            return Double.parseDouble(r.get(column));
        } catch (NumberFormatException e) {
            throw r.error(column + " must be a number: '" + r.get(column) + "'");
        }
    }

    public Optional<NumberWord> number(String word) {
        return Optional.ofNullable(numbers.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The counted nouns ending in this lemma, longest first. */
    public List<Counted> nouns(String lastLemma) {
        return nounsByLast.getOrDefault(lastLemma.toLowerCase(Locale.ROOT), List.of());
    }

    public Optional<Counted> symbol(String sign) {
        return Optional.ofNullable(symbols.get(sign.toLowerCase(Locale.ROOT)));
    }

    public Optional<Verb> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma.toLowerCase(Locale.ROOT)));
    }

    public List<Qualifier> qualifiers() { return qualifiers; }
}
