package org.herald.geo;

import static org.herald.geo.PlaceNames.fold;
import static org.herald.geo.PlaceNames.key;
import static org.herald.geo.PlaceNames.withoutArticle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;

/**
 * Herald's embedded gazetteer, indexed by name and alternate name (case, accents, hyphens and a leading Arabic
 * article ignored): the world's populated places of at least 1,000 people (GeoNames), the subdivisions of every
 * country (states, provinces, governorates: herald/geo/subdivisions.tsv.gz, linked to GeoNames' first-level codes), the
 * regions news names that are no subdivision (Sinai, Donbas, the West Bank: herald/geo/named-regions.tsv, written by
 * Herald's developers) and the countries of Herald's country dictionary. The generated resources are built from npm
 * data packages at build time (herald-core/src/main/geo); nothing is fetched when Herald runs.
 */
public final class Gazetteer {
    static final String CITIES = "herald/geo/cities.tsv.gz";
    static final String SUBDIVISIONS = "herald/geo/subdivisions.tsv.gz";
    static final String COUNTRY_CENTRES = "herald/geo/countries.tsv.gz";
    static final String NAMED_REGIONS = "herald/geo/named-regions.tsv";
    static final String SUBDIVISION_ALIASES = "herald/geo/subdivision-aliases.tsv";
    static final String COUNTRIES = "herald/dictionaries/countries.tsv";
    static final String COMMON_WORDS = "herald/geo/common-words.tsv";
    static final String PLACE_WORDS = "herald/geo/place-words.tsv";
    static final String ENGLISH_NAMES = "herald/geo/english-names.tsv.gz";
    private static final Set<String> SEATS = Set.of("PPLA", "PPLC");
    private static volatile Gazetteer standard;
    /** No places at all (coders on other dictionaries). */
    public static final Gazetteer EMPTY = new Gazetteer();

    /** What a word after a name says about it ("Idlib province", "the town of Kidal"). */
    public enum Hint { ANY, REGION, CITY }

    private final Map<String, List<Place>> byName = new HashMap<>();
    /** The same places under {@link PlaceNames#fold}ed names, for spellings the sources lack ("Raqqa" for "Ar Raqqah"). */
    private final Map<String, List<Place>> byFold = new HashMap<>();
    private final Map<String, Place> regionByAdmin1 = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, String> adjectives = new HashMap<>();
    private final Map<String, Hint> placeWords = new HashMap<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Set<String> directions = new HashSet<>();
    private int size;

    private Gazetteer() {}

    /** The gazetteer built into Herald, loaded once per process. */
    public static Gazetteer standard() {
        if (standard == null) {
            synchronized (Gazetteer.class) {
                if (standard == null) standard = load();
            }
        }
        return standard;
    }

