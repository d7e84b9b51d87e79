package org.herald.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@code herald watch} has dealt with (tables {@code seen_urls} and {@code validators}, migration V9): each
 * write commits on its own, on the store's writer connection under the store's lock, so a restart at any point
 * knows every URL whose outcome was written. An article is ingested before its URL is marked, so a crash between the
 * two re-fetches that one page and its re-ingest changes nothing (same id and content).
 */
public final class SeenUrls {
    /** Outcomes that end a URL's story; {@link #RETRY} does not. */
    public static final String INGESTED = "ingested", GONE = "gone", REFUSED = "refused", RETRY = "retry";

    public record Seen(String url, String outcome, String detail, int attempts) {
        public boolean done() {
            return !outcome.equals(RETRY);
        }
    }

    public record Validators(String etag, String lastModified) {}

    private final Connection conn;
    private final Object lock;

    SeenUrls(Connection conn, Object lock) {
        this.conn = conn;
        this.lock = lock;
    }

    public Optional<Seen> get(String url) {
        synchronized (lock) {
            try (PreparedStatement ps = conn.prepareStatement("SELECT outcome, detail, attempts FROM seen_urls WHERE url = ?")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Seen(url, rs.getString(1), rs.getString(2), rs.getInt(3))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read seen_urls: " + e.getMessage(), e);
            }
        }
    }

    /** Records a URL's outcome; a {@link #RETRY} counts one more attempt. */
    public void mark(String url, String outcome, String detail, String articleId, String feed) {
        synchronized (lock) {
            int attempts = get(url).map(Seen::attempts).orElse(0) + 1;
            try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO seen_urls VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, url);
                ps.setString(2, outcome);
                ps.setString(3, detail);
                ps.setString(4, articleId);
                ps.setString(5, feed);
                ps.setInt(6, attempts);
                ps.setTimestamp(7, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot write seen_urls: " + e.getMessage(), e);
            }
        }
    }

    public Optional<Validators> validators(String url) {
        synchronized (lock) {
            try (PreparedStatement ps = conn.prepareStatement("SELECT etag, last_modified FROM validators WHERE url = ?")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Validators(rs.getString(1), rs.getString(2))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read validators: " + e.getMessage(), e);
            }
        }
    }

    public void validators(String url, Validators v) {
        synchronized (lock) {
            try (PreparedStatement ps = conn.prepareStatement("INSERT OR REPLACE INTO validators VALUES (?, ?, ?, ?)")) {
                ps.setString(1, url);
                ps.setString(2, v.etag());
                ps.setString(3, v.lastModified());
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("cannot write validators: " + e.getMessage(), e);
            }
        }
    }
}
