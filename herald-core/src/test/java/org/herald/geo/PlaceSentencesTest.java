package org.herald.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.herald.eval.GoldRecord;
import org.herald.eval.PlaceScorer;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.model.Location;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * Herald's own place test set (src/test/resources/geo/place-sentences.jsonl: 337 news sentences written for it, every
 * continent, ambiguous names, common words, subdivisions, named regions, datelines): where each sentence's event
 * happened. The floors are the measured values (README); the target for the right country is 0.95.
 */
class PlaceSentencesTest {
    static final double COUNTRY = 0.961, PLACE = 0.901;
    private static final EventCoder CODER = EventCoder.standard(false);

    private static Path file() throws URISyntaxException {
        return Path.of(PlaceSentencesTest.class.getClassLoader().getResource("geo/place-sentences.jsonl").toURI());
    }

    @Test
    void eventsArePlacedInTheRightCountry() throws Exception {
        List<GoldRecord> gold = GoldRecord.read(file());
        assertTrue(gold.size() >= 200, "records: " + gold.size());
        PlaceScorer scorer = PlaceScorer.score(gold, CoreNlpAnnotator.shared()::annotate, CODER);
        String report = String.format("country %.3f place %.3f; misses:%n%s", scorer.countryAccuracy(), scorer.placeAccuracy(),
                String.join("\n", scorer.misses()));
        assertTrue(scorer.countryAccuracy() >= COUNTRY, report);
        assertTrue(scorer.placeAccuracy() >= PLACE, report);
        for (Map.Entry<String, int[]> k : scorer.byKind().entrySet()) {
            assertTrue(k.getValue()[1] >= 0.8 * k.getValue()[0], "every kind of place is mostly right: " + k.getKey() + "\n" + report);
        }
    }

    @Test
    void aStoryCarriesItsPlacesIntoEvents() {
        Article a = new Article("geo-1", java.time.LocalDate.of(2024, 3, 12), "", "",
                "KABUL, Afghanistan (AP) — Gunmen stormed a police post in Kunduz province on Tuesday, killing three officers, officials said. "
                        + "Police in Paris, Texas arrested two men. Ukrainian drones struck an oil depot in Russia's Bryansk region. "
                        + "The Taliban attacked an army base.");
        AnnotatedDoc doc = CoreNlpAnnotator.shared().annotate(a);
        List<Event> events = CODER.code(doc);
        Location kunduz = events.stream().filter(e -> e.sentence() == 0 && e.code().startsWith("19")).findFirst().orElseThrow().location();
        assertEquals("AFG", kunduz.country());
        assertEquals("region", kunduz.precision(), kunduz.describe());
        assertEquals("clause", kunduz.how());
        Location paris = events.stream().filter(e -> e.sentence() == 1).findFirst().orElseThrow().location();
        assertEquals("USA", paris.country(), "Paris, Texas: " + paris.describe());
        assertEquals("Texas", paris.region());
        assertTrue(paris.geonameId() > 0 && paris.lat() > 30 && paris.lat() < 35, paris.describe());
        Location bryansk = events.stream().filter(e -> e.sentence() == 2).findFirst().orElseThrow().location();
        assertEquals("RUS", bryansk.country(), "where the strike hit, not who struck: " + bryansk.describe());
        Location dateline = events.stream().filter(e -> e.sentence() == 3).findFirst().orElseThrow().location();
        assertEquals("Kabul", dateline.name(), "a sentence naming no place takes the dateline: " + dateline.describe());
        assertEquals("dateline", dateline.how());
        assertTrue(events.stream().filter(e -> e.sentence() == 0).allMatch(e -> e.explanation().contains("place '")), "--explain names the place");
    }
}
