package org.herald.store.merge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Repairs a store that recorded schema version 8 while V8 was a reserved, empty file on main (between the merges of
 * the watch and event-merge branches): such a store lacks the merge's columns and tables, and the migration loop will
 * never run V8 on it again. V8 is written to run twice safely, so it is simply run once more.
 */
public final class MergeSchema {
    private MergeSchema() {}

    /** True when it had to run V8 again. */
    public static boolean repair(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'event_mentions' AND column_name = 'merged_id'")) {
            rs.next();
            if (rs.getLong(1) > 0) return false;
        }
        String sql = org.herald.dict.Resources.text("herald/store/migrations/V8__event_merge.sql");
        try (Statement st = c.createStatement()) {
            for (String stmt : sql.replaceAll("(?m)^--.*$", "").split(";")) if (!stmt.isBlank()) st.execute(stmt);
        }
        return true;
    }
}
