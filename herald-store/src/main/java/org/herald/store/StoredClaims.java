package org.herald.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the stored quotes and figures ({@link EventStore#claims()}), each read on a reader connection in its own
 * transaction, like the events.
 */
public final class StoredClaims {
    /** A page of quotes or figures, with the total matching. */
    public record Page<T>(long total, int limit, int offset, List<T> items) {}

    /** Every quote and figure of one article, in the order of the pages (position in the article). */
    public record OfArticle(List<StoredQuote> quotes, List<StoredFigure> figures) {
        public OfArticle {
            quotes = List.copyOf(quotes);
            figures = List.copyOf(figures);
        }
    }

    private static final String ORDER = " ORDER BY article_id, sentence, begin_char, id";

    private final ReaderPool readers;

    StoredClaims(ReaderPool readers) {
        this.readers = readers;
    }

    /** Quotes matching the query, by article and position in it (article id, sentence, character). */
    public Page<StoredQuote> quotes(ClaimQuery q) {
        return page("quotes", ClaimRows.QUOTE_COLUMNS, q, false, ClaimRows::quote);
    }

    /** Figures matching the query, by article and position in it. */
    public Page<StoredFigure> figures(ClaimQuery q) {
        return page("figures", ClaimRows.FIGURE_COLUMNS, q, true, ClaimRows::figure);
    }

    /** All quotes and figures of an article, read in one transaction (no page limit: an article's own are few). */
    public OfArticle ofArticle(String articleId) {
        return readers.read("read of the quotes and figures of article " + articleId, c -> {
            ClaimQuery q = new ClaimQuery(articleId, null, null, null, EventQuery.MAX_LIMIT, 0);
            return new OfArticle(all(c, "quotes", ClaimRows.QUOTE_COLUMNS, q, false, ClaimRows::quote),
                    all(c, "figures", ClaimRows.FIGURE_COLUMNS, q, true, ClaimRows::figure));
        });
    }

    private static <T> List<T> all(java.sql.Connection c, String table, String columns, ClaimQuery q, boolean figureTable, Row<T> row) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = ClaimRows.where(q, figureTable, args);
        List<T> items = new ArrayList<>();
        try (PreparedStatement ps = EventRows.prepare(c, "SELECT " + columns + " FROM " + table + where + ORDER, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) items.add(row.read(rs));
        }
        return items;
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Page<T> page(String table, String columns, ClaimQuery q, boolean figureTable, Row<T> row) {
        return readers.read("read of " + table, c -> {
            List<Object> args = new ArrayList<>();
            String where = ClaimRows.where(q, figureTable, args);
            long total;
            try (PreparedStatement ps = EventRows.prepare(c, "SELECT count(*) FROM " + table + where, args); ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(q.limit());
            pageArgs.add(q.offset());
            List<T> items = new ArrayList<>();
            try (PreparedStatement ps = EventRows.prepare(c, "SELECT " + columns + " FROM " + table + where
                    + ORDER + " LIMIT ? OFFSET ?", pageArgs); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) items.add(row.read(rs));
            }
            return new Page<>(total, q.limit(), q.offset(), items);
        });
    }

}
