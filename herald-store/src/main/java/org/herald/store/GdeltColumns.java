package org.herald.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GDELT 2.0 event table's column names and order (herald/store/gdelt-2.0-event-columns.txt), and the SQL
 * that fills the ones Herald has; the others stay empty so GDELT scripts read the file unchanged.
 */
final class GdeltColumns {
    private static final Map<String, String> HERALD = Map.ofEntries(
            Map.entry("GLOBALEVENTID", "id"),
            Map.entry("SQLDATE", "strftime(date, '%Y%m%d')"),
            Map.entry("MonthYear", "strftime(date, '%Y%m')"),
            Map.entry("Year", "year(date)"),
            Map.entry("FractionDate", "round(year(date) + (dayofyear(date) - 1) / 365.0, 4)"),
            Map.entry("Actor1Code", "source"),
            Map.entry("Actor1Name", "source_text"),
            Map.entry("Actor1CountryCode", "CASE WHEN regexp_matches(source, '^[A-Z]{3}') AND NOT starts_with(source, 'IGO') AND NOT starts_with(source, 'NGO') THEN left(source, 3) END"),
            Map.entry("Actor1Type1Code", "CASE WHEN length(source) >= 6 THEN substr(source, 4, 3) END"),
            Map.entry("Actor2Code", "target"),
            Map.entry("Actor2Name", "target_text"),
            Map.entry("Actor2CountryCode", "CASE WHEN regexp_matches(target, '^[A-Z]{3}') AND NOT starts_with(target, 'IGO') AND NOT starts_with(target, 'NGO') THEN left(target, 3) END"),
            Map.entry("Actor2Type1Code", "CASE WHEN length(target) >= 6 THEN substr(target, 4, 3) END"),
            Map.entry("IsRootEvent", "CASE WHEN sentence <= 1 THEN 1 ELSE 0 END"),
            Map.entry("EventCode", "code"),
            Map.entry("EventBaseCode", "left(code, 3)"),
            Map.entry("EventRootCode", "root"),
            Map.entry("QuadClass", "quad_class"),
            Map.entry("GoldsteinScale", "goldstein"),
            Map.entry("NumMentions", "(SELECT count(*) FROM event_mentions m WHERE m.event_id = events.id)"),
            Map.entry("NumSources", "1"),
            Map.entry("NumArticles", "(SELECT count(DISTINCT m.article_id) FROM event_mentions m WHERE m.event_id = events.id)"),
            Map.entry("DATEADDED", "(SELECT strftime(a.ingested_at, '%Y%m%d%H%M%S') FROM articles a WHERE a.id = events.article_id)"),
            Map.entry("SOURCEURL", "(SELECT a.source FROM articles a WHERE a.id = events.article_id)"));

    private GdeltColumns() {}

    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String line : org.herald.dict.Resources.text("herald/store/gdelt-2.0-event-columns.txt").split("\n")) if (!line.isBlank()) out.add(line.strip());
        return out;
    }

    static String select() {
        List<String> cols = new ArrayList<>();
        for (String n : names()) cols.add(HERALD.getOrDefault(n, "NULL") + " AS \"" + n + "\"");
        return "SELECT " + String.join(", ", cols) + " FROM events ORDER BY id";
    }
}
