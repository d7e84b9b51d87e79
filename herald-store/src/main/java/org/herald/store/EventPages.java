package org.herald.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Pages of events for a query, on one reader connection and snapshot. The ids are sorted on four narrow columns
 * with the total counted in the same scan (count(*) OVER ()); only then are the wanted rows read, since reading a
 * row costs all its wide columns.
 */
final class EventPages {
    private EventPages() {}

    static EventStore.IdPage read(Connection c, EventQuery q, LongPredicate known) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = EventRows.where(q, args);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.limit());
        pageArgs.add(q.offset());
        List<Long> ids = new ArrayList<>();
        long total = -1;
        try (PreparedStatement ps = EventRows.prepare(c, "SELECT id, count(*) OVER () FROM events" + where
                + " ORDER BY date DESC, article_id, sentence, id LIMIT ? OFFSET ?", pageArgs)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    total = rs.getLong(2);
                }
            }
        }
        if (total < 0) total = count(c, where, args); // a page past the end has no row to carry the total
        List<Long> wanted = ids.stream().filter(id -> !known.test(id)).toList();
        return new EventStore.IdPage(total, q.limit(), q.offset(), List.copyOf(ids), rows(c, wanted));
    }

    private static long count(Connection c, String where, List<Object> args) throws SQLException {
        try (PreparedStatement ps = EventRows.prepare(c, "SELECT count(*) FROM events" + where, args); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The rows of these ids (those still stored), keyed by id. */
    static Map<Long, StoredEvent> rows(Connection c, List<Long> ids) throws SQLException {
        Map<Long, StoredEvent> out = new java.util.HashMap<>();
        if (ids.isEmpty()) return out;
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = EventRows.prepare(c, "SELECT " + EventRows.COLUMNS + " FROM events WHERE id IN (" + marks + ")", new ArrayList<>(ids));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                StoredEvent e = EventRows.read(rs);
                out.put(e.id(), e);
            }
        }
        return out;
    }
}
