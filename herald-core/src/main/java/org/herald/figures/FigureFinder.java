package org.herald.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.herald.figures.FigureWords.Counted;
import org.herald.figures.FigureWords.Verb;
import org.herald.figures.FigureWords.VerbKind;
import org.herald.figures.NumberReader.NumberPhrase;
import org.herald.model.Figure;
import org.herald.nlp.ParsedSentence;

/**
 * The figures of one sentence: each number with what it counts (the noun it modifies, the "of" phrase of a
 * quantity word, the subject of a comparing verb), the category of the count (from the noun, or from what a verb
 * says happened to the people counted), whom it covers, its qualifier, who claims it and the event it belongs to.
 * A number that counts nothing the word lists know (a year, "the two nations") is no figure.
 */
public final class FigureFinder {
    /** Who claims what is said at a token (the speaker of the quote it is in), if anyone. */
    public interface Claimants {
        Optional<Claimant> at(int token);
    }

    public record Claimant(String code, String text) {}

    /** Window (tokens) in which a counted noun the parser attached elsewhere may stand before a comparing verb. */
    private static final int NEAR = 3;

    private final FigureWords words;
    private final NumberReader numbers;

    public FigureFinder(FigureWords words) {
        this.words = words;
        this.numbers = new NumberReader(words);
    }

    public static FigureFinder standard() {
        return new FigureFinder(FigureWords.standard());
    }

    /**
     * @param eventAt   token index of each event trigger of the sentence -> index of that event in the article's list
     *                  (triggers that are verbs of saying left out: a figure does not belong to the statement)
     */
    public List<Figure> find(String articleId, ParsedSentence s, Claimants claimants, Map<Integer, Integer> eventAt) {
        List<Figure> out = new ArrayList<>();
        for (NumberPhrase p : numbers.find(s)) figure(articleId, s, p, claimants, eventAt).ifPresent(out::add);
        return out;
    }

    /** The counted noun (token, its entry) found for a number, or token -1. */
    private record Count(int token, Counted what) {}

    private Optional<Figure> figure(String articleId, ParsedSentence s, NumberPhrase p, Claimants claimants, Map<Integer, Integer> eventAt) {
        int anchor = anchor(s, p);
        String category = "", unit = "";
        Count counted = new Count(-1, null);
        int compareVerb = -1;
        String verbQualifier = "";
        int unitToken = -1;
        if (p.sign() != null) {
            category = p.sign().category();
            unit = p.sign().unit();
            unitToken = p.signBefore() > 0 ? p.signBefore() : p.signAfter();
        } else {
            Count c = countedOf(s, p, anchor);
            if (c.what() != null && (c.what().category().equals("money") || c.what().category().equals("percent"))) {
                // "25 percent of the vote", "3 billion dollars in aid": the unit noun, then what it measures.
                category = c.what().category();
                unit = c.what().unit();
                unitToken = c.token();
            } else {
                counted = c;
            }
        }
        if (unitToken > 0) {
            int measured = measured(s, p, unitToken);
            if (measured > 0) counted = new Count(measured, null);
        }
        int unitAnchor = unitToken > 0 && !p.covers(unitToken) ? unitToken : anchor;
        int head = counted.token() > 0 ? counted.token() : anchor;
        // A comparing verb: "fatalities have surpassed 2,600", "the death toll rose to 50".
        int v = s.head(unitAnchor);
        if (v > 0 && s.token(v).isVerb() && isArgument(s.relation(unitAnchor))) {
            Optional<Verb> cv = words.verb(s.token(v).lemma()).filter(x -> x.kind() == VerbKind.COMPARE);
            if (cv.isPresent()) {
                compareVerb = v;
                verbQualifier = cv.get().qualifier();
                if (counted.token() < 0 && unitToken < 0) {
                    counted = subjectCount(s, v, unitAnchor);
                    head = counted.token() > 0 ? counted.token() : anchor;
                } else if (unitToken > 0 && counted.token() < 0) {
                    // "raised the tariff to 25 percent", "inflation rose 3%": any noun is what a rate or sum measures.
                    int m = comparedNoun(s, v, unitAnchor);
                    if (m > 0) counted = new Count(m, null);
                }
            }
        }
        if (category.isEmpty()) {
            if (counted.what() != null) category = counted.what().category();
            if (counted.what() != null) unit = counted.what().unit();
            boolean persons = counted.what() == null ? counted.token() < 0 : counted.what().persons();
            if (persons) {
                Optional<Verb> outcome = outcome(s, anchor);
                if (outcome.isEmpty() && counted.token() > 0) outcome = outcome(s, counted.token());
                if (outcome.isPresent()) {
                    category = outcome.get().category();
                    unit = "persons";
                }
            }
        }
        if (category.isEmpty()) return Optional.empty();
        Qualified q = qualifier(s, p);
        String qualifier = q.qualifier();
        if (qualifier.isEmpty()) qualifier = verbQualifier;
        if (qualifier.isEmpty() && p.range()) qualifier = "between";
        String among = among(s, counted.token(), compareVerb, anchor, unitToken > 0);
        TreeSet<Integer> covered = new TreeSet<>();
        for (int k = p.first(); k <= p.last(); k++) covered.add(k);
        if (unitToken > 0) covered.add(unitToken);
        covered.addAll(q.tokens());
        if (compareVerb > 0) covered.add(compareVerb);
        if (counted.token() > 0 && Math.min(Math.abs(counted.token() - p.first()), Math.abs(counted.token() - p.last())) <= NEAR + 1) covered.add(counted.token());
        if (compareVerb > 0 && counted.token() > 0 && counted.token() < compareVerb && compareVerb - counted.token() <= NEAR + 1) covered.add(counted.token());
        int from = covered.first(), to = covered.last();
        int base = s.token(1).begin();
        Optional<Claimant> claimant = claimants.at(anchor);
        int event = eventOf(s, anchor, head, eventAt);
        return Optional.of(new Figure(articleId, s.index(), s.token(from).begin() - base, s.token(to).end() - base, s.span(from, to),
                p.value(), p.low(), p.high(), unit, category, counted.token() > 0 ? countedText(s, counted.token(), p) : "", among, qualifier,
                claimant.map(Claimant::code).orElse(""), claimant.map(Claimant::text).orElse(""), event));
    }

