package org.herald.store.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herald.dict.TsvTable;

/**
 * When two mentions report one real event and when two articles are near-duplicates, as the data files under
 * {@code herald/store/merge/} say: thresholds ({@code merge-rules.tsv}), groups of codes that may name one event
 * across CAMEO roots ({@code compatible-codes.tsv}) and words that say nothing about which event a sentence reports
 * ({@code evidence-stopwords.tsv}). A bad line is an error naming its file and line.
 */
public record MergeRules(int dateWindowDays, int rangeMaxDays, double evidenceMinJaccard, double nearDuplicateMinJaccard, int shingleWords,
                         int minhashSize, int lshStages, int lshBuckets, long minhashSeed, List<CodeGroup> groups, Set<String> stopwords) {
    static final String DIR = "herald/store/merge/";

    /** Codes that may name one event: an event belongs to the first group one of whose codes begins its code. */
    public record CodeGroup(String name, List<String> codes) {}

    private static volatile MergeRules standard;

    public MergeRules {
        groups = List.copyOf(groups);
        stopwords = Set.copyOf(stopwords);
    }

    /** The rules of the bundled data files (read once per process). */
    public static MergeRules standard() {
        MergeRules r = standard;
        if (r == null) {
            r = of(TsvTable.resource(DIR + "merge-rules.tsv", "name", "value"), TsvTable.resource(DIR + "compatible-codes.tsv", "group", "codes"),
                    TsvTable.resource(DIR + "evidence-stopwords.tsv", "word"));
            standard = r;
        }
        return r;
    }

    /** Rules from the three tables; every value is checked and a bad one names its file and line. */
    public static MergeRules of(TsvTable rules, TsvTable compatible, TsvTable stopwords) {
        Map<String, TsvTable.Row> byName = new HashMap<>();
        for (TsvTable.Row r : rules.rows()) {
            String name = r.get("name");
            if (!NAMES.contains(name)) throw r.error("unknown rule '" + name + "' (known: " + String.join(", ", NAMES) + ")");
            if (byName.put(name, r) != null) throw r.error("rule '" + name + "' is given twice");
        }
        for (String n : NAMES) if (!byName.containsKey(n)) throw new org.herald.dict.DictionaryException(rules.rows().isEmpty() ? "merge rules" : rules.rows().get(0).file(), 0, "rule '" + n + "' is missing");
        int stages = integer(byName.get("lsh_stages"), 1, 1024);
        int size = integer(byName.get("minhash_size"), 1, 4096);
        if (size % stages != 0) throw byName.get("minhash_size").error("minhash_size must be a multiple of lsh_stages (" + stages + ")");
        List<CodeGroup> groups = new ArrayList<>();
        for (TsvTable.Row r : compatible.rows()) {
            List<String> codes = r.list("codes");
            if (r.get("group").isEmpty()) throw r.error("a group needs a name");
            if (codes.size() < 2) throw r.error("a group needs two codes or more, separated by |");
            for (String c : codes) if (!c.matches("[0-9]{2,4}")) throw r.error("'" + c + "' is not a CAMEO root or code (two to four digits)");
            groups.add(new CodeGroup(r.get("group"), codes));
        }
        Set<String> words = new HashSet<>();
        for (TsvTable.Row r : stopwords.rows()) {
            String w = r.get("word").toLowerCase(Locale.ROOT);
            if (w.isEmpty() || !w.chars().allMatch(Character::isLetterOrDigit)) throw r.error("a stop word is one word of letters or digits: '" + r.get("word") + "'");
            words.add(w);
        }
        return new MergeRules(integer(byName.get("date_window_days"), 0, 366), integer(byName.get("range_max_days"), 1, 366), fraction(byName.get("evidence_min_jaccard")),
                fraction(byName.get("near_duplicate_min_jaccard")), integer(byName.get("shingle_words"), 1, 20), size, stages,
                integer(byName.get("lsh_buckets"), 2, Integer.MAX_VALUE), whole(byName.get("minhash_seed")), groups, words);
    }

    private static final List<String> NAMES = List.of("date_window_days", "range_max_days", "evidence_min_jaccard", "near_duplicate_min_jaccard", "shingle_words",
            "minhash_size", "lsh_stages", "lsh_buckets", "minhash_seed");

    /**
     * Whether two mentions' dates allow one event, each date the span from its first to its last day ({@code date},
     * {@code date_end}; an event the story does not date has its article's day, so that a one-day span). The one place
     * that decides it; {@link #candidateDays} gives the days whose mentions may agree. Spans of at most
     * {@link #rangeMaxDays} days agree when they are at most {@link #dateWindowDays} apart (0 when they overlap): "on
     * Wednesday" is within "earlier this week", and two single days agree as they always did. A longer span ("in
     * December", "last year", "since last month") agrees only with another longer one whose first and last days are
     * each within the window of its own (the same vague time told again), never with a day or a week inside it: a
     * year-long span would otherwise join every event of the year.
     */
    public boolean datesAgree(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
        return datesAgree(aStart.toEpochDay(), aEnd.toEpochDay(), bStart.toEpochDay(), bEnd.toEpochDay());
    }

    /** Two single days: at most {@link #dateWindowDays} apart. */
    public boolean datesAgree(LocalDate a, LocalDate b) {
        return datesAgree(a, a, b, b);
    }

    /** {@link #datesAgree} on epoch days. */
    boolean datesAgree(long aStart, long aEnd, long bStart, long bEnd) {
        boolean aLong = wide(aStart, aEnd), bLong = wide(bStart, bEnd);
        if (aLong != bLong) return false;
        if (aLong) return Math.abs(aStart - bStart) <= dateWindowDays && Math.abs(aEnd - bEnd) <= dateWindowDays;
        return gap(aStart, aEnd, bStart, bEnd) <= dateWindowDays;
    }

    /** Days between two spans: 0 when they overlap or touch, else from the end of the earlier to the start of the later. */
    static long gap(long aStart, long aEnd, long bStart, long bEnd) {
        return Math.max(0, Math.max(aStart - bEnd, bStart - aEnd));
    }

    /** Whether a span is longer than {@link #rangeMaxDays} (first and last day counted): compared only with its like. */
    boolean wide(long start, long end) {
        return end - start + 1 > rangeMaxDays;
    }

    /**
     * The first and last start day of the mentions whose dates may agree with the span {@code start..end}: a lookup
     * by start day over this window finds them all ({@link #datesAgree} then decides). For a span of at most
     * {@link #rangeMaxDays}, another such span may start up to {@code rangeMaxDays - 1} days before it and still reach
     * it; a longer span's like starts within the window of its start.
     */
    long[] candidateDays(long start, long end) {
        if (wide(start, end)) return new long[] {start - dateWindowDays, start + dateWindowDays};
        return new long[] {start - dateWindowDays - (rangeMaxDays - 1), end + dateWindowDays};
    }

    /** The key under which codes are compatible: the first group one of whose codes begins {@code code}, else the root. */
    public String compatibility(String code, String root) {
        for (CodeGroup g : groups) for (String c : g.codes()) if (code.startsWith(c)) return "group:" + g.name();
        return root;
    }

    private static long whole(TsvTable.Row r) {
        try {
            return Long.parseLong(r.get("value"));
        } catch (NumberFormatException e) {
            throw r.error(r.get("name") + " must be a whole number, not '" + r.get("value") + "'");
        }
    }

    private static int integer(TsvTable.Row r, int min, int max) {
        long v = whole(r);
        if (v < min || v > max) throw r.error(r.get("name") + " must be from " + min + " to " + max + ", not " + v);
        return (int) v;
    }

    private static double fraction(TsvTable.Row r) {
        double v;
        try {
            v = Double.parseDouble(r.get("value"));
        } catch (NumberFormatException e) {
            throw r.error(r.get("name") + " must be a number from 0 to 1, not '" + r.get("value") + "'");
        }
        if (!(v >= 0 && v <= 1)) throw r.error(r.get("name") + " must be a number from 0 to 1, not " + r.get("value"));
        return v;
    }
}
