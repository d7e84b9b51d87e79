package org.herald.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A sentence with tokens and a basic UD dependency tree. This is all the coder sees of the NLP layer,
 * so tests can build one by hand (see {@link ConllU}).
 */
public final class ParsedSentence {
    private final int index;
    private final String text;
    private final List<Token> tokens;
    private final Dependency[] headOf;          // by dependent index
    private final List<List<Dependency>> childrenOf; // by governor index, 0 = root
    private final List<TimeMention> times;

    public ParsedSentence(int index, String text, List<Token> tokens, List<Dependency> dependencies) {
        this(index, text, tokens, dependencies, List.of());
    }

    /** With the time expressions the annotator found in the sentence ({@link TimeMention}). */
    public ParsedSentence(int index, String text, List<Token> tokens, List<Dependency> dependencies, List<TimeMention> times) {
        this.times = List.copyOf(times);
        for (TimeMention t : this.times) {
            if (t.last() > tokens.size()) throw new IllegalArgumentException("time expression out of range: " + t);
        }
        this.index = index;
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.headOf = new Dependency[tokens.size() + 1];
        this.childrenOf = new ArrayList<>();
        for (int i = 0; i <= tokens.size(); i++) childrenOf.add(new ArrayList<>());
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).index() != i + 1) {
                throw new IllegalArgumentException("token " + (i + 1) + " has index " + tokens.get(i).index());
            }
        }
        for (Dependency d : dependencies) {
            if (d.dependent() < 1 || d.dependent() > tokens.size() || d.governor() < 0 || d.governor() > tokens.size()) {
                throw new IllegalArgumentException("dependency out of range: " + d);
            }
            headOf[d.dependent()] = d;
            childrenOf.get(d.governor()).add(d);
        }
        childrenOf.forEach(l -> l.sort(Comparator.comparingInt(Dependency::dependent)));
        // The coder climbs from tokens to the root: a cycle would never end, so refuse it here.
        for (int i = 1; i <= tokens.size(); i++) {
            int cur = i;
            for (int steps = 0; cur > 0; steps++) {
                if (steps > tokens.size()) throw new IllegalArgumentException("dependency cycle through token " + i + " in: " + text);
                cur = head(cur);
            }
        }
    }

    public int index() { return index; }
    public String text() { return text; }
    public List<Token> tokens() { return tokens; }
    public int size() { return tokens.size(); }

    /** The sentence's time expressions, in text order; empty when the annotator resolves none. */
    public List<TimeMention> times() { return times; }

    /** The same parse with these time expressions. */
    public ParsedSentence withTimes(List<TimeMention> newTimes) {
        List<Dependency> deps = new ArrayList<>();
        for (List<Dependency> l : childrenOf) deps.addAll(l);
        return new ParsedSentence(index, text, tokens, deps, newTimes);
    }

    /** Token by its 1-based index. */
    public Token token(int i) { return tokens.get(i - 1); }

    public Optional<Dependency> headEdge(int i) { return Optional.ofNullable(headOf[i]); }

    public int head(int i) { return headOf[i] == null ? -1 : headOf[i].governor(); }

    public String relation(int i) { return headOf[i] == null ? "" : headOf[i].relation(); }

    public List<Dependency> children(int i) { return childrenOf.get(i); }

    /** Children whose relation is {@code rel} or a subtype of it ("obl" matches "obl:in"). */
    public List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : childrenOf.get(i)) {
            if (d.relation().equals(rel) || d.relation().startsWith(rel + ":")) out.add(d.dependent());
        }
        return out;
    }

    public Optional<Integer> child(int i, String rel) {
        List<Integer> c = children(i, rel);
        return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
    }

    /** The case marker ("with", "against") or preposition lemma attached to a nominal, if any. */
    public String caseMarker(int i) {
        StringBuilder sb = new StringBuilder();
        for (int c : children(i, "case")) {
            if (token(c).pos().equals("POS")) continue;
            if (sb.length() > 0) sb.append('_');
            sb.append(token(c).lemma().toLowerCase());
        }
        return sb.toString();
    }

    public List<Integer> roots() { return children(0, "root"); }

    /** All tokens in the subtree of {@code i}, sorted by position. */
    public List<Integer> subtree(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int i, List<Integer> out) {
        out.add(i);
        for (Dependency d : childrenOf.get(i)) collect(d.dependent(), out);
    }

    /** Surface text of tokens {@code from..to} inclusive, from the sentence's own characters when offsets allow. */
    public String span(int from, int to) {
        Token a = token(from), b = token(to);
        int base = tokens.get(0).begin();
        if (a.begin() >= base && b.end() - base <= text.length() && a.begin() - base >= 0 && b.end() > a.begin()) {
            return text.substring(a.begin() - base, b.end() - base);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (k > from) sb.append(' ');
            sb.append(token(k).word());
        }
        return sb.toString();
    }

    @Override public String toString() { return "ParsedSentence[" + index + ": " + text + "]"; }
}