    /** A qualifier and the tokens that say it. */
    private record Qualified(String qualifier, List<Integer> tokens) {}

    /** The qualifier before or after the number ("more than", "or more"), longest phrase first. */
    private Qualified qualifier(ParsedSentence s, NumberPhrase p) {
        for (FigureWords.Qualifier q : words.qualifiers()) {
            int n = q.words().size();
            int from = q.before() ? p.first() - n : p.last() + 1;
            if (from < 1 || from + n - 1 > s.size()) continue;
            boolean match = true;
            for (int k = 0; k < n && match; k++) match = NumberReader.lower(s, from + k).equals(q.words().get(k));
            if (match) {
                List<Integer> tokens = new ArrayList<>();
                for (int k = 0; k < n; k++) tokens.add(from + k);
                return new Qualified(q.qualifier(), tokens);
            }
        }
        return new Qualified("", List.of());
    }

    /** The token standing for the number in the tree: the one of its tokens (signs included) whose head is outside. */
    private static int anchor(ParsedSentence s, NumberPhrase p) {
        int best = -1;
        for (int k = p.first(); k <= p.last(); k++) {
            int h = s.head(k);
            if (h > 0 && p.covers(h)) continue;
            if (s.relation(k).equals("case") || s.relation(k).equals("det") || s.relation(k).equals("advmod") || s.relation(k).equals("cc")) continue;
            best = k; // the last such token: "$" heads "3 billion", "%" heads "25"
            if (k == p.signBefore() || k == p.signAfter()) return k;
        }
        return best > 0 ? best : p.numLast();
    }

