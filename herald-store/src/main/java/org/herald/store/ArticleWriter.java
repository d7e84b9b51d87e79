package org.herald.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.herald.model.ActorMention;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.store.merge.MentionMerger;

/**
 * Writes one coded article in one transaction on the writer connection: the article, its sentences, mentions,
 * events, quotes and figures commit together or not at all; the same id and content is a no-op, changed content replaces the old coding.
 */
final class ArticleWriter {
    private ArticleWriter() {}

    static EventStore.IngestResult ingest(Connection conn, CodedArticle coded, MentionMerger merger) {
        Article a = coded.article();
        String hash = EventStore.contentHash(a);
        try {
            conn.setAutoCommit(false);
            EventStore.Status status = EventStore.Status.NEW;
            try (PreparedStatement ps = conn.prepareStatement("SELECT content_hash FROM articles WHERE id = ?")) {
                ps.setString(1, a.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        if (rs.getString(1).equals(hash)) {
                            conn.rollback();
                            return new EventStore.IngestResult(a.id(), EventStore.Status.UNCHANGED, countEvents(conn, a.id()));
                        }
                        status = EventStore.Status.REPLACED;
                    }
                }
            }
            if (status == EventStore.Status.REPLACED) {
                merger.remove(conn, a.id()); // before its rows go: the real events it reported lose its mentions
                deleteArticle(conn, a.id());
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO articles (id, date, source, title, body, content_hash, ingested_at, discarded) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, a.id());
                ps.setDate(2, Date.valueOf(a.date()));
                ps.setString(3, a.source());
                ps.setString(4, a.title());
                ps.setString(5, a.body());
                ps.setString(6, hash);
                ps.setTimestamp(7, Timestamp.from(Instant.now()));
                if (coded.isDiscarded()) ps.setString(8, coded.discarded());
                else ps.setNull(8, java.sql.Types.VARCHAR);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO sentences VALUES (?, ?, ?)")) {
                for (int i = 0; i < coded.sentences().size(); i++) {
                    ps.setString(1, a.id());
                    ps.setInt(2, i);
                    ps.setString(3, coded.sentences().get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO actor_mentions VALUES (?, ?, ?, ?, ?, ?)")) {
                for (ActorMention m : coded.mentions()) {
                    ps.setString(1, a.id());
                    ps.setInt(2, m.sentence());
                    ps.setInt(3, m.head());
                    ps.setString(4, m.code());
                    ps.setString(5, m.text());
                    ps.setString(6, m.how());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<Long> eventIds = new java.util.ArrayList<>(coded.events().size());
            for (Event e : coded.events()) eventIds.add(insertEvent(conn, e));
            ClaimRows.insert(conn, coded.quotes(), coded.figures(), eventIds);
            merger.add(conn, a, eventIds, coded.events()); // its mentions join the real events stored, or start their own
            conn.commit();
            return new EventStore.IngestResult(a.id(), status, coded.events().size());
        } catch (SQLException | RuntimeException e) {
            merger.forget(); // its lookups may hold what was rolled back
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // the original error is the one to report
            }
            throw new StoreException("ingest of article " + a.id() + " failed, nothing stored: " + e.getMessage(), e);
        } finally {
            try {
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // connection is unusable anyway
            }
        }
    }

    /** The tables holding an article's rows by {@code article_id}, besides {@code articles} itself. */
    static final List<String> ROWS_OF_ARTICLES = List.of("quotes", "figures", "event_mentions", "events", "actor_mentions", "sentences");

    private static void deleteArticle(Connection conn, String id) throws SQLException {
        deleteArticles(conn, "= ?", id);
    }

    /**
     * Deletes the rows of the articles whose id matches {@code match} ("= ?" with its argument, or "IN (SELECT ...)"),
     * theirs in every table and then the articles'.
     */
    static void deleteArticles(Connection conn, String match, String... args) throws SQLException {
        List<String> sql = new java.util.ArrayList<>();
        for (String table : ROWS_OF_ARTICLES) sql.add("DELETE FROM " + table + " WHERE article_id " + match);
        sql.add("DELETE FROM articles WHERE id " + match);
        for (String one : sql) {
            try (PreparedStatement ps = conn.prepareStatement(one)) {
                for (int i = 0; i < args.length; i++) ps.setString(i + 1, args[i]);
                ps.executeUpdate();
            }
        }
    }

    /** Writes the event's row and returns its id; its mention row is the merger's ({@link MentionMerger#add}). */
    private static long insertEvent(Connection conn, Event e) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(EventRows.insert())) {
            EventRows.bind(ps, e);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int countEvents(Connection conn, String articleId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM events WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
