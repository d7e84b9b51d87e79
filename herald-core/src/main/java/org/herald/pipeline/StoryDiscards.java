package org.herald.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.herald.dict.TsvTable;
import org.herald.model.Article;

/**
 * Stories that only look political: sports, entertainment and business news ("Lakers crush Celtics", "Apple
 * attacks the tablet market") whose verbs would code as conflict. A story is discarded, with its reason, when its
 * lead names two different terms of one such domain and no political term (the data file
 * {@code herald/dictionaries/story-discards.tsv} says how terms match). Decided on the raw text, before parsing, so
 * a discarded story costs no CoreNLP time.
 */
public final class StoryDiscards {
    /** The headline and this many characters of the body: where a story says what it is about. */
    public static final int LEAD_CHARS = 600;

    static final String POLITICAL = "political";
    private static final Set<String> DOMAINS = Set.of("sports", "entertainment", "business", POLITICAL);

    public static final StoryDiscards NONE = new StoryDiscards(Map.of());

    private static volatile StoryDiscards standard;

    /** Compiled terms by domain, in file order. */
    private final Map<String, List<Term>> terms;

    private record Term(String text, Pattern pattern) {}

    private StoryDiscards(Map<String, List<Term>> terms) {
        this.terms = terms;
    }

    /** Herald's own list, loaded once. */
    public static StoryDiscards standard() {
        StoryDiscards s = standard;
        if (s == null) standard = s = of(TsvTable.resource("herald/dictionaries/story-discards.tsv", "domain", "term"));
        return s;
    }

    static StoryDiscards of(TsvTable table) {
        Map<String, List<Term>> out = new LinkedHashMap<>();
        for (TsvTable.Row r : table.rows()) {
            String domain = r.get("domain"), term = r.get("term");
            if (!DOMAINS.contains(domain)) throw r.error("unknown domain '" + domain + "' (use one of " + new TreeSet<>(DOMAINS) + ")");
            if (term.isEmpty()) throw r.error("empty term");
            boolean name = !term.equals(term.toLowerCase(Locale.ROOT));
            // Whole words: no letter or digit may touch the term on either side.
            String re = "(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])";
            out.computeIfAbsent(domain, d -> new ArrayList<>()).add(new Term(term, Pattern.compile(re, name ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        // Longer terms first: a phrase is counted and named before the word inside it ("tablet market", not "tablet").
        out.values().forEach(l -> l.sort(java.util.Comparator.comparingInt((Term t) -> -t.text().length())));
        return new StoryDiscards(out);
    }

    /** Why the story is not coded ("sports story: Lakers, Celtics"), or empty when it is. */
    public Optional<String> reason(Article a) {
        if (terms.isEmpty()) return Optional.empty();
        String body = a.body() == null ? "" : a.body();
        String lead = (a.title() == null ? "" : a.title()) + "\n" + body.substring(0, Math.min(body.length(), LEAD_CHARS));
        if (!found(POLITICAL, lead, 1).isEmpty()) return Optional.empty();
        for (String domain : terms.keySet()) {
            if (domain.equals(POLITICAL)) continue;
            List<String> hits = found(domain, lead, 2);
            if (hits.size() >= 2) return Optional.of(domain + " story: " + String.join(", ", hits));
        }
        return Optional.empty();
    }

    /**
     * Up to {@code enough} different terms of the domain found in the text, each at a place no other counted term
     * covers ("tablet market" is one term, not also "tablet").
     */
    private List<String> found(String domain, String text, int enough) {
        List<String> hits = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Term t : terms.getOrDefault(domain, List.of())) {
            java.util.regex.Matcher m = t.pattern().matcher(text);
            while (m.find()) {
                int b = m.start(), e = m.end();
                if (spans.stream().anyMatch(x -> b < x[1] && x[0] < e)) continue;
                spans.add(new int[] {b, e});
                hits.add(t.text());
                break;
            }
            if (hits.size() >= enough) break;
        }
        return hits;
    }
}
