package org.herald.store.merge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What merging did to a store: its articles and how many are flagged near-duplicates, its coded events (mentions,
 * one row each) and the real events they merge into, and how many real events more than one mention, article or
 * source reports.
 */
public record MergeCounts(long articles, long nearDuplicates, long mentions, long realEvents, long multiMention, long multiArticle,
                          long multiSource) {
    /** Real events and their counts per mention group, as the GDELT export computes them (see {@link #REAL_EVENTS}). */
    public static MergeCounts of(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM articles), "
                + "(SELECT count(*) FROM near_duplicates), coalesce(sum(num_mentions), 0), count(*), count(*) FILTER (WHERE num_mentions > 1), "
                + "count(*) FILTER (WHERE num_articles > 1), count(*) FILTER (WHERE num_sources > 1) FROM (" + REAL_EVENTS + ")")) {
            rs.next();
            return new MergeCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
        }
    }

    /**
     * One row per real event: its id (merged_id), its first row in events (first_id) and its numbers of mentions,
     * sources (the outlets of its articles; an article without one counts as its own) and articles. An event row
     * without a mention row (written by hand with SQL) is a real event of its own.
     */
    public static final String REAL_EVENTS = realEvents("");

    /** {@link #REAL_EVENTS} over the event rows {@code where} keeps (a WHERE clause on events e and event_mentions m). */
    static String realEvents(String where) {
        return "SELECT coalesce(m.merged_id, e.id) AS merged_id, min(e.id) AS first_id, count(*) AS num_mentions, "
                + "count(DISTINCT coalesce(nullif(a.source, ''), chr(1) || e.article_id)) AS num_sources, count(DISTINCT e.article_id) AS num_articles "
                + "FROM events e LEFT JOIN event_mentions m ON m.event_id = e.id LEFT JOIN articles a ON a.id = e.article_id " + where + " GROUP BY 1";
    }
}
