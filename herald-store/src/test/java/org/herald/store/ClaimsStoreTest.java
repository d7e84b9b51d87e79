package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Figure;
import org.herald.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes and figures in a real DuckDB store: written with their article, replaced with it, read and exported. */
class ClaimsStoreTest {
    @TempDir Path dir;

    static CodedArticle withClaims(String id, String body, String speaker) {
        Event reject = EventStoreTest.event(id, "2026-01-17", "RUSGOV", "120", "", -4.0, 3);
        Event impose = EventStoreTest.event(id, "2026-01-17", "USAGOV", "163", "", -8.0, 4);
        CodedArticle c = EventStoreTest.coded(id, body, reject, impose);
        Quote q = new Quote(id, 1, 10, 35, "We reject the brazen attempts", "direct", speaker, "Foreign Ministry spokeswoman Maria Zakharova",
                "leader Maria Zakharova", "state", List.of(0));
        Quote indirect = new Quote(id, 1, 0, 9, "fatalities have surpassed 2,600", "indirect", "IRNHRI", "HRANA", "group", "estimate", List.of());
        Figure deaths = new Figure(id, 1, 0, 20, "fatalities have surpassed 2,600", 2600, Double.NaN, Double.NaN, "persons", "deaths", "fatalities",
                "demonstrators and security forces", "more than", "IRNHRI", "HRANA", -1);
        Figure tariff = new Figure(id, 1, 40, 50, "25% tariff", 25, Double.NaN, Double.NaN, "percent", "percent", "tariff", "", "", "USAGOV", "Trump", 1);
        Figure arrests = new Figure(id, 1, 60, 80, "dozens of protesters", 24, 24, 99, "persons", "arrests", "protesters", "", "", "", "", -1);
        return c.withClaims(c.events(), List.of(q, indirect), List.of(deaths, tariff, arrests));
    }

    @Test
    void quotesAndFiguresRoundTripWithTheirEventsAndAreReplacedWithTheirArticle() {
        try (EventStore s = EventStore.open(dir.resolve("h.duckdb"))) {
            s.ingest(withClaims("a1", "body", "RUSGOV"));
            s.ingest(withClaims("a2", "other body", "RUSGOV"));
            List<StoredEvent> events = s.eventsOf("a1");
            StoredClaims.Page<StoredQuote> quotes = s.claims().quotes(new ClaimQuery("a1", null, null, null, 50, 0));
            assertEquals(2, quotes.total());
            StoredQuote direct = quotes.items().stream().filter(q -> q.quote().kind().equals("direct")).findFirst().orElseThrow();
            assertEquals("We reject the brazen attempts", direct.quote().text());
            assertEquals("RUSGOV", direct.quote().speaker());
            assertEquals("Foreign Ministry spokeswoman Maria Zakharova", direct.quote().speakerText());
            assertEquals("state", direct.quote().verb());
            assertEquals(10, direct.quote().begin());
            assertEquals(35, direct.quote().end());
            assertEquals(List.of(events.get(0).id()), direct.eventIds(), "the event index became the event's store id");
            StoredClaims.Page<StoredFigure> figures = s.claims().figures(new ClaimQuery("a1", null, null, null, 50, 0));
            assertEquals(3, figures.total());
            StoredFigure deaths = figures.items().stream().filter(f -> f.figure().category().equals("deaths")).findFirst().orElseThrow();
            assertEquals(2600, deaths.figure().value());
            assertTrue(Double.isNaN(deaths.figure().low()));
            assertEquals("more than", deaths.figure().qualifier());
            assertEquals("demonstrators and security forces", deaths.figure().among());
            assertEquals(null, deaths.eventId());
            StoredFigure arrests = figures.items().stream().filter(f -> f.figure().category().equals("arrests")).findFirst().orElseThrow();
            assertEquals(24, arrests.figure().low());
            assertEquals(99, arrests.figure().high());
            long imposeId = events.get(1).id();
            assertEquals(List.of(imposeId), s.claims().figures(ClaimQuery.ofEvent(imposeId)).items().stream().map(StoredFigure::eventId).toList());
            assertEquals(1, s.claims().quotes(ClaimQuery.ofEvent(events.get(0).id())).total());
            assertEquals(0, s.claims().quotes(ClaimQuery.ofEvent(imposeId)).total());

            // All of one article at once: what its pages hold, in the same order; nothing of another article.
            StoredClaims.OfArticle of = s.claims().ofArticle("a1");
            assertEquals(quotes.items(), of.quotes());
            assertEquals(figures.items(), of.figures());
            assertEquals(new StoredClaims.OfArticle(List.of(), List.of()), s.claims().ofArticle("absent"));

            // Filters: speaker/claimant by prefix, kind or category, literal text.
            assertEquals(2, s.claims().quotes(new ClaimQuery(null, "RUS", "direct", null, 50, 0)).total());
            assertEquals(4, s.claims().figures(new ClaimQuery(null, "IRN", null, null, 50, 0)).total() + s.claims().figures(new ClaimQuery(null, "USA", null, null, 50, 0)).total());
            assertEquals(0, s.claims().quotes(new ClaimQuery(null, "%", null, null, 50, 0)).total(), "a % in a filter matches itself");
            assertEquals(2, s.claims().figures(new ClaimQuery(null, null, "arrests", null, 50, 0)).total());
            StoredClaims.Page<StoredFigure> paged = s.claims().figures(new ClaimQuery(null, null, null, null, 2, 2));
            assertEquals(6, paged.total());
            assertEquals(2, paged.items().size());

            // The same id with other text: the old quotes and figures go with the old events.
            s.ingest(withClaims("a1", "changed body", "IRNGOV"));
            StoredClaims.Page<StoredQuote> after = s.claims().quotes(new ClaimQuery("a1", null, "direct", null, 50, 0));
            assertEquals(1, after.total());
            assertEquals("IRNGOV", after.items().get(0).quote().speaker());
            assertEquals(3, s.claims().figures(new ClaimQuery("a1", null, null, null, 50, 0)).total());
            long newReject = s.eventsOf("a1").get(0).id();
            assertEquals(List.of(newReject), after.items().get(0).eventIds());
            assertEquals(4, s.claims().quotes(ClaimQuery.all()).total());
        }
    }

