package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.herald.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/quotes, /api/figures and an event's quotes and figures, over real HTTP; bad filters are 400s. */
class ClaimsHttpTest {
    @TempDir static Path dir;
    static EventStore store;
    static Javalin app;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir.resolve("claims.duckdb"));
        TestStores.addClaims(store);
        app = HeraldServer.start(new ApiService(store, TestStores::quietPipeline), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        store.close();
    }

    static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = TestHttp.get(app, path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    static void bad(String path, String says) throws Exception {
        HttpResponse<String> r = TestHttp.get(app, path);
        assertEquals(400, r.statusCode(), path + ": " + r.body());
        assertTrue(JSON.readTree(r.body()).get("error").asText().contains(says), path + ": " + r.body());
    }

    @Test
    void quotesByArticleSpeakerKindAndEvent() throws Exception {
        JsonNode all = ok("/api/quotes?article=claims");
        assertEquals(2, all.get("total").asInt());
        JsonNode direct = ok("/api/quotes?actor=RUS&kind=direct").get("quotes");
        assertEquals(1, direct.size());
        assertEquals("We also resolutely reject the brazen attempts", direct.get(0).get("text").asText());
        assertEquals("Foreign Ministry spokeswoman Maria Zakharova", direct.get(0).get("speaker_text").asText());
        long reject = direct.get(0).get("event_ids").get(0).asLong();
        assertEquals(1, ok("/api/quotes?event=" + reject).get("total").asInt());
        assertEquals(0, ok("/api/quotes?actor=" + URLEncoder.encode("%", StandardCharsets.UTF_8)).get("total").asInt(), "% is literal");
        JsonNode paged = ok("/api/quotes?limit=1&offset=1");
        assertEquals(1, paged.get("quotes").size());
        assertEquals(2, paged.get("total").asInt());
    }

    @Test
    void figuresByCategoryAndClaimant() throws Exception {
        JsonNode deaths = ok("/api/figures?kind=deaths").get("figures");
        assertEquals(1, deaths.size());
        JsonNode f = deaths.get(0);
        assertEquals(2600, f.get("value").asDouble());
        assertEquals("more than", f.get("qualifier").asText());
        assertEquals("IRNHRI", f.get("claimant").asText());
        assertTrue(f.get("low").isNull() && f.get("event_id").isNull(), f.toString());
        assertEquals(1, ok("/api/figures?actor=USA").get("total").asInt());
        JsonNode arrests = ok("/api/figures?article=claims&kind=arrests").get("figures").get(0);
        assertEquals(24, arrests.get("low").asDouble());
        assertEquals(99, arrests.get("high").asDouble());
    }

    @Test
    void anEventCarriesItsQuotesAndFigures() throws Exception {
        long tariffEvent = ok("/api/figures?kind=percent").get("figures").get(0).get("event_id").asLong();
        JsonNode e = ok("/api/events/" + tariffEvent);
        assertEquals("163", e.get("code").asText());
        assertEquals(1, e.get("figures").size());
        assertEquals("tariff", e.get("figures").get(0).get("counted").asText());
        assertEquals(0, e.get("quotes").size());
        long reject = ok("/api/quotes?kind=direct").get("quotes").get(0).get("event_ids").get(0).asLong();
        JsonNode r = ok("/api/events/" + reject);
        assertEquals("RUSGOV", r.get("quotes").get(0).get("speaker").asText());
        // An event with neither has empty lists, not missing ones.
        long other = ok("/api/events?q=blamed").get("events").get(0).get("id").asLong();
        assertEquals(0, ok("/api/events/" + other).get("figures").size());
    }

    @Test
    void aPostedArticleAnswersWithItsQuotesAndFiguresAsTheListsShowThem() throws Exception {
        // A store and server of its own, so the other tests' totals stay as they are; hand-built parses, no CoreNLP.
        try (EventStore posted = EventStore.open(dir.resolve("posted.duckdb"))) {
            Javalin server = HeraldServer.start(new ApiService(posted, TestStores::claimsPipeline), "127.0.0.1", 0);
            try {
                String body = JSON.writeValueAsString(java.util.Map.of("id", "posted-claims", "date", "2026-01-17", "text", TestStores.claimText()));
                HttpResponse<String> first = TestHttp.post(server, "/api/articles", "application/json", body);
                assertEquals(201, first.statusCode(), first.body());
                JsonNode answer = JSON.readTree(first.body());
                assertEquals("new", answer.get("status").asText());
                JsonNode quotes = answer.get("quotes"), figures = answer.get("figures");
                // The answer lists what GET /api/quotes and /api/figures list for the article, field for field.
                assertEquals(JSON.readTree(TestHttp.get(server, "/api/quotes?article=posted-claims").body()).get("quotes"), quotes);
                assertEquals(JSON.readTree(TestHttp.get(server, "/api/figures?article=posted-claims").body()).get("figures"), figures);

                JsonNode direct = null;
                for (JsonNode q : quotes) if (q.get("kind").asText().equals("direct")) direct = q;
                assertTrue(direct != null, quotes.toString());
                assertEquals("We reject the accusations", direct.get("text").asText());
                assertEquals("RUSGOV", direct.get("speaker").asText());
                assertTrue(quotes.toString().contains("\"kind\":\"indirect\"") && quotes.toString().contains("\"speaker\":\"IRNHRI\""), quotes.toString());
                assertEquals(1, figures.size(), figures.toString());
                assertEquals(2600, figures.get(0).get("value").asDouble());
                assertEquals("deaths", figures.get(0).get("category").asText());
                assertEquals("IRNHRI", figures.get(0).get("claimant").asText());
                // The quote's events are the answer's own events, by store id, and the event shows the same quote.
                long reject = direct.get("event_ids").get(0).asLong();
                JsonNode rejectEvent = null;
                for (JsonNode e : answer.get("events")) if (e.get("id").asLong() == reject) rejectEvent = e;
                assertTrue(rejectEvent != null && rejectEvent.get("trigger").asText().equals("reject"), answer.get("events").toString());
                assertEquals(direct, JSON.readTree(TestHttp.get(server, "/api/events/" + reject).body()).get("quotes").get(0));

                // The same article again: nothing coded or stored anew, and the same events, quotes and figures.
                HttpResponse<String> again = TestHttp.post(server, "/api/articles", "application/json", body);
                assertEquals(200, again.statusCode(), again.body());
                JsonNode second = JSON.readTree(again.body());
                assertEquals("unchanged", second.get("status").asText());
                assertEquals(((com.fasterxml.jackson.databind.node.ObjectNode) answer.deepCopy()).put("status", "unchanged"), second);
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void badFiltersAreShortErrors() throws Exception {
        bad("/api/quotes?kind=speech", "kind");
        bad("/api/figures?kind=Deaths%3B", "kind");
        bad("/api/quotes?event=abc", "event");
        bad("/api/figures?event=1.5", "event");
        bad("/api/quotes?limit=0", "limit");
        bad("/api/figures?limit=1001", "limit");
        bad("/api/figures?offset=-1", "offset");
        bad("/api/quotes?actor=" + "A".repeat(201), "longer");
        bad("/api/quotes?article=a%0Ab", "control");
        for (String path : List.of("/api/quotes", "/api/figures")) {
            for (String nasty : FilterInjectionHttpTest.NASTY) {
                for (String filter : List.of("article", "actor", "kind", "event", "limit", "offset")) {
                    HttpResponse<String> r = TestHttp.get(app, path + "?" + filter + "=" + URLEncoder.encode(nasty, StandardCharsets.UTF_8));
                    assertTrue(r.statusCode() == 200 || r.statusCode() == 400, path + " " + filter + "=" + nasty + " -> " + r.statusCode() + " " + r.body());
                }
            }
        }
        JsonNode doc = ok("/api/openapi.json");
        assertTrue(doc.get("paths").has("/api/quotes") && doc.get("paths").has("/api/figures"));
        JsonNode posted = doc.get("components").get("schemas").get("Posted").get("properties");
        assertEquals("#/components/schemas/Quote", posted.get("quotes").get("items").get("$ref").asText());
        assertEquals("#/components/schemas/Figure", posted.get("figures").get("items").get("$ref").asText());
    }
}
