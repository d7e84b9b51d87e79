package org.herald.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's in-memory {@link EventIndex}, if it has one, with its bounds: it follows every write, lets its text go
 * past the text bound and goes altogether past the events bound or when it cannot follow. Without it DuckDB
 * answers, so a stale index is never left behind. Writes are the store's (under its lock); reads take the current one.
 */
final class HeldIndex {
    private volatile EventIndex index;
    private long maxEvents, maxTextChars;

    EventIndex current() {
        return index;
    }

    /** Reads the index if the store has at most {@code maxEvents} events, with text while it fits {@code maxTextChars}. */
    boolean load(Connection conn, long maxEvents, long maxTextChars) throws SQLException {
        long n, chars;
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*), coalesce(sum(length(coalesce(evidence, '')) + length(coalesce(source_text, '')) + length(coalesce(target_text, ''))), 0) FROM events")) {
            rs.next();
            n = rs.getLong(1);
            chars = rs.getLong(2);
        }
        if (n > maxEvents) {
            System.err.println("herald: over " + maxEvents + " events: event pages are answered by DuckDB alone");
            return false;
        }
        if (chars > maxTextChars) textPastBound(maxTextChars);
        index = EventIndex.load(conn, chars <= maxTextChars);
        this.maxEvents = maxEvents;
        this.maxTextChars = maxTextChars;
        return true;
    }

    String state() {
        EventIndex in = index;
        return in == null ? "off" : in.holdsText() ? "filters and text" : "filters";
    }

    /** After a write: the article's rows (or, after free SQL, all rows, {@code articleId} null) read again. */
    void after(Connection conn, String articleId) {
        EventIndex in = index;
        if (in == null) return;
        try {
            if (articleId == null) in.rebuild(conn);
            else in.refresh(conn, articleId);
            if (in.size() > maxEvents) {
                drop("over " + maxEvents + " events");
            } else if (in.textChars() > maxTextChars) {
                index = null; // the text's memory goes before the index without it is read
                index = EventIndex.load(conn, false);
                textPastBound(maxTextChars);
            }
        } catch (SQLException | RuntimeException | OutOfMemoryError e) {
            drop(e.toString());
        }
    }

    private static void textPastBound(long maxTextChars) {
        System.err.println("herald: event text over " + maxTextChars + " characters: text search (q=) is answered by DuckDB");
    }

    private void drop(String why) {
        index = null;
        System.err.println("herald: event index dropped (" + why + "); event pages are answered by DuckDB");
    }
}
