package org.herald.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.herald.model.Figure;
import org.herald.model.Quote;

/**
 * How quotes and figures are laid out in the {@code quotes} and {@code figures} tables: the rows an ingest writes
 * (events named by their store ids), the records read back, and the filters of {@link ClaimQuery}.
 */
final class ClaimRows {
    static final String QUOTE_COLUMNS = "id, article_id, sentence, kind, speaker, speaker_text, verb, text, begin_char, end_char, "
            + "CAST(event_ids AS VARCHAR) AS event_ids, speaker_how";
    static final String FIGURE_COLUMNS = "id, article_id, sentence, value, low, high, unit, category, counted, among, qualifier, claimant, "
            + "claimant_text, event_id, text, begin_char, end_char";

    private ClaimRows() {}

    /** Writes the article's quotes and figures; {@code eventIds} are the store ids of its events, in the article's order. */
    static void insert(Connection conn, List<Quote> quotes, List<Figure> figures, List<Long> eventIds) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO quotes (article_id, sentence, kind, speaker, speaker_text, verb, text, "
                + "begin_char, end_char, event_ids, speaker_how) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS BIGINT[]), ?)")) {
            for (Quote q : quotes) {
                int i = 1;
                ps.setString(i++, q.articleId());
                ps.setInt(i++, q.sentence());
                ps.setString(i++, q.kind());
                ps.setString(i++, q.speaker());
                ps.setString(i++, q.speakerText());
                ps.setString(i++, q.verb());
                ps.setString(i++, q.text());
                ps.setInt(i++, q.begin());
                ps.setInt(i++, q.end());
                ps.setString(i++, "[" + q.events().stream().map(e -> Long.toString(idOf(eventIds, e))).collect(Collectors.joining(", ")) + "]");
                ps.setString(i, q.speakerHow());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO figures (article_id, sentence, value, low, high, unit, category, counted, among, "
                + "qualifier, claimant, claimant_text, event_id, text, begin_char, end_char) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Figure f : figures) {
                int i = 1;
                ps.setString(i++, f.articleId());
                ps.setInt(i++, f.sentence());
                ps.setDouble(i++, f.value());
                i = SqlNumbers.bind(ps, i, f.low());
                i = SqlNumbers.bind(ps, i, f.high());
                ps.setString(i++, f.unit());
                ps.setString(i++, f.category());
                ps.setString(i++, f.counted());
                ps.setString(i++, f.among());
                ps.setString(i++, f.qualifier());
                ps.setString(i++, f.claimant());
                ps.setString(i++, f.claimantText());
                if (f.event() < 0) ps.setNull(i++, Types.BIGINT);
                else ps.setLong(i++, idOf(eventIds, f.event()));
                ps.setString(i++, f.text());
                ps.setInt(i++, f.begin());
                ps.setInt(i, f.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static long idOf(List<Long> eventIds, int index) {
        if (index < 0 || index >= eventIds.size()) {
            throw new IllegalArgumentException("a quote or figure names event " + index + " of an article with " + eventIds.size() + " events");
        }
        return eventIds.get(index);
    }

    static StoredQuote quote(ResultSet rs) throws SQLException {
        List<Long> ids = new ArrayList<>();
        String list = rs.getString("event_ids");
        if (list != null) {
            for (String part : list.replace("[", "").replace("]", "").split(",")) if (!part.isBlank()) ids.add(Long.parseLong(part.strip()));
        }
        Quote q = new Quote(rs.getString("article_id"), rs.getInt("sentence"), rs.getInt("begin_char"), rs.getInt("end_char"), rs.getString("text"),
                rs.getString("kind"), rs.getString("speaker"), rs.getString("speaker_text"), rs.getString("speaker_how"), rs.getString("verb"), List.of());
        return new StoredQuote(rs.getLong("id"), q, ids);
    }

    static StoredFigure figure(ResultSet rs) throws SQLException {
        long event = rs.getLong("event_id");
        Long eventId = rs.wasNull() ? null : event;
        Figure f = new Figure(rs.getString("article_id"), rs.getInt("sentence"), rs.getInt("begin_char"), rs.getInt("end_char"), rs.getString("text"),
                rs.getDouble("value"), SqlNumbers.read(rs, "low"), SqlNumbers.read(rs, "high"), rs.getString("unit"), rs.getString("category"), rs.getString("counted"),
                rs.getString("among"), rs.getString("qualifier"), rs.getString("claimant"), rs.getString("claimant_text"), -1);
        return new StoredFigure(rs.getLong("id"), f, eventId);
    }

    /** The WHERE clause of a query on {@code quotes} ({@code figures} when {@code figureTable}), its arguments added to {@code args}. */
    static String where(ClaimQuery q, boolean figureTable, List<Object> args) {
        List<String> parts = new ArrayList<>();
        if (blank(q.articleId()) != null) {
            parts.add("article_id = ?");
            args.add(q.articleId());
        }
        if (blank(q.actor()) != null) {
            parts.add((figureTable ? "claimant" : "speaker") + " LIKE ? ESCAPE '\\'");
            args.add(EventQuery.likePrefix(q.actor().strip()));
        }
        if (blank(q.kind()) != null) {
            parts.add((figureTable ? "category" : "kind") + " = ?");
            args.add(q.kind().strip());
        }
        if (q.eventId() != null) {
            parts.add(figureTable ? "event_id = ?" : "list_contains(event_ids, ?)");
            args.add(q.eventId());
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
