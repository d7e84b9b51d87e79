package org.herald.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mentions table's export: one row per coded event (a mention) naming its real event. As CSV in GDELT 2.0's
 * Mentions columns (herald/store/gdelt-2.0-mention-columns.txt; Herald's own event row id and near-duplicate flag in
 * {@code Extras}); as JSON Lines or Parquet in Herald's own columns.
 */
final class GdeltMentions {
    private static final String FROM = " FROM events e LEFT JOIN event_mentions m ON m.event_id = e.id LEFT JOIN articles a ON a.id = e.article_id "
            + "LEFT JOIN near_duplicates d ON d.article_id = e.article_id";
    private static final Map<String, String> HERALD = Map.ofEntries(
            Map.entry("GLOBALEVENTID", "coalesce(m.merged_id, e.id)"),
            Map.entry("EventTimeDate", "strftime(coalesce(m.date, e.date), '%Y%m%d000000')"),
            Map.entry("MentionTimeDate", "strftime(a.ingested_at, '%Y%m%d%H%M%S')"),
            Map.entry("MentionType", "1"), // a web document, as GDELT calls any news text
            Map.entry("MentionSourceName", "coalesce(m.source_name, a.source)"),
            Map.entry("MentionIdentifier", "e.article_id"),
            Map.entry("SentenceID", "e.sentence + 1"), // GDELT counts sentences from 1
            Map.entry("InRawText", "1"),
            Map.entry("Confidence", "round(100 * coalesce(m.confidence, e.confidence))"), // GDELT's percent
            Map.entry("MentionDocLen", "length(a.body)"),
            Map.entry("Extras", "concat('<HERALD_EVENT_ID>', e.id, '</HERALD_EVENT_ID>', "
                    + "CASE WHEN d.duplicate_of IS NOT NULL THEN concat('<NEAR_DUPLICATE_OF>', d.duplicate_of, '</NEAR_DUPLICATE_OF>') END)"));

    private GdeltMentions() {}

    static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String line : org.herald.dict.Resources.text("herald/store/gdelt-2.0-mention-columns.txt").split("\n")) if (!line.isBlank()) out.add(line.strip());
        return out;
    }

    static String select(String format) {
        String order = " ORDER BY coalesce(m.merged_id, e.id), e.id";
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv", "gdelt" -> {
                List<String> cols = new ArrayList<>();
                for (String n : names()) cols.add(HERALD.getOrDefault(n, "NULL") + " AS \"" + n + "\"");
                yield "SELECT " + String.join(", ", cols) + FROM + order;
            }
            case "jsonl", "json", "parquet" -> "SELECT coalesce(m.merged_id, e.id) AS merged_id, e.id AS event_id, e.article_id, e.sentence, "
                    + "coalesce(m.date, e.date) AS date, coalesce(m.confidence, e.confidence) AS confidence, coalesce(m.source_name, a.source) AS source_name, "
                    + "d.duplicate_of AS near_duplicate_of, d.similarity AS near_duplicate_similarity" + FROM + order;
            default -> throw new IllegalArgumentException("unknown export format '" + format + "' (use jsonl, csv or parquet)");
        };
    }
}