    /** What a bare number counts: the noun it modifies, or the "of" phrase of a quantity ("dozens of protesters"). */
    private Count countedOf(ParsedSentence s, NumberPhrase p, int anchor) {
        int h = s.head(anchor);
        String rel = s.relation(anchor);
        if (h > 0 && s.token(h).isNoun() && (rel.equals("nummod") || rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:npmod") || rel.equals("dep"))) {
            Count c = lookup(s, h);
            if (c.what() != null) return c;
        }
        // The number is itself the noun: "dozens of protesters", "2,600 of them", "3 billion dollars" parsed as a head.
        for (int k = p.numFirst(); k <= p.numLast(); k++) {
            for (int c : s.children(k, "nmod")) {
                if (!s.caseMarker(c).equals("of") || p.covers(c)) continue;
                Count found = lookup(s, c);
                if (found.what() != null) return found;
            }
        }
        // "2,600 dead" (an adjective or noun right after, the parser's head of the phrase).
        if (p.last() + 1 <= s.size()) {
            Count next = lookup(s, p.last() + 1);
            if (next.what() != null && (s.head(p.last() + 1) == anchor || s.head(anchor) == p.last() + 1)) return next;
        }
        return new Count(-1, null);
    }

    /** What a money or percent figure measures: "in aid", "of the vote", or the noun it modifies ("a 25% tariff"). */
    private static int measured(ParsedSentence s, NumberPhrase p, int unitToken) {
        for (int k : List.of(unitToken, p.numLast())) {
            for (int c : s.children(k, "nmod")) {
                String cm = s.caseMarker(c);
                if (!p.covers(c) && (cm.equals("in") || cm.equals("of") || cm.equals("for")) && s.token(c).isNoun()) return c;
            }
        }
        int anchor = unitToken;
        while (anchor > 0 && p.covers(s.head(anchor))) anchor = s.head(anchor);
        int h = s.head(anchor);
        String rel = s.relation(anchor);
        if (h > 0 && s.token(h).isNoun() && !p.covers(h) && (rel.equals("compound") || rel.equals("amod") || rel.equals("nummod") || rel.equals("nmod:npmod"))) return h;
        return -1;
    }

    /** What a comparing verb compares: its object ("raised the tariff to"), else its subject ("the toll rose to"). */
    private static int comparedNoun(ParsedSentence s, int v, int number) {
        for (String rel : List.of("obj", "nsubj:pass", "nsubj")) {
            for (int c : s.children(v, rel)) if (c != number && s.token(c).isNoun()) return c;
        }
        return -1;
    }

    /** The subject (or object) of a comparing verb as what is counted; failing the tree, a counted noun just before the verb. */
    private Count subjectCount(ParsedSentence s, int v, int number) {
        for (String rel : List.of("nsubj", "nsubj:pass", "obj")) {
            for (int c : s.children(v, rel)) {
                if (c == number) continue;
                Count found = lookup(s, c);
                if (found.what() != null) return found;
            }
        }
        for (int k = v - 1; k >= Math.max(1, v - NEAR); k--) {
            if (!s.token(k).isNoun()) continue;
            Count found = lookup(s, k);
            if (found.what() != null) return found;
        }
        return new Count(-1, null);
    }

    /** The counted-noun entry for token {@code k}: the longest phrase ending in its lemma that the words before it match. */
    private Count lookup(ParsedSentence s, int k) {
        if (!(s.token(k).isNoun() || s.token(k).pos().startsWith("JJ") || s.token(k).word().equals("%"))) return new Count(-1, null);
        String lemma = s.token(k).lemma().toLowerCase(Locale.ROOT);
        String word = s.token(k).word().toLowerCase(Locale.ROOT);
        List<Counted> entries = new ArrayList<>(words.nouns(lemma));
        if (entries.isEmpty()) entries.addAll(words.nouns(word));
        // The lemmatizer leaves some plurals as they are ("troops"): their singular.
        if (entries.isEmpty() && word.endsWith("s")) entries.addAll(words.nouns(word.substring(0, word.length() - 1)));
        for (Counted c : entries) {
            int n = c.words().size();
            if (k - n + 1 < 1) continue;
            boolean match = true;
            for (int j = 0; j < n - 1 && match; j++) match = NumberReader.lower(s, k - n + 1 + j).equals(c.words().get(j));
            if (match) return new Count(k, c);
        }
        return new Count(-1, null);
    }

    /**
     * What a verb says happened to the people counted at token {@code t}: "were arrested" (subject of a passive),
     * "killed 27" (object), "50 people killed" (a participle on the noun), "thousands fled" (subject of an agent verb).
     */
    private Optional<Verb> outcome(ParsedSentence s, int t) {
        String rel = s.relation(t);
        int h = s.head(t);
        if (h > 0 && s.token(h).isVerb()) {
            Optional<Verb> v = words.verb(s.token(h).lemma()).filter(x -> x.kind() == VerbKind.OUTCOME);
            if (v.isPresent()) {
                boolean passive = !s.children(h, "aux:pass").isEmpty();
                // A passive whose subject the parser hung as an oblique before the verb ("Between 10 and 20 civilians were killed").
                boolean looseSubject = passive && rel.equals("obl") && t < h && s.children(h, "nsubj:pass").isEmpty();
                if (!v.get().agent() && (rel.equals("obj") || rel.equals("nsubj:pass") || (rel.equals("nsubj") && passive) || looseSubject)) return v;
                if (v.get().agent() && rel.equals("nsubj") && !passive) return v;
            }
        }
        for (String acl : List.of("acl", "acl:relcl")) {
            for (int c : s.children(t, acl)) {
                Optional<Verb> v = words.verb(s.token(c).lemma()).filter(x -> x.kind() == VerbKind.OUTCOME);
                if (v.isEmpty()) continue;
                boolean participle = s.token(c).pos().equals("VBN");
                if (!v.get().agent() && (participle || !s.children(c, "nsubj:pass").isEmpty())) return v;
                if (v.get().agent() && !participle) return v;
            }
        }
        return Optional.empty();
    }

    /**
     * Whom the count covers: "deaths of demonstrators", "encompassing both demonstrators and security forces"; for a
     * sum or a rate ({@code measure}), whom it is on or for.
     */
    private String among(ParsedSentence s, int counted, int compareVerb, int anchor, boolean measure) {
        if (counted > 0) {
            for (int c : s.children(counted, "nmod")) {
                String cm = s.caseMarker(c);
                // A sum or a rate is on or against someone: "a 25% tariff on any and all nations".
                if (cm.equals("of") || cm.equals("among") || measure && (cm.equals("on") || cm.equals("against") || cm.equals("to"))) return phraseText(s, c);
            }
        }
        for (int k : new int[] {compareVerb, counted, anchor}) {
            if (k <= 0) continue;
            for (var d : s.children(k)) {
                int c = d.dependent();
                if (!s.token(c).isVerb()) continue;
                if (words.verb(s.token(c).lemma()).filter(x -> x.kind() == VerbKind.INCLUDE).isEmpty()) continue;
                for (int o : s.children(c, "obj")) return phraseText(s, o);
            }
        }
        return "";
    }

    /** The event the figure belongs to: the nearest event trigger at or above its noun or number. */
    private static int eventOf(ParsedSentence s, int anchor, int head, Map<Integer, Integer> eventAt) {
        for (int start : new int[] {head, anchor}) {
            int cur = start;
            for (int steps = 0; cur > 0 && steps <= s.size(); steps++) {
                Integer e = eventAt.get(cur);
                if (e != null) return e;
                cur = s.head(cur);
            }
        }
        return -1;
    }

    /** A noun phrase's words: its subtree without clauses or appositions on it, trimmed of determiners and marks. */
    static String phraseText(ParsedSentence s, int head) {
        java.util.Set<Integer> sub = new java.util.HashSet<>(s.subtree(head));
        for (var d : s.children(head)) {
            String rel = d.relation();
            if (rel.startsWith("acl") || rel.equals("appos") || rel.equals("parataxis") || rel.equals("punct") && d.dependent() > head) {
                sub.removeAll(s.subtree(d.dependent()));
            }
        }
        int from = head, to = head;
        while (sub.contains(from - 1)) from--;
        while (sub.contains(to + 1)) to++;
        while (from < head && isEdge(s, from)) from++;
        while (to > head && isEdge(s, to)) to--;
        return clean(s.span(from, to));
    }

    /** The counted noun with the modifiers written before it ("security forces", "Palestinian refugees"), no number. */
    private static String countedText(ParsedSentence s, int k, NumberPhrase p) {
        int from = k;
        while (from - 1 >= 1 && !p.covers(from - 1) && s.head(from - 1) >= from && s.head(from - 1) <= k
                && (s.relation(from - 1).equals("compound") || s.relation(from - 1).equals("amod"))) from--;
        return clean(s.span(from, k));
    }

    /** Words without quotation marks: they belong to the quote, not to what is counted. */
    static String clean(String text) {
        return text.replaceAll("[\"\u201c\u201d\u00ab\u00bb\u201e]|``|''", "").replaceAll("\\s+", " ").strip();
    }

    private static boolean isEdge(ParsedSentence s, int k) {
        String rel = s.relation(k);
        String pos = s.token(k).pos();
        return rel.equals("det") || rel.equals("cc:preconj") || rel.equals("punct") || rel.equals("case") || pos.equals("``") || pos.equals("''")
                || pos.equals(",") || pos.equals(".");
    }

    private static boolean isArgument(String rel) {
        return rel.equals("obj") || rel.startsWith("obl") || rel.equals("nmod") || rel.equals("advmod") || rel.equals("xcomp") || rel.equals("dep");
    }
}