    @Test
    void aFailingArticleLeavesNoQuotesOrFiguresBehind() {
        try (EventStore s = EventStore.open(dir.resolve("h.duckdb"))) {
            CodedArticle good = withClaims("a1", "body", "RUSGOV");
            // A figure naming an event the article does not have: the whole article is refused.
            Figure bad = new Figure("a1", 1, 0, 1, "x", 1, Double.NaN, Double.NaN, "", "deaths", "", "", "", "", "", 7);
            CodedArticle broken = good.withClaims(good.events(), good.quotes(), List.of(bad));
            assertThrows(StoreException.class, () -> s.ingest(broken));
            assertEquals(0, s.claims().quotes(ClaimQuery.all()).total());
            assertEquals(0, s.claims().figures(ClaimQuery.all()).total());
            assertEquals(0, s.events(EventQuery.all()).total());
        }
    }

    @Test
    void exportsQuotesAndFiguresAsJsonLinesCsvAndParquet() throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("h.duckdb"))) {
            s.ingest(withClaims("a1", "body", "RUSGOV"));
            Path quotes = dir.resolve("out/quotes.jsonl");
            s.export("quotes", "jsonl", quotes);
            List<String> lines = Files.readAllLines(quotes);
            assertEquals(2, lines.size());
            JsonNode first = new ObjectMapper().readTree(lines.get(0));
            assertEquals("We reject the brazen attempts", first.get("text").asText());
            assertTrue(first.get("event_ids").isArray() && first.get("event_ids").size() == 1, first.toString());
            Path figures = dir.resolve("out/figures.csv");
            s.export("figures", "csv", figures);
            List<String> rows = Files.readAllLines(figures);
            assertTrue(rows.get(0).startsWith("id,article_id,sentence,value,low,high,unit,category,counted,among,qualifier,claimant"), rows.get(0));
            assertEquals(4, rows.size());
            assertTrue(rows.stream().anyMatch(r -> r.contains("2600") && r.contains("more than") && r.contains("IRNHRI")), rows.toString());
            Path parquet = dir.resolve("out/figures.parquet");
            s.export("figures", "parquet", parquet);
            assertEquals(3L, ((Number) s.sql("SELECT count(*) FROM '" + parquet.toString().replace("'", "''") + "'").rows().get(0).get(0)).longValue());
            Path quotesCsv = dir.resolve("out/quotes.csv");
            s.export("quotes", "csv", quotesCsv);
            assertTrue(Files.readString(quotesCsv).contains("Foreign Ministry spokeswoman Maria Zakharova"));
            assertThrows(IllegalArgumentException.class, () -> s.export("speeches", "jsonl", dir.resolve("x.jsonl")));
            assertThrows(IllegalArgumentException.class, () -> s.export("quotes", "xml", dir.resolve("x.xml")));
        }
    }
}
