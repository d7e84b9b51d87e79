package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.herald.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over real HTTP on a free loopback port. */
class ApiHttpTest {
    @TempDir static Path dir;
    static EventStore store;
    static Javalin app;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir.resolve("api.duckdb"));
        app = HeraldServer.start(new ApiService(store, TestStores::pipeline), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return TestHttp.get(app, path);
    }

    static HttpResponse<String> post(String path, String type, String body) throws Exception {
        return TestHttp.post(app, path, type, body);
    }

    @Test
    void listsAndFiltersEvents() throws Exception {
        JsonNode all = JSON.readTree(get("/api/events").body());
        assertTrue(all.get("total").asInt() >= 3);
        JsonNode rus = JSON.readTree(get("/api/events?actor=RUS&from=2026-01-01&to=2026-01-31").body());
        assertTrue(rus.get("events").size() >= 2);
        for (JsonNode e : rus.get("events")) assertTrue(e.get("source").asText().startsWith("RUS") || e.get("target").asText().startsWith("RUS"));
        JsonNode quad = JSON.readTree(get("/api/events?quad=3&root=11&q=blamed").body());
        assertEquals(1, quad.get("total").asInt());
        assertEquals("112", quad.get("events").get(0).get("code").asText());
        JsonNode page = JSON.readTree(get("/api/events?limit=1&offset=1").body());
        assertEquals(1, page.get("events").size());
        assertEquals(1, page.get("offset").asInt());
        HttpResponse<String> bad = get("/api/events?from=yesterday");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("from"));
    }

    @Test
    void oneEventWithEvidenceAndArticle() throws Exception {
        long id = JSON.readTree(get("/api/events?q=blamed").body()).get("events").get(0).get("id").asLong();
        JsonNode e = JSON.readTree(get("/api/events/" + id).body());
        assertEquals("Iranian authorities blamed the U.S. for the riots.", e.get("evidence").asText());
        assertEquals("Iran blames US", e.get("article").get("title").asText());
        assertEquals("explained", e.get("explanation").asText());
        assertEquals("2026-01-12 2026-01-12 day on Monday", e.get("date").asText() + " " + e.get("date_end").asText() + " "
                + e.get("date_precision").asText() + " " + e.get("date_text").asText());
        assertEquals(404, get("/api/events/999999").statusCode());
        assertEquals(400, get("/api/events/abc").statusCode());
    }

    @Test
    void actorsDyadAndNetwork() throws Exception {
        JsonNode actors = JSON.readTree(get("/api/actors?limit=2").body());
        assertEquals("IRNGOV", actors.get(0).get("actor").asText());
        assertTrue(actors.get(0).get("as_source").asInt() >= 2);
        JsonNode dyad = JSON.readTree(get("/api/dyad?a=RUS&b=IRN&interval=day").body());
        assertEquals("2026-01-05", dyad.get(0).get("period").asText());
        assertEquals(1, dyad.get(0).get("cooperation").asInt());
        assertEquals(1, dyad.get(1).get("conflict").asInt());
        assertEquals(400, get("/api/dyad?a=RUS").statusCode());
        assertEquals(400, get("/api/dyad?a=RUS&b=IRN&interval=year").statusCode());
        JsonNode net = JSON.readTree(get("/api/network").body());
        assertTrue(net.get("edges").size() >= 3);
        assertTrue(net.get("edges").get(0).has("mean_goldstein"));
        assertTrue(net.get("nodes").size() >= 3);
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        JsonNode doc = JSON.readTree(get("/api/openapi.json").body());
        assertEquals("3.0.3", doc.get("openapi").asText());
        for (String p : new String[] {"/api/events", "/api/events/{id}", "/api/actors", "/api/dyad", "/api/network", "/api/articles"}) {
            assertTrue(doc.get("paths").has(p), p);
        }
    }

    @Test
    void scriptInEveryPostedFieldIsStoredAndReturnedAsData() throws Exception {
        String s = "<script>alert('x')</script>";
        Map<String, String> article = Map.of("id", s, "date", "2024-06-01", "title", s + " Egypt condemns Libya", "source", s,
                "text", "Egypt condemned Libya on Monday. " + s + " <img src=x onerror=alert(1)>");
        HttpResponse<String> r = post("/api/articles", "application/json", JSON.writeValueAsString(article));
        assertEquals(201, r.statusCode(), r.body());
        assertFalse(r.body().contains("<"), "markup goes out \\u-escaped: " + r.body());
        JsonNode j = JSON.readTree(r.body());
        assertEquals(s, j.get("article_id").asText());
        assertTrue(j.get("events").size() >= 1, r.body());
        HttpResponse<String> one = get("/api/events/" + j.get("events").get(0).get("id").asLong());
        assertTrue(one.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", one.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(one.body().contains("<"), one.body());
        JsonNode a = JSON.readTree(one.body()).get("article");
        assertEquals(article.get("id"), a.get("id").asText());
        assertEquals(article.get("title"), a.get("title").asText());
        assertEquals(article.get("source"), a.get("source").asText());
        assertEquals(article.get("text"), a.get("body").asText());
        // The wire format: markup in the id, the headline and the body.
        HttpResponse<String> wire = post("/api/articles", HeraldServer.WIRE_TYPE, " date 2024-06-02 <script>w</script>\n" + s + " headline\nJapan criticized China. " + s + "\n");
        assertEquals(201, wire.statusCode(), wire.body());
        assertEquals("<script>w</script>", JSON.readTree(wire.body()).get("article_id").asText());
        assertEquals(s + " headline", store.article("<script>w</script>").orElseThrow().title());
    }

    @Test
    void postedArticlesAreCodedStoredAndIdempotent() throws Exception {
        String body = "{\"id\":\"post-1\",\"date\":\"2024-05-01\",\"title\":\"Turkey condemns Israel\",\"text\":\"Turkey condemned Israel on Monday.\"}";
        HttpResponse<String> r = post("/api/articles", "application/json", body);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode j = JSON.readTree(r.body());
        assertEquals("new", j.get("status").asText());
        assertTrue(j.get("events").toString().contains("\"source\":\"TUR\""), r.body());
        HttpResponse<String> again = post("/api/articles", "application/json", body);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("unchanged", JSON.readTree(again.body()).get("status").asText());
        HttpResponse<String> wire = post("/api/articles", HeraldServer.WIRE_TYPE, " date 2024-05-02 post-2\nHeadline\nJapan criticized China.\n");
        assertEquals(201, wire.statusCode(), wire.body());
        assertTrue(wire.body().contains("\"target\":\"CHN\""), wire.body());
        assertEquals(400, post("/api/articles", "application/json", "{\"date\":\"2024-05-01\"}").statusCode());
        assertEquals(400, post("/api/articles", "application/json", "not json").statusCode());
        assertEquals(400, post("/api/articles", HeraldServer.WIRE_TYPE, "Plain text without a date.").statusCode());
        // Posting the same article twice stored its events once.
        assertEquals(j.get("events").size(), JSON.readTree(get("/api/events?actor=TUR").body()).get("total").asInt());
    }
}
