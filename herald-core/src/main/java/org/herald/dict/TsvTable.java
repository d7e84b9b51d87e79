package org.herald.dict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated data file with a header line; '#' lines are comments. Every row remembers its file and line
 * so loaders can report exactly where a bad entry is.
 */
public final class TsvTable {
    /** One data row. Missing trailing columns read as "". */
    public record Row(String file, int line, List<String> header, String[] cells) {
        public String get(String column) {
            int i = header.indexOf(column);
            if (i < 0) throw new IllegalArgumentException("no column " + column);
            return i < cells.length ? cells[i].strip() : "";
        }

        /** A '|'-separated list column, blanks dropped. */
        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) return List.of();
            return Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public DictionaryException error(String message) {
            return new DictionaryException(file, line, message);
        }
    }

    private final List<Row> rows;

    private TsvTable(List<Row> rows) { this.rows = rows; }

    public List<Row> rows() { return rows; }

    /** Loads a classpath resource, e.g. "herald/dictionaries/countries.tsv". */
    public static TsvTable resource(String path, String... requiredColumns) {
        String text;
        try {
            text = Resources.text(path);
        } catch (IllegalStateException e) {
            throw new DictionaryException(path, 0, "resource not found");
        }
        return parse(path, text, requiredColumns);
    }

    public static TsvTable file(Path path, String... requiredColumns) {
        try {
            return parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8), requiredColumns);
        } catch (IOException e) {
            throw new DictionaryException(path.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    public static TsvTable parse(String name, String text, String... requiredColumns) {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = List.of(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
                for (String c : requiredColumns) {
                    if (!header.contains(c)) throw new DictionaryException(name, n + 1, "header lacks column '" + c + "': " + header);
                }
                continue;
            }
            if (cells.length > header.size()) {
                throw new DictionaryException(name, n + 1, "has " + cells.length + " columns, header has " + header.size());
            }
            rows.add(new Row(name, n + 1, header, cells));
        }
        if (header == null) throw new DictionaryException(name, 1, "no header line");
        return new TsvTable(rows);
    }
}
