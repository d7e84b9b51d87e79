package org.herald.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.dict.TsvTable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's date, title and source as its metadata says them, tried in the order of
 * {@code herald/read/page-metadata.tsv} (Open Graph and article meta tags, JSON-LD, {@code <time>}, the title
 * element). The date is the one written on the page (a time's offset is not applied: "2026-03-01T23:30-05:00" is
 * March 1st, the publisher's day).
 */
public final class PageMetadata {
    /** What was found, and which rule gave the date ("meta article:published_time"); empty when none did. */
    public record Found(Optional<LocalDate> date, String dateFrom, String title, String site) {}

    private record Rule(String field, String where, String name) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SLASH_DAY = Pattern.compile("^\\s*(\\d{4})/(\\d{2})/(\\d{2})");
    private static final Pattern COMPACT_DAY = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})\\b");

    private final List<Rule> rules;
    private static volatile PageMetadata standard;

    private PageMetadata(List<Rule> rules) { this.rules = rules; }

    public static PageMetadata standard() {
        PageMetadata s = standard;
        if (s == null) standard = s = load(TsvTable.resource("herald/read/page-metadata.tsv", "field", "where", "name"));
        return s;
    }

    static PageMetadata load(TsvTable table) {
        List<Rule> rules = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String field = row.get("field");
            String where = row.get("where");
            if (!List.of("date", "title", "site").contains(field)) throw row.error("unknown field '" + field + "' (date, title or site)");
            if (!List.of("meta", "json-ld", "time", "tag").contains(where)) throw row.error("unknown place '" + where + "' (meta, json-ld, time or tag)");
            if (row.get("name").isEmpty()) throw row.error("empty name");
            rules.add(new Rule(field, where, row.get("name")));
        }
        return new PageMetadata(List.copyOf(rules));
    }

    /** Reads the metadata of a parsed page; the source falls back to the URL's host without "www.". */
    public Found read(Document doc, String url) {
        List<JsonNode> jsonLd = jsonLd(doc);
        Optional<LocalDate> date = Optional.empty();
        String dateFrom = "";
        String title = "";
        String site = "";
        for (Rule r : rules) {
            switch (r.field()) {
                case "date" -> {
                    if (date.isPresent()) continue;
                    Optional<LocalDate> d = value(doc, jsonLd, r).flatMap(PageMetadata::parseDate);
                    if (d.isPresent()) {
                        date = d;
                        dateFrom = r.where() + " " + r.name();
                    }
                }
                case "title" -> { if (title.isEmpty()) title = value(doc, jsonLd, r).orElse(""); }
                default -> { if (site.isEmpty()) site = value(doc, jsonLd, r).orElse(""); }
            }
        }
        if (site.isEmpty()) site = host(url);
        return new Found(date, dateFrom, title, site);
    }

    private static Optional<String> value(Document doc, List<JsonNode> jsonLd, Rule r) {
        Optional<String> v = switch (r.where()) {
            case "meta" -> meta(doc, r.name());
            case "json-ld" -> jsonLd.stream().map(n -> path(n, r.name())).flatMap(Optional::stream).findFirst();
            case "time" -> time(doc);
            default -> Optional.ofNullable(doc.selectFirst(r.name())).map(Element::text);
        };
        return v.map(s -> s.replaceAll("\\s+", " ").strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            for (String attr : List.of("property", "name", "itemprop")) {
                if (m.attr(attr).strip().equalsIgnoreCase(name)) return Optional.of(m.attr("content"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> time(Document doc) {
        Element marked = doc.selectFirst("time[datetime][itemprop=datePublished], time[datetime][pubdate]");
        Element t = marked != null ? marked : doc.selectFirst("time[datetime]");
        return Optional.ofNullable(t).map(e -> e.attr("datetime"));
    }

    /** Every JSON-LD object of the page, the members of lists and @graph included; a script that is no JSON is passed over. */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), out, 0);
            } catch (java.io.IOException | RuntimeException e) {
                // broken JSON-LD is common on real pages: the other sources of metadata still count
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) return;
        if (n.isArray()) {
            n.forEach(c -> collect(c, out, depth + 1));
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out, depth + 1);
        }
    }

    private static Optional<String> path(JsonNode n, String dotted) {
        JsonNode cur = n;
        for (String key : dotted.split("\\.")) {
            if (cur != null && cur.isArray() && !cur.isEmpty()) cur = cur.get(0);
            cur = cur == null ? null : cur.get(key);
        }
        return cur != null && cur.isValueNode() ? Optional.of(cur.asText()) : Optional.empty();
    }

    /** The day a date string names: YYYY-MM-DD at its start (any time after it), YYYY/MM/DD, YYYYMMDD or an HTTP date. */
    public static Optional<LocalDate> parseDate(String s) {
        for (Pattern p : List.of(ISO_DAY, SLASH_DAY, COMPACT_DAY)) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    return d.getYear() >= 1800 ? Optional.of(d) : Optional.empty();
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            if (h == null) return "";
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
