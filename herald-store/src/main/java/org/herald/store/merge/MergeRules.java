package org.herald.store.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
public record MergeRules(int dateWindowDays, double evidenceMinJaccard, double nearDuplicateMinJaccard, int shingleWords,
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
        return new MergeRules(integer(byName.get("date_window_days"), 0, 366), fraction(byName.get("evidence_min_jaccard")),
                fraction(byName.get("near_duplicate_min_jaccard")), integer(byName.get("shingle_words"), 1, 20), size, stages,
                integer(byName.get("lsh_buckets"), 2, Integer.MAX_VALUE), whole(byName.get("minhash_seed")), groups, words);
    }

    private static final List<String> NAMES = List.of("date_window_days", "evidence_min_jaccard", "near_duplicate_min_jaccard", "shingle_words",
            "minhash_size", "lsh_stages", "lsh_buckets", "minhash_seed");

    /**
     * Whether two mentions' dates allow one event: at most {@link #dateWindowDays} apart. The one place that decides
     * it (the candidate lookup asks for the same window), so that event date ranges can replace single dates here.
     */
    public boolean datesAgree(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b)) <= dateWindowDays;
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
