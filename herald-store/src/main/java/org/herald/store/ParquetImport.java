package org.herald.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Loads a Herald Parquet output (the Spark job's {@code OUT/}: articles, events, mentions, quotes, figures) into a
 * store, in one transaction on the writer connection: an article already stored is replaced with everything of it,
 * as a re-ingest would, and nothing is changed when any part fails. Ids are kept as the job wrote them.
 */
final class ParquetImport {
    static final List<String> PARTS = List.of("articles", "events", "mentions", "quotes", "figures");

    private ParquetImport() {}

    /** {@link #run} in a transaction of its own: committed whole or rolled back whole. */
    static long[] inTransaction(Connection c, Path dir) {
        try {
            c.setAutoCommit(false);
            try {
                long[] counts = run(c, dir);
                c.commit();
                return counts;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("import of " + dir + " failed: " + e.getMessage(), e);
        }
    }

    /** Articles and events read; throws (naming the part) when a part is missing or does not have Herald's columns. */
    static long[] run(Connection c, Path dir) throws SQLException {
        for (String part : PARTS) {
            if (!Files.isDirectory(dir.resolve(part))) throw new IllegalArgumentException(dir + " has no " + part + "/ directory: not a Herald Parquet output");
        }
        try (Statement st = c.createStatement()) {
            for (String part : PARTS) {
                boolean partitioned = !part.equals("quotes") && !part.equals("figures");
                st.execute("CREATE OR REPLACE TEMP TABLE in_" + part + " AS SELECT * FROM read_parquet(" + glob(dir.resolve(part), partitioned)
                        + ", hive_partitioning = " + partitioned + ", union_by_name = true)");
            }
            // The merge's own rows of these articles (the store path's MentionMerger.remove), then everything else of them.
            for (String table : List.of("near_duplicates", "article_signatures")) {
                st.execute("DELETE FROM " + table + " WHERE article_id IN (SELECT id FROM in_articles)");
            }
            ArticleWriter.deleteArticles(c, "IN (SELECT id FROM in_articles)");
            st.execute("INSERT INTO articles (id, date, source, title, body, content_hash, ingested_at, discarded) "
                    + "SELECT id, CAST(date AS DATE), source, title, body, content_hash, ingested_at, discarded FROM in_articles");
            // The job's near-duplicate flags and signatures (outputs written before it flagged them have neither column):
            // later ingests compare with these articles, and the mentions' near_duplicate_of reads the flags, as after ingest.
            java.util.Set<String> articleColumns = columns(st, "in_articles");
            if (articleColumns.contains("signature")) {
                st.execute("INSERT INTO article_signatures SELECT id, signature FROM in_articles WHERE signature IS NOT NULL");
            }
            if (articleColumns.contains("near_duplicate_of")) {
                st.execute("INSERT INTO near_duplicates SELECT id, near_duplicate_of, near_duplicate_similarity FROM in_articles "
                        + "WHERE near_duplicate_of IS NOT NULL");
            }
            // An output written before events kept their trigger token has no such column: not known (NULL), as in the store.
            String eventColumns = EventRows.COLUMNS.replace("date,", "CAST(date AS DATE),");
            if (!columns(st, "in_events").contains("trigger_token")) eventColumns = eventColumns.replace("trigger_token,", "CAST(NULL AS INTEGER),");
            st.execute("INSERT INTO events (" + EventRows.COLUMNS + ") SELECT " + eventColumns + " FROM in_events");
            st.execute("INSERT INTO event_mentions (event_id, article_id, sentence, merged_id, date, confidence, source_name) "
                    + "SELECT event_id, article_id, sentence, merged_id, CAST(date AS DATE), confidence, source_name FROM in_mentions");
            String quoteColumns = ClaimRows.QUOTE_COLUMNS.replace("CAST(event_ids AS VARCHAR) AS event_ids", "event_ids");
            st.execute("INSERT INTO quotes (" + quoteColumns + ") SELECT " + quoteColumns + " FROM in_quotes");
            st.execute("INSERT INTO figures (" + ClaimRows.FIGURE_COLUMNS + ") SELECT " + ClaimRows.FIGURE_COLUMNS + " FROM in_figures");
            long[] counts = new long[2];
            try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM in_articles), (SELECT count(*) FROM in_events)")) {
                rs.next();
                counts[0] = rs.getLong(1);
                counts[1] = rs.getLong(2);
            }
            for (String part : PARTS) st.execute("DROP TABLE in_" + part);
            return counts;
        }
    }

    /** The column names of a table. */
    private static java.util.Set<String> columns(Statement st, String table) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) out.add(rs.getMetaData().getColumnName(i));
        }
        return out;
    }

    /** The Parquet files of one part: {@code part/date=.../*.parquet} when partitioned, {@code part/*.parquet} else. */
    private static String glob(Path part, boolean partitioned) {
        String p = part.toAbsolutePath() + (partitioned ? "/*/*.parquet" : "/*.parquet");
        return "'" + p.replace("'", "''") + "'";
    }
}