    /**
     * The standard gazetteer, loading on a background thread from the first call (it takes about two seconds, which
     * then overlap CoreNLP's model loading): the supplier waits for it. A load error is thrown from the supplier.
     */
    public static java.util.function.Supplier<Gazetteer> inBackground() {
        if (standard != null) return () -> standard;
        java.util.concurrent.FutureTask<Gazetteer> task = new java.util.concurrent.FutureTask<>(Gazetteer::standard);
        Thread t = new Thread(task, "herald-gazetteer");
        t.setDaemon(true);
        t.start();
        return () -> {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the gazetteer loaded", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        try {
            Map<String, double[]> centres = new HashMap<>();
            gz(COUNTRY_CENTRES, in -> lines(COUNTRY_CENTRES, in, 5, f -> centres.put(f[1], new double[] {number(f[3]), number(f[4])})));
            for (TsvTable.Row row : TsvTable.resource(COUNTRIES, "code", "names", "adjectives").rows()) {
                String code = row.get("code");
                double[] c = centres.getOrDefault(code, new double[2]);
                List<String> names = row.list("names");
                if (names.isEmpty()) throw row.error("a country needs a name");
                Place p = new Place("iso3166:" + code, names.get(0), code, Place.Precision.COUNTRY, "country", "", "", 0, c[0], c[1]);
                g.countries.put(code, p);
                for (String n : names) g.add(n, p);
                for (String a : row.list("adjectives")) g.adjectives.put(key(a), code);
            }
            List<String[]> subdivisions = new ArrayList<>();
            gz(SUBDIVISIONS, in -> lines(SUBDIVISIONS, in, 8, subdivisions::add));
            Map<String, Long> people = new HashMap<>();
            List<String[]> cities = new ArrayList<>();
            gz(CITIES, in -> lines(CITIES, in, 9, f -> {
                cities.add(f);
                people.merge(f[3] + "|" + f[5], Long.parseLong(f[6]), Long::sum);
            }));
            Map<String, TsvTable.Row> english = new HashMap<>();
            for (TsvTable.Row row : TsvTable.resource(SUBDIVISION_ALIASES, "code", "aliases").rows()) {
                if (english.put(row.get("code"), row) != null) throw row.error("code " + row.get("code") + " is listed twice");
            }
            Set<String> codes = new HashSet<>();
            for (String[] f : subdivisions) {
                codes.add(f[1]);
                String country = iso3(f[0]);
                String admin1 = f[5];
                Place p = new Place("iso3166-2:" + f[1], f[2], country, Place.Precision.REGION, f[4], admin1, f[2],
                        admin1.isEmpty() ? 0 : people.getOrDefault(f[0] + "|" + admin1, 0L), number(f[6]), number(f[7]));
                g.add(f[2], p);
                // Official long names: "Michoacán de Ocampo" is "Michoacán" in the news.
                int de = f[2].indexOf(" de ");
                if (de >= 4) g.add(f[2].substring(0, de), p);
                TsvTable.Row names = english.get(f[1]);
                if (names != null) for (String a : names.list("aliases")) g.add(a, p);
                if (!admin1.isEmpty()) g.regionByAdmin1.put(country + "|" + admin1, p);
            }
            for (TsvTable.Row row : english.values()) {
                if (!codes.contains(row.get("code"))) throw row.error("no subdivision has the code " + row.get("code"));
            }
            for (String[] f : cities) {
                String country = iso3(f[3]);
                Place r = g.regionByAdmin1.get(country + "|" + f[5]);
                Place p = new Place("geonames:" + f[0], f[1], country, Place.Precision.CITY, f[4], f[5], r == null ? "" : r.name(),
                        Long.parseLong(f[6]), number(f[7]), number(f[8]));
                g.add(f[1], p);
                if (!f[2].isBlank()) g.add(f[2], p);
            }
            for (TsvTable.Row row : TsvTable.resource(NAMED_REGIONS, "name", "aliases", "country", "kind", "lat", "lon").rows()) {
                List<String> in = row.list("country");
                double lat, lon;
                try {
                    lat = Double.parseDouble(row.get("lat"));
                    lon = Double.parseDouble(row.get("lon"));
                } catch (NumberFormatException e) {
                    throw row.error("lat and lon must be numbers");
                }
                // A region of several countries is one place per country: the story's context picks among them.
                for (String country : in.isEmpty() ? List.of("") : in) {
                    Place p = new Place("herald:" + key(row.get("name")).replace(' ', '-'), row.get("name"), country, Place.Precision.REGION,
                            row.get("kind"), "", row.get("name"), 0, lat, lon);
                    g.add(row.get("name"), p);
                    for (String a : row.list("aliases")) g.add(a, p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (TsvTable.Row row : TsvTable.resource(COMMON_WORDS, "word").rows()) g.commonWords.add(key(row.get("word")));
        try {
            gz(ENGLISH_NAMES, in -> lines(ENGLISH_NAMES, in, 1, f -> g.commonWords.add(key(f[0]))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (TsvTable.Row row : TsvTable.resource(PLACE_WORDS, "word", "kind").rows()) {
            Hint h = switch (row.get("kind")) {
                case "region" -> Hint.REGION;
                case "city" -> Hint.CITY;
                case "direction" -> null;
                default -> throw row.error("kind must be region, city or direction, not '" + row.get("kind") + "'");
            };
            if (h == null) g.directions.add(row.get("word").toLowerCase(Locale.ROOT));
            else g.placeWords.put(key(row.get("word")), h);
        }
        for (List<Place> l : g.byName.values()) l.sort(Comparator.comparingLong(Place::population).reversed());
        for (List<Place> l : g.byFold.values()) l.sort(Comparator.comparingLong(Place::population).reversed());
        return g;
    }

    private void add(String name, Place p) {
        size++;
        String k = key(name);
        if (k.isEmpty()) return;
        // "Washington, D.C.": a name with a qualifier after a comma is known by its first part too.
        int comma = k.indexOf(',');
        if (comma >= 3) index(k.substring(0, comma).strip(), p);
        // "Northwest" and "North-West" (Cameroon's region, South Africa's province) are one name.
        var compass = COMPASS.matcher(k);
        if ((k.startsWith("north") || k.startsWith("south")) && compass.lookingAt()) index(compass.group(2) == null ? compass.group(1) + " " + compass.group(3) + k.substring(compass.end())
                : compass.group(1) + compass.group(3) + k.substring(compass.end()), p);
        index(k, p);
    }

    private static final java.util.regex.Pattern COMPASS = java.util.regex.Pattern.compile("(north|south)( )?(east|west)\\b");

    private void index(String k, Place p) {
        List<Place> l = byName.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!l.contains(p)) l.add(p);
        String bare = withoutArticle(k);
        if (!bare.equals(k) && bare.length() > 2) {
            List<Place> b = byName.computeIfAbsent(bare, x -> new ArrayList<>(1));
            if (!b.contains(p)) b.add(p);
        }
        List<String> folds = new ArrayList<>(List.of(fold(k)));
        // "Marawi City", "Kuwait City": news often leaves the word out.
        if (k.endsWith(" city") && p.precision() == Place.Precision.CITY) folds.add(fold(k.substring(0, k.length() - 5)));
        for (String f : folds) {
            if (f.length() < 4) continue;
            List<Place> b = byFold.computeIfAbsent(f, x -> new ArrayList<>(1));
            if (!b.contains(p)) b.add(p);
        }
    }

    private interface Body {
        void read(InputStream in) throws IOException;
    }

    private static void gz(String resource, Body body) throws IOException {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource + " (built by herald-core's gazetteer step)");
            body.read(new GZIPInputStream(in));
        }
    }

    /** Reads a tab-separated resource with a header line, {@code fields} fields a line; errors name the line. */
    static void lines(String name, InputStream in, int fields, Consumer<String[]> each) throws IOException {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            n++;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length != fields) throw new DictionaryException(name, n, "expected " + fields + " tab-separated fields, got " + f.length);
                try {
                    each.accept(f);
                } catch (NumberFormatException e) {
                    throw new DictionaryException(name, n, "bad number: " + e.getMessage());
                }
            }
        }
    }

    private static double number(String s) {
        return Double.parseDouble(s);
    }

    /** GeoNames' two-letter country code as Herald's three-letter code (Kosovo's XK is XKX, as in countries.tsv). */
    static String iso3(String iso2) {
        return ISO3.computeIfAbsent(iso2, c -> {
            if (c.equals("XK")) return "XKX";
            try {
                return new Locale("", c).getISO3Country();
            } catch (MissingResourceException e) {
                return c;
            }
        });
    }

    private static final Map<String, String> ISO3 = new java.util.concurrent.ConcurrentHashMap<>();

    /** Index entries (a name counted once for each place it names). */
    public int size() { return size; }

    /** Every place of that name (or, if none, of that name's transliteration fold), most populous first. */
    public List<Place> candidates(String name) {
        String k = key(name);
        List<Place> exact = byName.get(k);
        if (exact != null) return exact;
        String f = fold(k);
        return f.length() < 4 ? List.of() : byFold.getOrDefault(f, List.of());
    }

    /** Is this a name of some place as written (not only through its transliteration fold)? */
    public boolean exact(String name) {
        return byName.containsKey(key(name));
    }

    /** Is this a name of some place? */
    public boolean known(String name) {
        return !candidates(name).isEmpty();
    }

    /** Is this place name also a common word, to be read as a place only with more than a capital letter? */
    public boolean commonWord(String name) {
        return commonWords.contains(key(name));
    }

    /** What the word says about a name before it ("province": a region), or empty. */
    public Optional<Hint> placeWord(String word) {
        return Optional.ofNullable(placeWords.get(key(word)));
    }

    /** Does the word stand between a place and its preposition ("in northern Sinai", "in the Bekaa Valley")? */
    public boolean direction(String word) {
        return directions.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The country a demonym or adjective names ("Iraqi" -> IRQ), or empty. */
    public Optional<String> countryOfAdjective(String word) {
        return Optional.ofNullable(adjectives.get(key(word)));
    }

    /** The country itself as a place (its centre), or empty. */
    public Optional<Place> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    /** The first-level region a place is in (itself for a region), or empty when the gazetteer cannot tell. */
    public Optional<Place> regionOf(Place p) {
        if (p.precision() == Place.Precision.REGION) return Optional.of(p);
        return Optional.ofNullable(regionByAdmin1.get(p.country() + "|" + p.admin1()));
    }

    /** {@link #resolve(String, Hint, Collection)} with no hint. */
    public Optional<Place> resolve(String name, Collection<String> storyCountries) {
        return resolve(name, Hint.ANY, storyCountries);
    }

    /**
     * The place a name most likely means in a story whose places and actors are in {@code storyCountries}. With a
     * region hint, a region of that name, else the region whose seat a city of that name is ("Kherson region"). Then a
     * country of that name, a region written for news, and the most populous place; but when the most populous is in
     * none of the story's countries and another candidate is, the story wins ("Paris" in a story about Texas).
     */
    public Optional<Place> resolve(String name, Hint hint, Collection<String> storyCountries) {
        List<Place> c = candidates(name);
        if (c.isEmpty()) return Optional.empty();
        if (hint == Hint.REGION) {
            List<Place> regions = c.stream().filter(p -> p.precision() == Place.Precision.REGION).toList();
            if (regions.isEmpty()) {
                regions = c.stream().filter(p -> SEATS.contains(p.feature())).map(this::regionOf).flatMap(Optional::stream).distinct().toList();
            }
            if (!regions.isEmpty()) c = regions;
        } else if (hint == Hint.CITY) {
            List<Place> towns = c.stream().filter(p -> p.precision() == Place.Precision.CITY).toList();
            if (!towns.isEmpty()) c = towns;
        }
        List<Place> ranked = new ArrayList<>(c);
        ranked.sort(Comparator.comparingInt(Gazetteer::rank).thenComparing(Comparator.comparingLong(Place::population).reversed()));
        Place first = ranked.get(0);
        if (!storyCountries.isEmpty() && !storyCountries.contains(first.country())) {
            for (Place p : ranked) {
                if (storyCountries.contains(p.country())) {
                    first = p;
                    break;
                }
            }
        }
        return Optional.of(hint == Hint.ANY ? town(first, ranked) : first);
    }

    /** A name that is both a subdivision and its town ("Kabul", "Idlib") means the town unless a place word says otherwise. */
    private static Place town(Place chosen, List<Place> ranked) {
        if (chosen.precision() != Place.Precision.REGION || chosen.id().startsWith("herald:")) return chosen;
        for (Place p : ranked) if (p.precision() == Place.Precision.CITY && p.country().equals(chosen.country())) return p;
        return chosen;
    }

    /** Countries first, then the regions written for news, then by population. */
    private static int rank(Place p) {
        if (p.precision() == Place.Precision.COUNTRY) return 0;
        return p.id().startsWith("herald:") ? 1 : 2;
    }
}
