package org.herald.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Locale;

/**
 * Whole tables written to files with DuckDB's COPY: {@code events} (jsonl and parquet: every stored mention in the
 * store's columns; csv: GDELT 2.0's event columns, one row per real event), {@code mentions} (GDELT's Mentions table),
 * {@code quotes} and {@code figures}. One place says which formats exist and how each is written.
 */
final class StoreExports {
    private final ReaderPool readers;

    StoreExports(ReaderPool readers) {
        this.readers = readers;
    }

    void export(String table, String format, Path out) {
        String f = format.toLowerCase(Locale.ROOT);
        String options = switch (f) {
            case "jsonl", "json" -> "(FORMAT JSON)";
            case "parquet" -> "(FORMAT PARQUET)";
            case "csv", "gdelt" -> "(FORMAT CSV, HEADER TRUE)";
            default -> throw new IllegalArgumentException("unknown export format '" + format + "' (use jsonl, csv or parquet)");
        };
        boolean csv = f.equals("csv") || f.equals("gdelt");
        String select = switch (table) {
            case "events" -> csv ? GdeltColumns.select() : "SELECT " + EventRows.COLUMNS + " FROM events ORDER BY id";
            case "mentions" -> GdeltMentions.select(f);
            // CSV has no lists: a quote's event ids become "[1, 2]" text there.
            case "quotes" -> "SELECT " + (csv ? ClaimRows.QUOTE_COLUMNS
                    : ClaimRows.QUOTE_COLUMNS.replace("CAST(event_ids AS VARCHAR) AS event_ids", "event_ids")) + " FROM quotes ORDER BY id";
            case "figures" -> "SELECT " + ClaimRows.FIGURE_COLUMNS + " FROM figures ORDER BY id";
            default -> throw new IllegalArgumentException("unknown table '" + table + "' (use events, mentions, quotes or figures)");
        };
        try {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
        } catch (IOException e) {
            throw new StoreException("export to " + out + " failed: " + e.getMessage(), e);
        }
        readers.read("export to " + out, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("COPY (" + select + ") TO '" + out.toAbsolutePath().toString().replace("'", "''") + "' " + options);
            }
            return null;
        });
    }
}
