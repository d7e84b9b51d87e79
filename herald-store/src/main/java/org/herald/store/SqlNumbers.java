package org.herald.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** A double that may be missing (NaN in Herald's records) as SQL NULL, both ways: one rule for every table's rows. */
final class SqlNumbers {
    private SqlNumbers() {}

    /** Binds {@code v} at parameter {@code i} (NULL for NaN); the next parameter index. */
    static int bind(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
        return i + 1;
    }

    /** The column's value, NaN for NULL. */
    static double read(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
