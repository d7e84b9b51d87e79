package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.herald.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serving configuration (in-memory index, rendered events filled at start, no checkpoint after posts) answers
 * every event query exactly as the plain store does, and a posted article shows in the next page.
 */
class ServingConfigurationHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> QUERIES = List.of("/api/events", "/api/events?actor=IRN", "/api/events?actor=RUS&limit=1&offset=1",
            "/api/events?q=officials", "/api/events?q=OFFICIALS&from=2026-01-05&to=2026-01-05", "/api/events?source=IRNGOV&quad=3",
            "/api/events?root=4", "/api/events?code=11&to=2026-01-12", "/api/events?country=USA", "/api/events?limit=2&offset=50",
            "/api/events?q=%25", "/api/events?actor=_");

    @TempDir Path dir;

    @Test
    void theIndexedServerAnswersAsThePlainOneAndSeesPosts() throws Exception {
        Path plainDb = dir.resolve("plain.duckdb"), servingDb = dir.resolve("serving.duckdb");
        TestStores.seeded(plainDb).close();
        Files.copy(plainDb, servingDb);
        try (EventStore plain = EventStore.open(plainDb); EventStore serving = EventStore.openServing(servingDb, 4)) {
            assertEquals("filters and text", serving.indexState());
            ApiService servingApi = new ApiService(serving, TestStores::quietPipeline);
            assertEquals(3, servingApi.warmUp(), "every event rendered at start");
            Javalin a = HeraldServer.start(new ApiService(plain, TestStores::quietPipeline), "127.0.0.1", 0);
            Javalin b = HeraldServer.start(servingApi, "127.0.0.1", 0);
            try {
                for (String q : QUERIES) {
                    String want = TestHttp.get(a, q).body(), got = TestHttp.get(b, q).body();
                    assertEquals(want, got, q);
                }
                JsonNode all = JSON.readTree(TestHttp.get(b, "/api/events").body());
                assertEquals(3, all.get("total").asInt());
                // A post is in the next page: the index follows the ingest.
                String post = "{\"id\":\"p1\",\"date\":\"2026-02-01\",\"title\":\"t\",\"text\":\"x\"}";
                assertEquals(201, TestHttp.send(b, "POST", "/api/articles", "application/json", post).statusCode());
                String sport = "{\"id\":\"s1\",\"date\":\"2026-02-01\",\"title\":\"Lakers crush Celtics\",\"text\":\"An NBA rout.\"}";
                JsonNode discarded = JSON.readTree(TestHttp.send(b, "POST", "/api/articles", "application/json", sport).body());
                assertEquals("sports story: Celtics, Lakers", discarded.get("discarded").asText(), "a post says why it was not coded");
                assertEquals(0, discarded.get("events").size());
                JsonNode again = JSON.readTree(TestHttp.send(b, "POST", "/api/articles", "application/json", sport).body());
                assertEquals("unchanged", again.get("status").asText());
                assertEquals("sports story: Celtics, Lakers", again.get("discarded").asText(), "a re-post says it too");
                assertTrue(JSON.readTree(TestHttp.send(b, "POST", "/api/articles", "application/json", post).body()).path("discarded").isMissingNode(),
                        "a coded article has no discard reason");
                serving.ingest(TestStores.coded("p2", "2026-02-02", TestStores.event("p2", "2026-02-02", "FRAGOV", "France", "036", "DEUGOV",
                        "Germany", 4.0, 1, "France offered talks to Germany.")));
                JsonNode after = JSON.readTree(TestHttp.get(b, "/api/events?actor=FRA").body());
                assertEquals(1, after.get("total").asInt());
                assertEquals("p2", after.get("events").get(0).get("article_id").asText());
                assertTrue(TestHttp.get(b, "/api/events?q=france").body().contains("France offered talks"));
            } finally {
                a.stop();
                b.stop();
            }
        }
    }
}
