package org.herald.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Event;
import org.herald.model.EventDate;
import org.herald.model.Location;

/** How an {@link Event} is laid out in the events table: its columns, the row it writes, the event it reads back, and query filters. */
final class EventRows {
    /** The stored columns, id first, in the order of the JSON and Parquet exports. */
    static final String COLUMNS = "id, article_id, sentence, date, date_end, date_precision, date_text, source, source_text, target, target_text, code, root, "
            + "code_name, goldstein, quad_class, plover_type, plover_mode, pattern, trigger, trigger_token, evidence, span, negated, attributed_to, explanation, "
            + "confidence, model_probability, model_types, location, location_id, location_name, location_country, location_region, "
            + "location_admin1, location_precision, location_lat, location_lon, location_how";
    private static final int WRITTEN = COLUMNS.split(",").length - 1;

    private EventRows() {}

    /** INSERT of every column but the id, returning the id. */
    static String insert() {
        return "INSERT INTO events (" + COLUMNS.substring(4) + ") VALUES (" + "?, ".repeat(WRITTEN - 1) + "?) RETURNING id";
    }

    static void bind(PreparedStatement ps, Event e) throws SQLException {
        int i = 1;
        ps.setString(i++, e.articleId());
        ps.setInt(i++, e.sentence());
        ps.setDate(i++, Date.valueOf(e.date()));
        ps.setDate(i++, Date.valueOf(e.when().end()));
        ps.setString(i++, e.when().precision());
        ps.setString(i++, e.when().text());
        ps.setString(i++, e.source());
        ps.setString(i++, e.sourceText());
        ps.setString(i++, e.target());
        ps.setString(i++, e.targetText());
        ps.setString(i++, e.code());
        ps.setString(i++, e.root());
        ps.setString(i++, e.codeName());
        ps.setDouble(i++, e.goldstein());
        ps.setInt(i++, e.quadClass());
        ps.setString(i++, e.ploverType());
        ps.setString(i++, e.ploverMode());
        ps.setString(i++, e.pattern());
        ps.setString(i++, e.trigger());
        if (e.triggerToken() > 0) ps.setInt(i++, e.triggerToken());
        else ps.setNull(i++, Types.INTEGER);
        ps.setString(i++, e.evidence());
        ps.setString(i++, e.span());
        ps.setBoolean(i++, e.negated());
        ps.setString(i++, e.attributedTo());
        ps.setString(i++, e.explanation());
        i = SqlNumbers.bind(ps, i, e.confidence());
        i = SqlNumbers.bind(ps, i, e.modelProbability());
        ps.setString(i++, e.modelTypes());
        Location l = e.location();
        ps.setString(i++, l.text());
        ps.setString(i++, l.placeId());
        ps.setString(i++, l.name());
        ps.setString(i++, l.country());
        ps.setString(i++, l.region());
        ps.setString(i++, l.admin1());
        ps.setString(i++, l.precision());
        i = SqlNumbers.bind(ps, i, l.known() ? l.lat() : Double.NaN);
        i = SqlNumbers.bind(ps, i, l.known() ? l.lon() : Double.NaN);
        ps.setString(i, l.how());
    }

    static StoredEvent read(ResultSet rs) throws SQLException {
        Location where = new Location(text(rs, "location"), text(rs, "location_id"), text(rs, "location_name"), SqlNumbers.read(rs, "location_lat"),
                SqlNumbers.read(rs, "location_lon"), text(rs, "location_country"), text(rs, "location_region"), text(rs, "location_admin1"),
                text(rs, "location_precision"), text(rs, "location_how"));
        Event e = new Event(rs.getString("article_id"), rs.getInt("sentence"), rs.getDate("date").toLocalDate(),
                rs.getString("source"), rs.getString("source_text"), rs.getString("target"), rs.getString("target_text"),
                rs.getString("code"), rs.getString("root"), rs.getString("code_name"), rs.getDouble("goldstein"),
                rs.getInt("quad_class"), rs.getString("plover_type"), rs.getString("plover_mode"), rs.getString("pattern"),
                rs.getString("trigger"), rs.getString("evidence"), rs.getString("span"), rs.getBoolean("negated"),
                rs.getString("attributed_to"), rs.getString("explanation"), SqlNumbers.read(rs, "confidence"), SqlNumbers.read(rs, "model_probability"),
                text(rs, "model_types"), where.known() ? where : Location.NONE, when(rs), triggerToken(rs));
        return new StoredEvent(rs.getLong("id"), e);
    }

