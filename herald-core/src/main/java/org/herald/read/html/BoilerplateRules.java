package org.herald.read.html;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.dict.TsvTable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What of a page is not the story, as data ({@code herald/read/boilerplate.tsv}): element names, ARIA roles, words of
 * class and id names, and a link-density threshold. Applied to a page before Readability looks for its main text,
 * so a cookie banner or a related-stories list never competes with the story's paragraphs.
 */
public final class BoilerplateRules {
    private static final Set<String> NEVER_BY_HINT = Set.of("html", "body", "main", "article", "head");

    private final Set<String> tags = new HashSet<>();
    private final Set<String> roles = new HashSet<>();
    private final Set<String> hints = new HashSet<>();
    private double linkDensity = 1.0;
    private int minLinks = Integer.MAX_VALUE;

    private static volatile BoilerplateRules standard;

    /** Herald's rules, loaded once. */
    public static BoilerplateRules standard() {
        BoilerplateRules s = standard;
        if (s == null) standard = s = load(TsvTable.resource("herald/read/boilerplate.tsv", "kind", "value"));
        return s;
    }

    static BoilerplateRules load(TsvTable table) {
        BoilerplateRules r = new BoilerplateRules();
        for (TsvTable.Row row : table.rows()) {
            String value = row.get("value").toLowerCase(Locale.ROOT);
            if (value.isEmpty()) throw row.error("empty value");
            switch (row.get("kind")) {
                case "tag" -> r.tags.add(value);
                case "role" -> r.roles.add(value);
                case "hint" -> r.hints.add("-" + value + "-");
                case "setting" -> {
                    String[] kv = value.split("=", 2);
                    if (kv.length < 2) throw row.error("a setting is NAME=VALUE, not '" + value + "'");
                    r.setting(row, kv[0].strip(), kv[1].strip());
                }
                default -> throw row.error("unknown kind '" + row.get("kind") + "' (tag, role, hint or setting)");
            }
        }
        return r;
    }

    private void setting(TsvTable.Row row, String name, String value) {
        try {
            switch (name) {
                case "link_density" -> linkDensity = Double.parseDouble(value);
                case "min_links" -> minLinks = Integer.parseInt(value);
                default -> throw row.error("unknown setting '" + name + "' (link_density, min_links)");
            }
        } catch (NumberFormatException e) {
            throw row.error("setting " + name + " needs a number, not '" + value + "'");
        }
    }

    /** Removes the boilerplate from the document in place. */
    public void strip(Document doc) {
        for (Element e : List.copyOf(doc.getAllElements())) {
            if (e.parent() == null && e != doc) continue; // already removed with an ancestor
            if (e == doc) continue;
            String tag = e.normalName();
            if (tags.contains(tag) || roles.contains(e.attr("role").strip().toLowerCase(Locale.ROOT))) {
                if (!NEVER_BY_HINT.contains(tag)) e.remove();
                continue;
            }
            if (NEVER_BY_HINT.contains(tag) || !e.select("article, main").isEmpty()) continue;
            if (hinted(e) || linkList(e)) e.remove();
        }
    }

    private boolean hinted(Element e) {
        String names = words(e.className()) + words(e.id());
        if (names.isEmpty()) return false;
        for (String h : hints) if (names.contains(h)) return true;
        return false;
    }

    /** "site-Cookie_banner x" -> "-site-cookie-banner-x-". */
    private static String words(String s) {
        if (s.isBlank()) return "";
        return "-" + String.join("-", s.toLowerCase(Locale.ROOT).strip().split("[-_\\s]+")) + "-";
    }

    private boolean linkList(Element e) {
        String tag = e.normalName();
        if (!(tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section") || tag.equals("table"))) return false;
        var links = e.select("a");
        if (links.size() < minLinks) return false;
        int all = e.text().length();
        if (all == 0) return true;
        int linked = 0;
        for (Element a : links) linked += a.text().length();
        return linked > linkDensity * all;
    }
}
