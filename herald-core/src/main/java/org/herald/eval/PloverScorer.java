package org.herald.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.herald.model.Event;

/**
 * Scores against PLOVER gold records: one gold type (plus accepted alternatives, {@code plover_alt}) and source
 * countries each, or a null type for a story with no political event (CASE 2021's accidents, disasters, crime).
 * Type recall: a labelled record got an event of an accepted type. Type precision: of the events with a PLOVER type
 * coded from labelled records, how many have an accepted type (CAMEO 01 and 02 have no type and are not counted).
 * No-event rate: the share of null-labelled records given any typed event. Type+source recall: an accepted type
 * with a source whose first three letters are a gold source. Actor codes compare on their first three letters.
 */
public final class PloverScorer {
    /** Per-type counts: gold records and hits by gold type; typed events and correct ones by predicted type. */
    public record TypeRow(int records, int hits, int events, int correct) {
        public double recall() { return records == 0 ? 0 : (double) hits / records; }
        public double precision() { return events == 0 ? 0 : (double) correct / events; }
        TypeRow plus(int r, int h, int e, int c) { return new TypeRow(records + r, hits + h, events + e, correct + c); }
    }

    private int records, typeHits, typeSourceHits, typedEvents, typedCorrect, noEventRecords, noEventCoded;
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final Map<String, TypeRow> byType = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseAlarms = new ArrayList<>();
    private final List<String> wrongTyped = new ArrayList<>();
    private final List<String> sourceMisses = new ArrayList<>();

    /** Scores every record with the events {@code code} gives it. */
    public static PloverScorer score(List<GoldRecord> records, java.util.function.Function<GoldRecord, List<Event>> code) {
        PloverScorer scorer = new PloverScorer();
        for (GoldRecord r : records) scorer.add(r, code.apply(r));
        return scorer;
    }

    public void add(GoldRecord gold, List<Event> events) {
        List<Event> typed = events.stream().filter(e -> !e.ploverType().isEmpty()).toList();
        if (gold.noEvent()) {
            noEventRecords++;
            if (!typed.isEmpty()) {
                noEventCoded++;
                falseAlarms.add(gold.id() + " got " + describe(typed) + " :: " + gold.text());
            }
            for (Event e : typed) byType.merge(e.ploverType(), new TypeRow(0, 0, 1, 0), PloverScorer::sum);
            return;
        }
        records++;
        String want = gold.plover();
        Set<String> accepted = gold.acceptedTypes();
        typedEvents += typed.size();
        for (Event e : typed) {
            boolean ok = accepted.contains(e.ploverType());
            if (ok) typedCorrect++;
            byType.merge(e.ploverType(), new TypeRow(0, 0, 1, ok ? 1 : 0), PloverScorer::sum);
        }
        List<Event> wrong = typed.stream().filter(e -> !accepted.contains(e.ploverType())).toList();
        if (!wrong.isEmpty()) wrongTyped.add(gold.id() + " [" + want + "] wrong " + describe(wrong) + " :: " + gold.text());
        boolean hit = typed.stream().anyMatch(e -> accepted.contains(e.ploverType()));
        boolean sourceHit = typed.stream().anyMatch(e -> accepted.contains(e.ploverType()) && (gold.sources().isEmpty()
                || gold.sources().stream().anyMatch(s -> prefix(s).equals(country(e.source())))));
        if (hit) typeHits++;
        if (sourceHit) typeSourceHits++;
        byType.merge(want, new TypeRow(1, hit ? 1 : 0, 0, 0), PloverScorer::sum);
        String got = hit ? want : typed.isEmpty() ? "none" : typed.get(0).ploverType();
        confusion.computeIfAbsent(want, k -> new TreeMap<>()).merge(got, 1, Integer::sum);
        if (hit && !sourceHit) sourceMisses.add(gold.id() + " [" + want + " " + gold.sources() + "] got " + describe(typed) + " :: " + gold.text());
        if (!hit) misses.add(gold.id() + " [" + want + " " + gold.sources() + "] got " + describe(events) + " :: " + gold.text());
    }

    private static TypeRow sum(TypeRow a, TypeRow b) { return a.plus(b.records(), b.hits(), b.events(), b.correct()); }

    private static String describe(List<Event> events) {
        return events.stream().map(e -> e.triple() + " " + e.ploverType()).toList().toString();
    }

    private static String prefix(String code) { return code.length() >= 3 ? code.substring(0, 3) : code; }

    /**
     * The gold's country of an actor code: its first three letters, but an international non-governmental organisation
     * (CAMEO's NGO codes carry no country: the Red Cross, Amnesty International) is "IGO", as the gold marks every
     * international organisation, governmental or not.
     */
    static String country(String code) {
        String p = prefix(code);
        return p.equals("NGO") ? "IGO" : p;
    }

    /** Labelled records (a gold type); null-labelled ones are counted by {@link #noEventRecords()}. */
    public int records() { return records; }
    public double typeRecall() { return records == 0 ? 0 : (double) typeHits / records; }
    public double typePrecision() { return typedEvents == 0 ? 0 : (double) typedCorrect / typedEvents; }
    public double typeSourceRecall() { return records == 0 ? 0 : (double) typeSourceHits / records; }
    public int typedEvents() { return typedEvents; }
    public int noEventRecords() { return noEventRecords; }
    /** The share of no-event records given a typed event (0 when the file has none). */
    public double noEventRate() { return noEventRecords == 0 ? 0 : (double) noEventCoded / noEventRecords; }
    public Map<String, Map<String, Integer>> confusion() { return confusion; }
    public Map<String, TypeRow> byType() { return byType; }
    public List<String> misses() { return misses; }
    /** No-event records that got a typed event, with what they got. */
    public List<String> falseAlarms() { return falseAlarms; }
    /** Labelled records that got typed events of a type not accepted for them (what costs type precision). */
    public List<String> wrongTyped() { return wrongTyped; }
    /** Records typed right whose events of that type have no source of a gold source's country (what costs type+source recall). */
    public List<String> sourceMisses() { return sourceMisses; }
}
