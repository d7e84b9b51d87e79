package org.herald.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.herald.events.EventCoder;
import org.herald.geo.PlaceNames;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.model.Location;
import org.herald.nlp.AnnotatedDoc;

/**
 * Scores event locations against gold place records: {"id","date","text","place","country","precision","kind"}, where
 * {@code place} is the words naming where the story's (last sentence's) event happened. A record's location is the
 * first located event of that sentence, else where an event of its main predicate would be placed. Right country: the
 * location's country is the gold country; right place: it also names the gold place.
 */
public final class PlaceScorer {
    private int records, countryRight, placeRight;
    private final Map<String, int[]> byKind = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    /** Scores every record, annotating each with {@code annotate} and coding it with {@code coder}. */
    public static PlaceScorer score(List<GoldRecord> gold, Function<Article, AnnotatedDoc> annotate, EventCoder coder) {
        PlaceScorer s = new PlaceScorer();
        for (GoldRecord r : gold) s.add(r, locate(annotate.apply(r.article()), coder));
        return s;
    }

    /**
     * Where the event of the story's last sentence happened, as Herald places it: its first located event that is not
     * a statement (what was reported, not where it was said), else its first located statement.
     */
    public static Location locate(AnnotatedDoc doc, EventCoder coder) {
        if (doc.sentences().isEmpty()) return Location.NONE;
        int last = doc.sentences().get(doc.sentences().size() - 1).index();
        Location said = null;
        for (Event e : coder.code(doc)) {
            if (e.sentence() != last || !e.location().known()) continue;
            if (!e.root().equals("01")) return e.location();
            if (said == null) said = e.location();
        }
        return said != null ? said : coder.placeOf(doc, last);
    }

    public void add(GoldRecord r, Location got) {
        String place = r.raw().path("place").asText(""), country = r.raw().path("country").asText("");
        String kind = r.raw().path("kind").asText("all");
        boolean c = got.country().equals(country);
        boolean p = c && (PlaceNames.key(got.text()).contains(PlaceNames.key(place)) || PlaceNames.key(place).contains(PlaceNames.key(got.name()))
                && !got.name().isEmpty());
        records++;
        if (c) countryRight++;
        if (p) placeRight++;
        int[] k = byKind.computeIfAbsent(kind, x -> new int[3]);
        k[0]++;
        if (c) k[1]++;
        if (p) k[2]++;
        if (!c) misses.add(r.id() + " [" + place + " " + country + "] got " + (got.known() ? got.describe() + " from '" + got.text() + "'" : "nothing")
                + " :: " + r.text());
    }

    public int records() { return records; }
    public double countryAccuracy() { return records == 0 ? 0 : (double) countryRight / records; }
    public double placeAccuracy() { return records == 0 ? 0 : (double) placeRight / records; }
    /** Per kind of record: records, right country, right place. */
    public Map<String, int[]> byKind() { return byKind; }
    public List<String> misses() { return misses; }
}
