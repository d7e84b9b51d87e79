package org.herald.store.merge;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.model.Article;
import org.herald.model.Event;

/**
 * Merges mentions of one real event into it, on ingest (a new article's events join the real events already stored)
 * and for the whole store ({@link #rebuild}), by the same decisions in the same order, so a rebuild of a store built
 * by ingest alone gives what ingest gave. Each event row is a mention ({@code event_mentions}); its {@code merged_id}
 * is the id of its real event's first row. Also flags near-duplicate articles ({@link NearDuplicates}).
 *
 * <p>A mention joins a stored one with the same source and target, compatible codes, agreeing dates (date spans, see
 * {@link MergeRules#datesAgree}) and places, and, when their codes differ or an actor is unknown, similar evidence
 * (see {@link MergeRules}). Of several, it joins the one with the same code first, then the nearest date (spans
 * overlapping first, then the nearest first day), then the oldest real event.
 *
 * <p>Runs on the store's writer connection inside its transaction; the lookups live in memory ({@link MergeIndex}),
 * read on first use and dropped when a transaction rolls back or free SQL may have changed the tables.
 */
public final class MentionMerger {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int EVIDENCE_CACHE = 10_000;
    private static final int MAX_EVIDENCE_CHECKS = 50;

    private final MergeRules rules;
    private final NearDuplicates duplicates;
    private MergeIndex index;
    private final Map<Long, Set<String>> evidence = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Set<String>> e) {
            return size() > EVIDENCE_CACHE;
        }
    };

    public MentionMerger(MergeRules rules) {
        this.rules = rules;
        this.duplicates = new NearDuplicates(rules);
    }

    public MergeRules rules() { return rules; }

    /**
     * In the article's transaction, after its events rows are written ({@code ids[i]} is the row of
     * {@code events[i]}): its mentions, each naming its real event, its signature and its near-duplicate flag.
     */
    public void add(Connection c, Article a, List<Long> ids, List<Event> events) throws SQLException {
        MergeIndex in = index(c, a.id()); // its own rows are written already: they are placed below, not read

        duplicates.add(c, in, a.id(), ArticleSignatures.text(a.title(), a.body()));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_mentions (event_id, article_id, sentence, merged_id, date, confidence, "
                + "source_name) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                Facts f = Facts.of(ids.get(i), e);
                evidence.put(f.eventId(), tokens(f.evidence()));
                ps.setLong(1, f.eventId());
                ps.setString(2, a.id());
                ps.setInt(3, e.sentence());
                ps.setLong(4, place(c, in, f));
                ps.setDate(5, Date.valueOf(e.date()));
                if (Double.isNaN(e.confidence())) ps.setNull(6, Types.DOUBLE);
                else ps.setDouble(6, e.confidence());
                ps.setString(7, a.source());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * In the transaction that deletes an article, before its rows go: its mentions leave their real events (one
     * whose first row was among them is renamed after its next), its signature and near-duplicate flags go.
     */
    public void remove(Connection c, String articleId) throws SQLException {
        MergeIndex in = index(c, null);
        Set<Long> touched = new HashSet<>();
        for (MergeIndex.Mention m : in.removeArticle(articleId)) {
            touched.add(m.mergedId);
            evidence.remove(m.eventId);
        }
        for (long g : touched) {
            List<MergeIndex.Mention> rest = in.members(g);
            if (rest.isEmpty()) continue;
            long first = rest.stream().mapToLong(m -> m.eventId).min().orElseThrow();
            if (first == g) continue;
            try (PreparedStatement ps = c.prepareStatement("UPDATE event_mentions SET merged_id = ? WHERE merged_id = ? AND article_id <> ?")) {
                ps.setLong(1, first);
                ps.setLong(2, g);
                ps.setString(3, articleId);
                ps.executeUpdate();
            }
            in.rename(g, first);
        }
        duplicates.remove(c, in, articleId);
    }

    /** After a rollback or free SQL: the lookups may not match the store, so they are read again on next use. */
    public void forget() {
        index = null;
        evidence.clear();
    }

    /**
     * Decides every mention and near-duplicate again, for the whole store, in the order ingest met them (articles
     * by time of ingest, events by id). In the caller's transaction.
     */
    public void rebuild(Connection c) throws SQLException {
        forget();
        MergeIndex in = new MergeIndex();
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM near_duplicates");
            st.execute("DELETE FROM article_signatures");
            st.execute("CREATE TEMP TABLE IF NOT EXISTS merge_assignment (event_id BIGINT, merged_id BIGINT)");
            st.execute("DELETE FROM merge_assignment");
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, title, body FROM articles ORDER BY ingested_at, id")) {
            while (rs.next()) duplicates.add(c, in, rs.getString(1), ArticleSignatures.text(rs.getString(2), rs.getString(3)));
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, article_id, source, target, code, root, date, date_end, location_id, location_country, "
                     + "location_admin1, location_precision FROM events ORDER BY id");
             PreparedStatement ps = c.prepareStatement("INSERT INTO merge_assignment VALUES (?, ?)")) {
            while (rs.next()) {
                Facts f = new Facts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getDate(7).toLocalDate(), localDate(rs.getDate(8)), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), null);
                ps.setLong(1, f.eventId());
                ps.setLong(2, place(c, in, f));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM event_mentions");
            st.execute("INSERT INTO event_mentions (event_id, article_id, sentence, merged_id, date, confidence, source_name) "
                    + "SELECT e.id, e.article_id, e.sentence, m.merged_id, e.date, e.confidence, a.source FROM events e "
                    + "JOIN merge_assignment m ON m.event_id = e.id LEFT JOIN articles a ON a.id = e.article_id");
            st.execute("DROP TABLE merge_assignment");
        }
        index = in;
    }

    /** {@link #rebuild} in a transaction of its own on the writer connection; the counts after. */
    public MergeCounts rebuildAll(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try {
            rebuild(c);
            c.commit();
            return MergeCounts.of(c);
        } catch (SQLException | RuntimeException e) {
            forget();
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The evidence words of an event ({@code known}: its text when the caller has it). */
    private interface EvidenceOf {
        Set<String> of(long eventId, String known) throws SQLException;
    }

    /**
     * Merges mentions without a store, by the decisions {@link #add} and {@link #rebuild} make: {@code inOrder} is each
     * mention's event id, event and the id of its article, in the order a store would ingest them. The answer maps
     * each event id to its real event's id (the first mention's). For batch jobs (the Spark job) that hold a corpus in
     * memory a group at a time.
     */
    public Map<Long, Long> assign(List<Map.Entry<Long, Event>> inOrder) {
        MergeIndex in = new MergeIndex();
        Map<Long, Set<String>> words = new HashMap<>();
        Map<Long, Long> out = new LinkedHashMap<>();
        for (Map.Entry<Long, Event> m : inOrder) {
            Facts f = Facts.of(m.getKey(), m.getValue());
            words.put(f.eventId(), tokens(f.evidence()));
            try {
                out.put(f.eventId(), place(in, f, (id, known) -> words.getOrDefault(id, Set.of())));
            } catch (SQLException e) {
                throw new IllegalStateException(e); // no store: not thrown
            }
        }
        return out;
    }

    /**
     * The key that decides which mentions may merge at all (same source, target and compatible codes): mentions of
     * different keys never merge, so a batch job may group by it and {@link #assign} each group on its own.
     */
    public String key(Event e) {
        return key(e.source(), e.target(), e.code(), e.root());
    }

    private String key(String source, String target, String code, String root) {
        return source + '\t' + target + '\t' + rules.compatibility(code, root);
    }

    /** The real event this mention reports (a stored one it joins, or its own row), recorded in the lookups. */
    private long place(Connection c, MergeIndex in, Facts f) throws SQLException {
        return place(in, f, (id, known) -> evidence(c, id, known));
    }

    private long place(MergeIndex in, Facts f, EvidenceOf evidenceOf) throws SQLException {
        String key = key(f.source(), f.target(), f.code(), f.root());
        MergeIndex.Mention self = new MergeIndex.Mention(f, f.eventId(), key);
        List<MergeIndex.Mention> candidates = new ArrayList<>();
        long[] window = rules.candidateDays(self.day, self.end);
        for (MergeIndex.Mention m : in.near(key, window[0], window[1])) {
            if (rules.datesAgree(self.day, self.end, m.day, m.end) && placesAgree(self, m)) candidates.add(m);
        }
        // Nearest date: the days between the spans (0 when they overlap), then between their first days.
        candidates.sort(Comparator.comparing((MergeIndex.Mention m) -> !m.code.equals(self.code))
                .thenComparingLong(m -> MergeRules.gap(self.day, self.end, m.day, m.end)).thenComparingInt(m -> Math.abs(m.day - self.day))
                .thenComparingLong(m -> m.mergedId));
        int compared = 0;
        for (MergeIndex.Mention m : candidates) {
            boolean needsEvidence = !m.code.equals(self.code) || self.unknownActor;
            // Evidence is read for at most MAX_EVIDENCE_CHECKS candidates: a day of many actorless protests stays cheap.
            if (needsEvidence && ++compared > MAX_EVIDENCE_CHECKS) break;
            if (!needsEvidence || jaccard(evidenceOf.of(self.eventId, f.evidence()), evidenceOf.of(m.eventId, null)) >= rules.evidenceMinJaccard()) {
                self.mergedId = m.mergedId;
                break;
            }
        }
        in.add(self);
        return self.mergedId;
    }

    /**
     * Places agree when one is unknown, when they are the same, or when one is a country or region holding the
     * other: two strikes in two towns are two events, "in Syria" and "in Idlib" may be one.
     */
    static boolean placesAgree(MergeIndex.Mention a, MergeIndex.Mention b) {
        if (a.placeId.isEmpty() || b.placeId.isEmpty() || a.placeId.equals(b.placeId)) return true;
        if (!a.country.equals(b.country) || a.country.isEmpty()) return false;
        if (a.precision.equals("country") || b.precision.equals("country")) return true;
        return !a.admin1.isEmpty() && a.admin1.equals(b.admin1) && (a.precision.equals("region") || b.precision.equals("region"));
    }

    private Set<String> evidence(Connection c, long eventId, String known) throws SQLException {
        Set<String> t = evidence.get(eventId);
        if (t != null) return t;
        String text = known;
        if (text == null || text.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT evidence FROM events WHERE id = ?")) {
                ps.setLong(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    text = rs.next() ? rs.getString(1) : "";
                }
            }
        }
        t = tokens(text);
        evidence.put(eventId, t);
        return t;
    }

    /** The evidence's content words: lower case, letters and digits, stop words out. */
    Set<String> tokens(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) return out;
        for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) if (!w.isEmpty() && !rules.stopwords().contains(w)) out.add(w);
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return (double) common / (a.size() + b.size() - common);
    }

    private MergeIndex index(Connection c, String leaveOut) throws SQLException {
        if (index == null) index = load(c, leaveOut);
        return index;
    }

    /** The lookups as the store holds them: every event row (but {@code leaveOut}'s) with its real event, every article's bands. */
    private MergeIndex load(Connection c, String leaveOut) throws SQLException {
        MergeIndex in = new MergeIndex();
        Map<String, String> same = new HashMap<>(); // one String per distinct value: codes and places repeat
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, coalesce(m.merged_id, e.id), e.article_id, e.source, e.target, e.code, e.root, "
                + "e.date, e.date_end, e.location_id, e.location_country, e.location_admin1, e.location_precision FROM events e "
                + "LEFT JOIN event_mentions m ON m.event_id = e.id WHERE e.article_id IS DISTINCT FROM ? ORDER BY e.id")) {
            ps.setString(1, leaveOut);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Facts f = new Facts(rs.getLong(1), one(same, rs.getString(3)), rs.getString(4), rs.getString(5), one(same, rs.getString(6)),
                            rs.getString(7), rs.getDate(8).toLocalDate(), localDate(rs.getDate(9)), one(same, rs.getString(10)), one(same, rs.getString(11)),
                            one(same, rs.getString(12)), one(same, rs.getString(13)), null);
                    String key = one(same, key(f.source(), f.target(), f.code(), f.root()));
                    in.add(new MergeIndex.Mention(f, rs.getLong(2), key));
                }
            }
        }
        duplicates.load(c, in);
        return in;
    }

    private static String one(Map<String, String> same, String s) {
        return s == null ? null : same.computeIfAbsent(s, k -> k);
    }

    private static java.time.LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
