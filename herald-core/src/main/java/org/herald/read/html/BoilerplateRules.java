package org.herald.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * Removes the boilerplate from the document in place. One pass down the tree to decide and one up to sum text and
     * link lengths: linear in the page, so a page of 200,000 nested elements costs what its size costs.
     */
    public void strip(Document doc) {
        List<Element> all = doc.getAllElements();
        Map<Element, int[]> sums = sums(all); // text length, link text length, links
        Set<Element> holdsStory = new HashSet<>();
        for (Element e : all) {
            if (!e.normalName().equals("article") && !e.normalName().equals("main")) continue;
            for (Element up = e; up != null && holdsStory.add(up); up = up.parent()) {
                // every ancestor of an article or main is marked once
            }
        }
        Set<Element> gone = new HashSet<>();
        List<Element> remove = new ArrayList<>();
        for (Element e : all) {
            if (e == doc) continue;
            if (e.parent() != null && gone.contains(e.parent())) {
                gone.add(e); // inside something already removed
                continue;
            }
            String tag = e.normalName();
            boolean byTag = tags.contains(tag) || roles.contains(e.attr("role").strip().toLowerCase(Locale.ROOT));
            boolean drop = byTag ? !NEVER_BY_HINT.contains(tag)
                    : !NEVER_BY_HINT.contains(tag) && !holdsStory.contains(e) && (hinted(e) || linkList(tag, sums.get(e)));
            if (drop) {
                gone.add(e);
                remove.add(e);
            }
        }
        remove.forEach(Element::remove);
    }

    /** Per element, summed from the leaves up: its text length, the length of its text inside links, its links. */
    private static Map<Element, int[]> sums(List<Element> all) {
        Map<Element, int[]> sums = new HashMap<>();
        for (Element e : all) {
            int own = 0;
            for (org.jsoup.nodes.TextNode t : e.textNodes()) own += t.text().strip().length();
            sums.put(e, new int[] {own, 0, 0});
        }
        for (int i = all.size() - 1; i >= 0; i--) { // children come after their parents in document order
            Element e = all.get(i);
            int[] s = sums.get(e);
            if (e.normalName().equals("a")) {
                s[1] = s[0];
                s[2]++;
            }
            Element p = e.parent();
            int[] ps = p == null ? null : sums.get(p);
            if (ps != null) {
                ps[0] += s[0];
                ps[1] += s[1];
                ps[2] += s[2];
            }
        }
        return sums;
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

    /** A list or block of at least min_links links whose text is mostly link text. */
    private boolean linkList(String tag, int[] sums) {
        if (!(tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section") || tag.equals("table"))) return false;
        if (sums[2] < minLinks) return false;
        return sums[0] == 0 || sums[1] > linkDensity * sums[0];
    }
}
