package org.herald.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.herald.dict.DictionaryException;
import org.junit.jupiter.api.Test;

/** The embedded gazetteer built from GeoNames at build time: names, countries, context and common words. */
class GazetteerTest {
    private static final Gazetteer G = Gazetteer.standard();

    @Test
    void holdsTheWorldsPopulatedPlaces() {
        assertTrue(G.size() > 100_000, "places: " + G.size());
        assertEquals("SYR", G.resolve("Idlib", Set.of()).orElseThrow().country());
        assertEquals("ISR", G.resolve("Eilat", Set.of()).orElseThrow().country());
        assertEquals("NGA", G.resolve("Maiduguri", Set.of()).orElseThrow().country());
        assertEquals("BRA", G.resolve("sao paulo", Set.of()).orElseThrow().country(), "case and accents are ignored");
        assertTrue(G.resolve("Nowhereville Xyz", Set.of()).isEmpty());
    }

    @Test
    void keysIgnoreCaseAccentsDotsApostrophesAndSaint() {
        assertEquals("sao paulo", PlaceNames.key("São-Paulo"));
        assertEquals("st petersburg", PlaceNames.key("Saint Petersburg"));
        assertEquals(PlaceNames.key("St. Petersburg"), PlaceNames.key("saint  petersburg"));
        assertEquals("samarra", PlaceNames.key("Sāmarrā’"));
        assertEquals("ndjamena", PlaceNames.key("N'Djamena"));
        assertEquals("hague", PlaceNames.key("The Hague"));
        assertEquals("sainthood", PlaceNames.key("Sainthood"), "only the whole word");
        assertEquals("raqa", PlaceNames.fold(PlaceNames.key("Ar Raqqah")));
        assertEquals(PlaceNames.fold(PlaceNames.key("Sistan and Baluchestan")), PlaceNames.fold(PlaceNames.key("Sistan-Baluchestan")));
        // "Washington, D.C." is Washington; "North-West" is also Cameroon's "Northwest"; English names of native-named regions.
        assertEquals("USA", G.resolve("Washington", Set.of()).orElseThrow().country());
        assertEquals("CMR", G.resolve("North-West", Gazetteer.Hint.REGION, Set.of("CMR")).orElseThrow().country());
        assertEquals("UKR", G.resolve("Zaporizhzhia", Gazetteer.Hint.REGION, Set.of()).orElseThrow().country());
        assertEquals("iso3166-2:SO-SH", G.resolve("Lower Shabelle", Set.of()).orElseThrow().id());
        assertEquals("SYR", G.resolve("Golan Heights", Set.of("ISR")).orElseThrow().country(), "held by Israel, Syria's");
        // Not the Russian city of Samara, which the fold alone would also give.
        assertEquals("IRQ", G.resolve("Samarra", Set.of()).orElseThrow().country());
    }

    @Test
    void theStorysCountriesDecideAmbiguousNames() {
        assertEquals("FRA", G.resolve("Paris", Set.of()).orElseThrow().country(), "alone, the most populous");
        Place texas = G.resolve("Paris", Set.of("USA")).orElseThrow();
        assertEquals("USA", texas.country());
        assertEquals("TX", texas.admin1());
        assertEquals("Texas", texas.region(), "a city knows its first-level region's name");
        List<Place> all = G.candidates("Paris");
        assertTrue(all.size() > 3 && all.get(0).population() >= all.get(1).population());
    }

    @Test
    void regionsAndCountriesAreNamedToo() {
        Place idlib = G.resolve("Idlib", Gazetteer.Hint.REGION, Set.of()).orElseThrow();
        assertEquals(Place.Precision.REGION, idlib.precision());
        assertEquals("SYR", idlib.country());
        assertEquals("NGA", G.resolve("Edo", Gazetteer.Hint.REGION, Set.of()).orElseThrow().country());
        assertEquals("IRQ", G.resolve("Anbar", Gazetteer.Hint.REGION, Set.of()).orElseThrow().country(), "the Arabic article may be dropped");
        Place kherson = G.resolve("Kherson", Gazetteer.Hint.REGION, Set.of()).orElseThrow();
        assertEquals(Place.Precision.REGION, kherson.precision(), "a seat's name before 'region' names its region: " + kherson.describe());
        assertEquals("UKR", kherson.country());
        Place georgia = G.resolve("Georgia", Set.of()).orElseThrow();
        assertEquals(Place.Precision.COUNTRY, georgia.precision(), "alone, the country");
        assertEquals("GEO", georgia.country());
        assertEquals("USA", G.resolve("Georgia", Set.of("USA")).orElseThrow().country(), "in a story about the US, the state");
        assertEquals("EGY", G.resolve("Sinai", Set.of()).orElseThrow().country(), "regions written for news");
        assertEquals("PAK", G.resolve("Kashmir", Set.of("PAK")).orElseThrow().country(), "a region of several countries takes the story's");
        assertEquals("IRQ", G.countryOfAdjective("Iraqi").orElseThrow());
        assertEquals(Gazetteer.Hint.REGION, G.placeWord("Province").orElseThrow());
    }

    @Test
    void commonWordsNeedMoreThanACapital() {
        assertTrue(G.commonWord("Split"));
        assertTrue(G.commonWord("of"));
        assertFalse(G.commonWord("Mosul"));
    }

    @Test
    void aBrokenResourceNamesItsLine() {
        String bad = "geonameid\tname\talt\tcountry\tfeature\tadmin1\tpopulation\tlat\tlon\n1\tA\t\tFR\tPPL\t11\tmany\t1.0\t2.0\n";
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> Gazetteer.lines("cities.tsv", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), 9, f -> Long.parseLong(f[6])));
        assertTrue(e.getMessage().startsWith("cities.tsv:2"), e.getMessage());
    }
}
