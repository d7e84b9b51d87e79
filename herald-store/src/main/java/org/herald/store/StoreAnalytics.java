package org.herald.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's aggregate reads (actors, dyads, the network), on the store's reader connections. */
final class StoreAnalytics {
    private final ReaderPool readers;

    StoreAnalytics(ReaderPool readers) {
        this.readers = readers;
    }

    /** The actors with the most events (as source or target). */
    List<EventStore.ActorCount> actors(int limit) {
        String sql = "WITH a AS (SELECT source AS actor, 1 AS s, 0 AS t FROM events WHERE source <> '' "
                + "UNION ALL SELECT target, 0, 1 FROM events WHERE target <> '') "
                + "SELECT actor, count(*), sum(s), sum(t) FROM a GROUP BY actor ORDER BY count(*) DESC, actor LIMIT ?";
        return readers.read("actor query", c -> {
            List<EventStore.ActorCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, Math.max(1, Math.min(limit, EventQuery.MAX_LIMIT)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new EventStore.ActorCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return out;
        });
    }

    /** Daily or weekly counts and mean Goldstein of events between two actors (prefix match, both directions). */
    List<EventStore.DyadPoint> dyad(String a, String b, String interval) {
        String unit = "week".equalsIgnoreCase(interval) ? "week" : "day";
        String sql = "SELECT strftime(date_trunc('" + unit + "', date), '%Y-%m-%d') AS period, count(*), "
                + "count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4)), avg(goldstein) "
                + "FROM events WHERE (source LIKE ? AND target LIKE ?) OR (source LIKE ? AND target LIKE ?) "
                + "GROUP BY period ORDER BY period";
        return readers.read("dyad query", c -> {
            List<EventStore.DyadPoint> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, a + "%");
                ps.setString(2, b + "%");
                ps.setString(3, b + "%");
                ps.setString(4, a + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new EventStore.DyadPoint(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5)));
                }
            }
            return out;
        });
    }

    /** The actor network: directed edges weighted by event count and mean Goldstein, strongest first. */
    EventStore.Network network(int limit, LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT source, target, count(*), avg(goldstein) FROM events WHERE source <> '' AND target <> ''");
        if (from != null) { sql.append(" AND date >= ?"); args.add(Date.valueOf(from)); }
        if (to != null) { sql.append(" AND date <= ?"); args.add(Date.valueOf(to)); }
        sql.append(" GROUP BY source, target ORDER BY count(*) DESC, source, target LIMIT ?");
        args.add(Math.max(1, Math.min(limit, EventQuery.MAX_LIMIT)));
        List<EventStore.Edge> edges = readers.read("network query", c -> {
            List<EventStore.Edge> out = new ArrayList<>();
            try (PreparedStatement ps = EventRows.prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new EventStore.Edge(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4)));
            }
            return out;
        });
        Map<String, Long> nodes = new LinkedHashMap<>();
        for (EventStore.Edge e : edges) {
            nodes.merge(e.source(), e.events(), Long::sum);
            nodes.merge(e.target(), e.events(), Long::sum);
        }
        List<Map<String, Object>> nodeList = new ArrayList<>();
        nodes.forEach((id, n) -> nodeList.add(Map.of("id", id, "events", n)));
        return new EventStore.Network(nodeList, edges);
    }
}
