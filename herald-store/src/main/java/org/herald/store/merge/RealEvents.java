package org.herald.store.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads real events back: the counts of the real events some event rows report, and one real event's mentions. */
public final class RealEvents {
    /** The most mentions {@link #of} lists (the counts still count them all). */
    public static final int MAX_MENTIONS = 1000;

    /** A real event's id (its first row's) and its numbers of mentions, sources and articles. */
    public record Counts(long mergedId, long numMentions, long numSources, long numArticles) {}

    /** One mention: its event row, article, sentence, date, confidence (NaN without the model), outlet and near-duplicate flag. */
    public record Mention(long eventId, String articleId, int sentence, LocalDate date, double confidence, String sourceName,
                          String nearDuplicateOf) {}

    public record RealEvent(Counts counts, List<Mention> mentions) {}

    private RealEvents() {}

    /** The counts of the real event each of these event rows reports, by row id (rows no longer stored are left out). */
    public static Map<Long, Counts> counts(Connection c, List<Long> eventIds) throws SQLException {
        Map<Long, Counts> out = new HashMap<>();
        if (eventIds.isEmpty()) return out;
        String marks = String.join(", ", Collections.nCopies(eventIds.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("WITH mine AS (SELECT e.id AS event_id, coalesce(m.merged_id, e.id) AS merged_id FROM events e "
                + "LEFT JOIN event_mentions m ON m.event_id = e.id WHERE e.id IN (" + marks + ")), "
                + "r AS (" + MergeCounts.realEvents("WHERE coalesce(m.merged_id, e.id) IN (SELECT merged_id FROM mine)") + ") "
                + "SELECT mine.event_id, r.merged_id, r.num_mentions, r.num_sources, r.num_articles FROM mine JOIN r ON r.merged_id = mine.merged_id")) {
            for (int i = 0; i < eventIds.size(); i++) ps.setLong(i + 1, eventIds.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
            }
        }
        return out;
    }

    /** The real event the event row {@code eventId} reports, with its first {@link #MAX_MENTIONS} mentions in the order stored. */
    public static Optional<RealEvent> of(Connection c, long eventId) throws SQLException {
        Map<Long, Counts> counts = counts(c, List.of(eventId));
        Counts n = counts.get(eventId);
        if (n == null) return Optional.empty();
        List<Mention> mentions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.article_id, e.sentence, coalesce(m.date, e.date), coalesce(m.confidence, e.confidence), "
                + "coalesce(m.source_name, a.source), d.duplicate_of FROM events e LEFT JOIN event_mentions m ON m.event_id = e.id "
                + "LEFT JOIN articles a ON a.id = e.article_id LEFT JOIN near_duplicates d ON d.article_id = e.article_id "
                + "WHERE coalesce(m.merged_id, e.id) = ? ORDER BY e.id LIMIT " + MAX_MENTIONS)) {
            ps.setLong(1, n.mergedId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double conf = rs.getDouble(5);
                    if (rs.wasNull()) conf = Double.NaN;
                    mentions.add(new Mention(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDate(4).toLocalDate(), conf, rs.getString(6),
                            rs.getString(7)));
                }
            }
        }
        return Optional.of(new RealEvent(n, mentions));
    }
}
