package org.herald.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.Token;

/**
 * The places a story names, found in its tokens and resolved together, as geoparsers such as Mordecai do: a name is
 * read as a place when the gazetteer knows it and something besides a capital letter says it is one (the tagger's
 * LOCATION, a preposition of place before it, a place word after it: "Idlib province", a place after it: "Paris,
 * Texas", or being a country's name); names inside a person's or an organisation's name are not places. Ambiguous names
 * take the countries the story names elsewhere (its unambiguous places and its demonyms), and a place written after a
 * comma decides the one before it. A dateline ("KABUL, Afghanistan (AP) —") is the story's own place.
 */
public final class StoryPlaces {
    /** Prepositions that put what follows in a place. */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "outside", "inside", "from", "to", "into", "across", "around",
            "toward", "towards", "throughout", "within", "through", "off", "over", "nearby", "between", "along", "north", "south", "east", "west", "of");
    private static final Set<String> CONNECTORS = Set.of("and", "de", "del", "da", "do", "dos", "es", "el", "al", "la", "of", "-", "'s");
    private static final int LONGEST = 6;
    /** A town this populous may be named as a modifier ("Aleppo residents") with no other cue. */
    private static final long NOTABLE = 50_000;
    /** How far into a story a dateline may start (after a headline). */
    private static final int DATELINE_REACH = 400;
    /** "KABUL, Afghanistan (AP) —", "GOMA (Reuters) -", "GAZA CITY, March 3 (Reuters) -", "DAKAR, Senegal —". */
    private static final Pattern DATELINE = Pattern.compile(
            "\\s*([A-Z][A-Z'.\\- ]*[A-Z])(?:\\s*,\\s*([A-Z][A-Za-z.' \\-]{1,30}?))?(?:\\s*,\\s*[A-Z][a-z]{2,8}\\.? \\d{1,2})?\\s*(?:\\([A-Za-z.&' ]{1,40}\\))?\\s*[—–-]{1,2}\\s");

    /**
     * A place named in a sentence: tokens {@code from..to} (1-based, inclusive, with a place word after the name), the
     * place it is resolved to, and whether it is the story's dateline.
     */
    public record Mention(int sentence, int from, int to, String text, Place place, boolean dateline) {
        public boolean covers(int token) { return token >= from && token <= to; }
    }

    private final Map<Integer, List<Mention>> bySentence = new HashMap<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private Mention dateline;

    private StoryPlaces() {}

    /** No places (coders without a gazetteer). */
    public static final StoryPlaces NONE = new StoryPlaces();

    private record Found(ParsedSentence s, int from, int nameTo, int to, String name, Gazetteer.Hint hint, boolean dateline) {}

    /** Finds and resolves the places of a parsed story. */
    public static StoryPlaces of(Gazetteer g, AnnotatedDoc doc) {
        return of(g, doc, Set.of());
    }

    /**
     * Finds and resolves the places of a parsed story whose actors are of {@code actorCountries} too (Shinzo Abe's
     * Japan: "the city of Nara" is Japan's, not Mali's).
     */
    public static StoryPlaces of(Gazetteer g, AnnotatedDoc doc, Set<String> actorCountries) {
        StoryPlaces out = new StoryPlaces();
        if (g.size() == 0) return out;
        out.countries.addAll(actorCountries);
        int[] dateline = dateline(doc);
        List<Found> found = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (t.isProperNoun() || t.pos().startsWith("JJ")) g.countryOfAdjective(t.word()).ifPresent(out.countries::add);
            }
            find(g, s, dateline, found);
        }
        // Names of one country only (and countries' own names) tell the story's countries.
        for (Found f : found) {
            Set<String> in = new LinkedHashSet<>();
            for (Place p : g.candidates(f.name)) in.add(p.country());
            Optional<Place> country = g.candidates(f.name).stream().filter(p -> p.precision() == Place.Precision.COUNTRY).findFirst();
            if (country.isPresent()) out.countries.add(country.get().country());
            else if (in.size() == 1) out.countries.addAll(in);
        }
        Map<String, Place> resolved = new HashMap<>();
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            if (resolved.containsKey(key(f))) continue;
            Place p = null;
            if (i + 1 < found.size() && containerAfter(f, found.get(i + 1))) {
                // "Athens, Georgia", "the Sahel region of Niger": the pair is read together, the second as the first's region or country.
                Found next = found.get(i + 1);
                Place chosen = resolved.get(key(next));
                List<Place> containers = new ArrayList<>();
                if (chosen != null) containers.add(chosen);
                containers.addAll(g.candidates(next.name));
                for (Place c : containers) {
                    p = within(g, f, c);
                    if (p != null) {
                        resolved.put(key(next), c);
                        break;
                    }
                }
            }
            if (p == null) p = g.resolve(f.name, f.hint, out.countries).orElse(null);
            if (p == null) continue;
            resolved.put(key(f), p);
        }
        for (Found f : found) {
            Place p = resolved.get(key(f));
            if (p == null) continue;
            Mention m = new Mention(f.s.index(), f.from, f.to, f.s.span(f.from, f.to), p, f.dateline);
            out.bySentence.computeIfAbsent(f.s.index(), k -> new ArrayList<>()).add(m);
            if (f.dateline && out.dateline == null) out.dateline = m;
        }
        return out;
    }

    private static String key(Found f) { return f.s.index() + ":" + f.from; }

    /**
     * "Paris, Texas": the candidate in the place after the comma (in its region when that is a region), a town before a
     * subdivision of the same name unless a place word says otherwise, then the most populous; null if none.
     */
    private static Place within(Gazetteer g, Found f, Place container) {
        Place best = null;
        for (Place p : g.candidates(f.name)) {
            if (!p.country().equals(container.country()) || p.equals(container)) continue;
            if (container.precision() == Place.Precision.REGION && !container.admin1().isEmpty() && !container.admin1().equals(p.admin1())) continue;
            if (best == null || preferred(p, best, f.hint)) best = p;
        }
        return best;
    }

    private static boolean preferred(Place p, Place than, Gazetteer.Hint hint) {
        Place.Precision want = hint == Gazetteer.Hint.REGION ? Place.Precision.REGION : Place.Precision.CITY;
        if ((p.precision() == want) != (than.precision() == want)) return p.precision() == want;
        return p.population() > than.population();
    }

    /** Is {@code b} the container named right after {@code a}: "Paris, Texas", "the Sahel region of Niger"? */
    private static boolean containerAfter(Found a, Found b) {
        if (a.s != b.s || b.from != a.to + 2) return false;
        String between = a.s.token(a.to + 1).word();
        return between.equals(",") || between.equalsIgnoreCase("of");
    }

    private static void find(Gazetteer g, ParsedSentence s, int[] dateline, List<Found> out) {
        int n = s.size();
        int i = 1;
        while (i <= n) {
            if (!nameToken(s.token(i))) {
                i++;
                continue;
            }
            int matched = -1;
            for (int j = Math.min(n, i + LONGEST - 1); j >= i; j--) {
                if (!nameToken(s.token(j)) || !g.known(s.span(i, j))) continue;
                matched = j;
                break;
            }
            if (matched < 0) {
                i++;
                continue;
            }
            Found f = accept(g, s, i, matched, dateline);
            if (f != null) out.add(f);
            i = matched + 1;
        }
    }

    private static boolean nameToken(Token t) {
        return t.isProperNoun() || t.ner().equals("LOCATION") || (Character.isUpperCase(t.word().charAt(0)) && t.pos().startsWith("NN"));
    }

    /** The name at {@code from..to} as a place, with its hint and cue, or null when nothing but a capital says it is one. */
    private static Found accept(Gazetteer g, ParsedSentence s, int from, int to, int[] datelineAt) {
        String name = s.span(from, to);
        boolean location = true, person = false, nationality = true;
        for (int k = from; k <= to; k++) {
            String ner = s.token(k).ner();
            location &= ner.equals("LOCATION");
            person |= ner.equals("PERSON") || ner.equals("ORGANIZATION");
            nationality &= ner.equals("NATIONALITY");
        }
        boolean dateline = s.token(from).begin() >= datelineAt[0] && s.token(from).begin() < datelineAt[1];
        Gazetteer.Hint hint = Gazetteer.Hint.ANY;
        int end = to;
        if (to < s.size()) {
            Optional<Gazetteer.Hint> after = g.placeWord(s.token(to + 1).word());
            if (after.isPresent()) {
                hint = after.get();
                end = to + 1;
            }
        }
        int b = from - 1;
        while (b > 1 && g.direction(s.token(b).word())) b--;
        String before = b >= 1 ? s.token(b).lemma().toLowerCase(java.util.Locale.ROOT) : "";
        if (before.equals("of") && from > 2) {
            Optional<Gazetteer.Hint> word = g.placeWord(s.token(from - 2).word());
            if (word.isPresent()) hint = word.get();
        }
        // A name that is only part of a longer name ("Texas Rangers", "North Kivu", "Tierra Caliente") is not this place:
        // the word next to it is capitalised and the tagger puts both in one entity (or the name is an English word).
        if (!dateline && (partOf(g, s, from, from - 1, name) || (end == to && partOf(g, s, to, to + 1, name)))) return null;
        boolean country = g.candidates(name).stream().anyMatch(p -> p.precision() == Place.Precision.COUNTRY);
        // A nationality word is no place of its own: "the English city of Bath" is in Bath, not English, Indiana.
        if (!country && (nationality || g.countryOfAdjective(name).isPresent())) return null;
        boolean comma = to + 2 <= s.size() && s.token(to + 1).word().equals(",") && g.known(s.token(to + 2).word());
        boolean notable = g.candidates(name).stream().anyMatch(p -> p.precision() != Place.Precision.CITY || p.population() >= NOTABLE);
        // The tagger's person or organisation wins over a one-word name, unless the words around it say place: "the city
        // of Cork", "León, Guanajuato", "shelling in Homs" (a notable place after a place preposition). A longer name the
        // gazetteer knows is a place.
        boolean placeSaid = hint != Gazetteer.Hint.ANY || comma || (PLACE_PREPOSITIONS.contains(before) && notable);
        if (person && !location && !dateline && from == to && !placeSaid) return null;
        // "Idlib residents", "Gaza officials": a notable place naming the people or things of a common noun.
        int head = s.head(to);
        boolean modifier = s.relation(to).equals("compound") && head > to && g.exact(name) && s.token(head).pos().startsWith("NN") && !s.token(head).isProperNoun()
                && notable;
        boolean cue = location || hint != Gazetteer.Hint.ANY || PLACE_PREPOSITIONS.contains(before) || comma || dateline || modifier
                || before.equals("'s") || s.token(Math.max(1, from - 1)).pos().equals("POS");
        if (g.commonWord(name) && !(location || comma || hint != Gazetteer.Hint.ANY || dateline)) return null;
        if (!cue && !country) return null;
        return new Found(s, from, to, end, name, hint, dateline);
    }

    /** Is the name at {@code at} part of a longer name running into token {@code next}? */
    private static boolean partOf(Gazetteer g, ParsedSentence s, int at, int next, String name) {
        if (next < 1 || next > s.size()) return false;
        Token t = s.token(next), self = s.token(at);
        if (!t.isProperNoun() || t.word().equals("'s") || g.placeWord(t.word()).isPresent()) return false;
        if (next < at && next == 1 && !t.ner().equals(self.ner())) return false;
        return g.commonWord(name) || (t.ner().equals(self.ner()) && !t.ner().equals("O") && !g.known(t.word()));
    }

    /**
     * The character offsets (in the story's full text) where its dateline begins and ends, {0, 0} when it has none: a
     * dateline opens one of the first lines of the text (after a headline).
     */
    static int[] dateline(AnnotatedDoc doc) {
        String text = doc.article().fullText();
        Matcher m = DATELINE.matcher(text);
        int start = 0;
        for (int line = 0; line < 4 && start < text.length() && start < DATELINE_REACH; line++) {
            m.region(start, text.length());
            if (m.lookingAt()) return new int[] {m.start(1), m.group(2) == null ? m.end(1) : m.end(2)};
            int next = text.indexOf('\n', start);
            if (next < 0) break;
            start = next + 1;
        }
        return new int[] {0, 0};
    }

    /** The places named in one sentence, in order. */
    public List<Mention> in(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /** The place named at a token of a sentence, if a mention covers it. */
    public Optional<Mention> at(int sentence, int token) {
        for (Mention m : in(sentence)) if (m.covers(token)) return Optional.of(m);
        return Optional.empty();
    }

    /** The story's dateline place, if it has one. */
    public Optional<Mention> dateline() {
        return Optional.ofNullable(dateline);
    }

    /** The countries the story names (its demonyms, country names and unambiguous places), in order of first mention. */
    public Set<String> countries() {
        return countries;
    }
}
