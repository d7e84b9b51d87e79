package org.herald.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.herald.model.Event;

/**
 * Scores coded events against expected (source, target, code) triples at three levels: root code, full code,
 * and the full triple. Matching is a multiset intersection per record. Also a confusion table of root codes
 * (expected root -> predicted root, "none" when the record got no event).
 */
public final class GoldScorer {
    private Scores root = new Scores(0, 0, 0), code = new Scores(0, 0, 0), triple = new Scores(0, 0, 0);
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    public void add(GoldRecord gold, List<Event> events) {
        root = root.plus(score(gold, events, e -> e.code().substring(0, 2), x -> x.code().length() >= 2 ? x.code().substring(0, 2) : x.code()));
        code = code.plus(score(gold, events, Event::code, GoldRecord.Expected::code));
        triple = triple.plus(score(gold, events, e -> e.source() + " " + e.code() + " " + e.target(),
                x -> x.source() + " " + x.code() + " " + x.target()));
        List<String> predictedRoots = events.stream().map(e -> e.code().substring(0, 2)).toList();
        for (GoldRecord.Expected x : gold.expected()) {
            String want = x.code().length() >= 2 ? x.code().substring(0, 2) : x.code();
            String got = predictedRoots.contains(want) ? want : predictedRoots.isEmpty() ? "none" : predictedRoots.get(0);
            confusion.computeIfAbsent(want, k -> new TreeMap<>()).merge(got, 1, Integer::sum);
            boolean hit = events.stream().anyMatch(e -> e.code().equals(x.code()) && e.source().equals(x.source()) && e.target().equals(x.target()));
            if (!hit) misses.add(gold.id() + ": expected " + x.source() + " " + x.code() + " " + x.target() + ", got "
                    + events.stream().map(Event::triple).toList());
        }
    }

    private static Scores score(GoldRecord gold, List<Event> events, Function<Event, String> p, Function<GoldRecord.Expected, String> x) {
        Map<String, Integer> want = new HashMap<>();
        for (GoldRecord.Expected e : gold.expected()) want.merge(x.apply(e), 1, Integer::sum);
        int tp = 0;
        for (Event e : events) {
            Integer left = want.get(p.apply(e));
            if (left != null && left > 0) {
                tp++;
                want.put(p.apply(e), left - 1);
            }
        }
        return new Scores(tp, events.size(), gold.expected().size());
    }

    public Scores root() { return root; }
    public Scores code() { return code; }
    public Scores triple() { return triple; }
    public Map<String, Map<String, Integer>> confusion() { return confusion; }
    public List<String> misses() { return misses; }
}