    /** The stored event date; a row without one (written by hand) is dated by its article. */
    private static EventDate when(ResultSet rs) throws SQLException {
        java.time.LocalDate start = rs.getDate("date").toLocalDate();
        Date end = rs.getDate("date_end");
        String precision = text(rs, "date_precision");
        if (end == null || !EventDate.PRECISIONS.contains(precision) || end.toLocalDate().isBefore(start)) return EventDate.article(start);
        return new EventDate(start, end.toLocalDate(), precision, text(rs, "date_text"));
    }

    /** The stored trigger token; 0 (not known) for a row from before it was kept, or an impossible value. */
    private static int triggerToken(ResultSet rs) throws SQLException {
        int v = rs.getInt("trigger_token");
        return rs.wasNull() || v < 0 ? 0 : v;
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? "" : v;
    }

    /** A statement with its arguments bound in order. */
    static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
        return ps;
    }

    /** The WHERE clause of a query (empty for none), its arguments added to {@code args}. */
    static String where(EventQuery q, List<Object> args) {
        List<String> c = new ArrayList<>();
        if (q.from() != null) { c.add("date >= ?"); args.add(Date.valueOf(q.from())); }
        if (q.to() != null) { c.add("date <= ?"); args.add(Date.valueOf(q.to())); }
        // Filters are literal text: every LIKE pattern escapes the user's % _ and \ (EventQuery.likePrefix).
        if (!blank(q.actor())) {
            c.add("(source LIKE ? ESCAPE '\\' OR target LIKE ? ESCAPE '\\')");
            args.add(EventQuery.likePrefix(q.actor()));
            args.add(EventQuery.likePrefix(q.actor()));
        }
        if (!blank(q.source())) { c.add("source LIKE ? ESCAPE '\\'"); args.add(EventQuery.likePrefix(q.source())); }
        if (!blank(q.target())) { c.add("target LIKE ? ESCAPE '\\'"); args.add(EventQuery.likePrefix(q.target())); }
        if (!blank(q.country())) { c.add("(left(source, 3) = ? OR left(target, 3) = ?)"); args.add(q.country()); args.add(q.country()); }
        if (!blank(q.code())) { c.add("code LIKE ? ESCAPE '\\'"); args.add(EventQuery.likePrefix(q.code())); }
        if (!blank(q.root())) { c.add("root = ?"); args.add(q.root().length() == 1 ? "0" + q.root() : q.root()); }
        if (q.quadClass() != null) { c.add("quad_class = ?"); args.add(q.quadClass()); }
        if (!blank(q.text())) {
            c.add("(evidence ILIKE ? ESCAPE '\\' OR source_text ILIKE ? ESCAPE '\\' OR target_text ILIKE ? ESCAPE '\\')");
            for (int i = 0; i < 3; i++) args.add(EventQuery.likeContains(q.text()));
        }
        if (!blank(q.place())) { c.add("location_country = ?"); args.add(q.place()); }
        if (q.box() != null) {
            EventQuery.Box b = q.box();
            c.add("location_lat BETWEEN ? AND ?");
            args.add(b.south());
            args.add(b.north());
            // A box may cross the antimeridian (west > east): then it is the two sides of it.
            c.add(b.west() <= b.east() ? "location_lon BETWEEN ? AND ?" : "(location_lon >= ? OR location_lon <= ?)");
            args.add(b.west());
            args.add(b.east());
        }
        // One record per real event: its first mention (a row with no mention row is its own real event).
        if (q.distinct()) c.add("NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = events.id AND m.merged_id <> m.event_id)");
        return c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c);
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
