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
                    + " ORDER BY article_id, sentence, begin_char, id LIMIT ? OFFSET ?", pageArgs); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) items.add(row.read(rs));
            }
            return new Page<>(total, q.limit(), q.offset(), items);
        });
    }

}
