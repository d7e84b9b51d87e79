package org.herald.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GDELT 2.0 event table's column names and order (herald/store/gdelt-2.0-event-columns.txt), and the SQL
 * that fills the ones Herald has; the others stay empty so GDELT scripts read the file unchanged. One row per real
 * event, as in GDELT: its first mention's fields, with the numbers of mentions, sources and articles of all of them.
 */
final class GdeltColumns {
    private static final Map<String, String> HERALD = Map.ofEntries(
            Map.entry("GLOBALEVENTID", "r.merged_id"),
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
            // One row per real event (its first mention's row), counted over all its mentions: MergeCounts.REAL_EVENTS.
            Map.entry("NumMentions", "r.num_mentions"),
            Map.entry("NumSources", "r.num_sources"),
            Map.entry("NumArticles", "r.num_articles"),
            Map.entry("DATEADDED", "(SELECT strftime(a.ingested_at, '%Y%m%d%H%M%S') FROM articles a WHERE a.id = events.article_id)"),
            Map.entry("SOURCEURL", "(SELECT a.source FROM articles a WHERE a.id = events.article_id)"),
            // Where the event happened. GDELT's geographic types: 1 country, 2 US state, 3 US city, 4 world city, 5 world
            // state. Herald's country codes are ISO 3166 alpha-3 (GDELT's are FIPS 10-4) and its ADM1 codes are the
            // country code followed by GeoNames' first-level code.
            Map.entry("ActionGeo_Type", "CASE location_precision WHEN 'country' THEN 1 WHEN 'region' THEN CASE WHEN location_country = 'USA' THEN 2 ELSE 5 END "
                    + "WHEN 'city' THEN CASE WHEN location_country = 'USA' THEN 3 ELSE 4 END END"),
            Map.entry("ActionGeo_FullName", "CASE WHEN location_id <> '' THEN concat_ws(', ', location_name, NULLIF(location_region, location_name), location_country) END"),
            Map.entry("ActionGeo_CountryCode", "NULLIF(location_country, '')"),
            Map.entry("ActionGeo_ADM1Code", "CASE WHEN location_admin1 <> '' THEN location_country || location_admin1 WHEN location_id <> '' THEN location_country END"),
            Map.entry("ActionGeo_Lat", "location_lat"),
            Map.entry("ActionGeo_Long", "location_lon"),
            Map.entry("ActionGeo_FeatureID", "CASE WHEN starts_with(location_id, 'geonames:') THEN substr(location_id, 10) ELSE NULLIF(location_id, '') END"));

    private GdeltColumns() {}

    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String line : org.herald.dict.Resources.text("herald/store/gdelt-2.0-event-columns.txt").split("\n")) if (!line.isBlank()) out.add(line.strip());
        return out;
    }

    static String select() {
        List<String> cols = new ArrayList<>();
        for (String n : names()) cols.add(HERALD.getOrDefault(n, "NULL") + " AS \"" + n + "\"");
        return "SELECT " + String.join(", ", cols) + " FROM events JOIN (" + org.herald.store.merge.MergeCounts.REAL_EVENTS
                + ") r ON r.first_id = events.id ORDER BY r.merged_id";
    }
}
