package org.herald.store.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The merger's in-memory lookups, so that a new article's events find their candidates without scanning the store:
 * mentions by (source, target, compatible codes) and day, and articles by LSH band. Not thread-safe: the store's
 * writer (one at a time) owns it.
 */
final class MergeIndex {
    /** One stored mention: what the merge rules compare, and the real event it belongs to. */
    static final class Mention {
        final long eventId;
        long mergedId;
        final String articleId, key, code, placeId, country, admin1, precision;
        final int day;
        final boolean unknownActor;

        Mention(Facts f, long mergedId, String key) {
            this.eventId = f.eventId();
            this.mergedId = mergedId;
            this.articleId = f.articleId();
            this.key = key;
            this.code = f.code();
            this.placeId = f.placeId();
            this.country = f.country();
            this.admin1 = f.admin1();
            this.precision = f.precision();
            this.day = (int) f.date().toEpochDay();
            this.unknownActor = f.source().isBlank() || f.target().isBlank();
        }
    }

    private final Map<String, TreeMap<Integer, List<Mention>>> byKey = new HashMap<>();
    private final Map<String, List<Mention>> byArticle = new HashMap<>();
    private final Map<Long, List<Mention>> byMerged = new HashMap<>();
    private final Map<Long, List<String>> articlesByBand = new HashMap<>();
    private final Map<String, long[]> bandsByArticle = new HashMap<>();
    private final Map<String, Long> signedAs = new HashMap<>(); // the order articles were signed in: earlier first
    private long signed;

    /** Mentions under {@code key} from {@code day - window} to {@code day + window}. */
    List<Mention> near(String key, int day, int window) {
        TreeMap<Integer, List<Mention>> days = byKey.get(key);
        if (days == null) return List.of();
        List<Mention> out = new ArrayList<>();
        for (List<Mention> l : days.subMap(day - window, true, day + window, true).values()) out.addAll(l);
        return out;
    }

    void add(Mention m) {
        byKey.computeIfAbsent(m.key, k -> new TreeMap<>()).computeIfAbsent(m.day, d -> new ArrayList<>(2)).add(m);
        byArticle.computeIfAbsent(m.articleId, a -> new ArrayList<>()).add(m);
        byMerged.computeIfAbsent(m.mergedId, id -> new ArrayList<>(1)).add(m);
    }

    /** Removes the article's mentions and returns them. */
    List<Mention> removeArticle(String articleId) {
        List<Mention> gone = byArticle.remove(articleId);
        if (gone == null) return List.of();
        for (Mention m : gone) {
            NavigableMap<Integer, List<Mention>> days = byKey.get(m.key);
            List<Mention> l = days.get(m.day);
            l.remove(m);
            if (l.isEmpty()) days.remove(m.day);
            if (days.isEmpty()) byKey.remove(m.key);
            List<Mention> group = byMerged.get(m.mergedId);
            group.remove(m);
            if (group.isEmpty()) byMerged.remove(m.mergedId);
        }
        return gone;
    }

    /** The mentions of one real event. */
    List<Mention> members(long mergedId) {
        return byMerged.getOrDefault(mergedId, List.of());
    }

    /** Renames a real event (its first mention went with a replaced article). */
    void rename(long from, long to) {
        List<Mention> group = byMerged.remove(from);
        if (group == null) return;
        for (Mention m : group) m.mergedId = to;
        byMerged.computeIfAbsent(to, id -> new ArrayList<>()).addAll(group);
    }

    /** Articles that share at least one band with these, in the order they were signed (earliest first). */
    List<String> sharingABand(long[] bands) {
        Set<String> out = new HashSet<>();
        for (long b : bands) out.addAll(articlesByBand.getOrDefault(b, List.of()));
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingLong(signedAs::get));
        return sorted;
    }

    void addBands(String articleId, long[] bands) {
        removeBands(articleId);
        bandsByArticle.put(articleId, bands);
        signedAs.put(articleId, signed++);
        for (long b : bands) articlesByBand.computeIfAbsent(b, k -> new ArrayList<>(1)).add(articleId);
    }

    void removeBands(String articleId) {
        long[] bands = bandsByArticle.remove(articleId);
        signedAs.remove(articleId);
        if (bands == null) return;
        for (long b : bands) {
            List<String> l = articlesByBand.get(b);
            l.remove(articleId);
            if (l.isEmpty()) articlesByBand.remove(b);
        }
    }
}
