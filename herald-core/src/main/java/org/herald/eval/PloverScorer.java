package org.herald.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.herald.model.Event;

/**
 * Scores against PLOVER gold sentences (one gold type and source countries each): type recall (the sentence got
 * an event of the gold type), type precision (of the events that have a PLOVER type, how many have the gold
 * type: CAMEO 01 and 02 have none and are not counted), and type+source recall (gold type with a source whose
 * first three letters are a gold source). Actor codes compare on their first three letters.
 */
public final class PloverScorer {
    private int records, typeHits, typeSourceHits, typedEvents, typedCorrect;
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    public void add(GoldRecord gold, List<Event> events) {
        records++;
        String want = gold.plover().toUpperCase(Locale.ROOT);
        List<Event> typed = events.stream().filter(e -> !e.ploverType().isEmpty()).toList();
        typedEvents += typed.size();
        typedCorrect += (int) typed.stream().filter(e -> e.ploverType().equals(want)).count();
        boolean hit = typed.stream().anyMatch(e -> e.ploverType().equals(want));
        boolean sourceHit = typed.stream().anyMatch(e -> e.ploverType().equals(want) && (gold.sources().isEmpty()
                || gold.sources().stream().anyMatch(s -> prefix(s).equals(prefix(e.source())))));
        if (hit) typeHits++;
        if (sourceHit) typeSourceHits++;
        String got = hit ? want : typed.isEmpty() ? "none" : typed.get(0).ploverType();
        confusion.computeIfAbsent(want, k -> new TreeMap<>()).merge(got, 1, Integer::sum);
        if (!hit) {
            misses.add(gold.id() + " [" + want + " " + gold.sources() + "] got " + events.stream().map(e -> e.triple() + " " + e.ploverType()).toList()
                    + " :: " + gold.text());
        }
    }

    private static String prefix(String code) { return code.length() >= 3 ? code.substring(0, 3) : code; }

    public int records() { return records; }
    public double typeRecall() { return records == 0 ? 0 : (double) typeHits / records; }
    public double typePrecision() { return typedEvents == 0 ? 0 : (double) typedCorrect / typedEvents; }
    public double typeSourceRecall() { return records == 0 ? 0 : (double) typeSourceHits / records; }
    public int typedEvents() { return typedEvents; }
    public Map<String, Map<String, Integer>> confusion() { return confusion; }
    public List<String> misses() { return misses; }
}
