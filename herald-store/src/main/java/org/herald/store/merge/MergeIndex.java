package org.herald.store.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The merger's in-memory lookups, so that a new article's events find their candidates without scanning the store:
 * mentions by (source, target, compatible codes) and first day, and articles by LSH band. Not thread-safe: the store's
 * writer (one at a time) owns it.
 */
final class MergeIndex {
    /** The most articles of one LSH bucket a new article is compared with (the newest). */
    static final int BAND_CANDIDATES = NearDuplicates.BAND_CANDIDATES;
    /** One stored mention: what the merge rules compare, and the real event it belongs to. */
    static final class Mention {
        final long eventId;
        long mergedId;
        final String articleId, key, code, placeId, country, admin1, precision;
        /** The first and last day of its date (epoch days). */
        final int day, end;
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
            this.end = (int) f.dateEnd().toEpochDay();
            this.unknownActor = f.source().isBlank() || f.target().isBlank();
        }
    }

    private final Map<String, TreeMap<Integer, List<Mention>>> byKey = new HashMap<>();
    private final Map<String, List<Mention>> byArticle = new HashMap<>();
    private final Map<Long, List<Mention>> byMerged = new HashMap<>();
    private final Map<Long, List<String>> articlesByBand = new HashMap<>();
    private final Map<String, long[]> bandsByArticle = new HashMap<>();
    private final Map<String, int[]> signatures = new HashMap<>(); // 4 bytes a MinHash value: 512 bytes an article
    private final Map<String, Long> signedAs = new HashMap<>(); // the order articles were signed in: earlier first
    private long signed;

    /** Mentions under {@code key} whose first day is from {@code from} to {@code to} (epoch days, both included). */
    List<Mention> near(String key, long from, long to) {
        TreeMap<Integer, List<Mention>> days = byKey.get(key);
        if (days == null) return List.of();
        List<Mention> out = new ArrayList<>();
        for (List<Mention> l : days.subMap((int) from, true, (int) to, true).values()) out.addAll(l);
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

    /**
     * Articles that share at least one band with these, most shared bands first, then earliest signed. Only the
     * newest {@link #BAND_CANDIDATES} of a band are looked at, so boilerplate that puts every article in one bucket
     * costs a bounded amount per article instead of the whole store.
     */
    List<String> sharingABand(long[] bands) {
        Map<String, Integer> shared = new HashMap<>();
        for (long b : bands) {
            List<String> l = articlesByBand.getOrDefault(b, List.of());
            for (String a : l.subList(Math.max(0, l.size() - BAND_CANDIDATES), l.size())) shared.merge(a, 1, Integer::sum);
        }
        List<String> sorted = new ArrayList<>(shared.keySet());
        sorted.sort(Comparator.comparing((String a) -> -shared.get(a)).thenComparingLong(signedAs::get));
        return sorted;
    }

    /** The signature an article was signed with, or null. */
    int[] signature(String articleId) {
        return signatures.get(articleId);
    }

    void addSignature(String articleId, int[] signature, long[] bands) {
        removeSignature(articleId);
        signatures.put(articleId, signature);
        signedAs.put(articleId, signed++);
        bandsByArticle.put(articleId, bands);
        for (long b : bands) articlesByBand.computeIfAbsent(b, k -> new ArrayList<>(1)).add(articleId);
    }

    void removeSignature(String articleId) {
        long[] bands = bandsByArticle.remove(articleId);
        signatures.remove(articleId);
        signedAs.remove(articleId);
        if (bands == null) return;
        for (long b : bands) {
            List<String> l = articlesByBand.get(b);
            l.remove(articleId);
            if (l.isEmpty()) articlesByBand.remove(b);
        }
    }
}
