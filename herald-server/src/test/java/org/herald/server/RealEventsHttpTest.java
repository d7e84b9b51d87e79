package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One record per real event over HTTP: ?distinct=true with the counts, and an event's mentions, on the serving store. */
class RealEventsHttpTest {
    @TempDir Path dir;
    static final ObjectMapper JSON = new ObjectMapper();

    static CodedArticle talks(String id, String outlet) {
        String body = "Russian officials met Iranian officials in Moscow on Monday to discuss a new cooperation treaty.";
        Article a = new Article(id, LocalDate.of(2026, 1, 5), outlet, "Russia and Iran meet", body);
        return new CodedArticle(a, List.of(a.title(), body), List.of(), List.of(TestStores.event(id, "2026-01-05", "RUSGOV", "Russian officials", "040",
                "IRNGOV", "Iranian officials", 1.0, 1, "Russian officials met Iranian officials in Moscow")));
    }

    @Test
    void distinctListsRealEventsWithCountsAndAnEventListsItsMentions() throws Exception {
        try (EventStore store = EventStore.openServing(dir.resolve("r.duckdb"), 2)) {
            store.ingest(talks("reuters-1", "Reuters"));
            store.ingest(talks("ap-7", "AP"));
            store.ingest(TestStores.coded("a3", "2026-01-12", TestStores.event("a3", "2026-01-12", "IRNGOV", "Iranian authorities", "112", "USA", "U.S.",
                    -2.0, 3, "Iranian authorities blamed the U.S. for the riots.")));
            Javalin app = HeraldServer.start(new ApiService(store, TestStores::quietPipeline), "127.0.0.1", 0);
            try {
                JsonNode all = JSON.readTree(TestHttp.get(app, "/api/events").body());
                assertEquals(3, all.get("total").asInt(), "every mention");
                assertFalse(all.get("events").get(0).has("num_mentions"));
                long first = store.eventsOf("reuters-1").get(0).id(), copy = store.eventsOf("ap-7").get(0).id();

                JsonNode real = JSON.readTree(TestHttp.get(app, "/api/events?distinct=true").body());
                assertEquals(2, real.get("total").asInt(), "the copy's event is the original's");
                JsonNode talksEvent = find(real, "040");
                assertEquals(first, talksEvent.get("id").asLong());
                assertEquals(List.of(first, 2L, 2L, 2L), List.of(talksEvent.get("merged_id").asLong(), talksEvent.get("num_mentions").asLong(),
                        talksEvent.get("num_sources").asLong(), talksEvent.get("num_articles").asLong()));
                assertEquals("Russian officials met Iranian officials in Moscow", talksEvent.get("evidence").asText(), "the event's own fields follow");
                assertEquals(1, find(real, "112").get("num_mentions").asInt());
                assertEquals(1, JSON.readTree(TestHttp.get(app, "/api/events?distinct=true&actor=RUS").body()).get("total").asInt(), "with filters");

                JsonNode detail = JSON.readTree(TestHttp.get(app, "/api/events/" + copy).body());
                assertEquals(first, detail.get("merged_id").asLong(), "a mention names its real event");
                List<String> articles = new ArrayList<>();
                for (JsonNode m : detail.get("mentions")) articles.add(m.get("article_id").asText() + "/" + m.get("source_name").asText() + "/" + m.get("near_duplicate_of").asText());
                assertEquals(List.of("reuters-1/Reuters/null", "ap-7/AP/reuters-1"), articles);
                assertEquals("2026-01-05", detail.get("mentions").get(0).get("date").asText());

                // A third outlet joins: the counts follow though the event's rendering is cached.
                store.ingest(talks("bbc-2", "BBC"));
                JsonNode after = find(JSON.readTree(TestHttp.get(app, "/api/events?distinct=true").body()), "040");
                assertEquals(3, after.get("num_sources").asInt());
                assertEquals(3, JSON.readTree(TestHttp.get(app, "/api/events/" + first).body()).get("mentions").size());

                String bad = TestHttp.assertShortError(400, TestHttp.get(app, "/api/events?distinct=yes"));
                assertTrue(bad.contains("distinct must be true or false"), bad);
            } finally {
                app.stop();
            }
        }
    }

    static JsonNode find(JsonNode page, String code) {
        for (JsonNode e : page.get("events")) if (e.get("code").asText().equals(code)) return e;
        throw new AssertionError("no event " + code + " in " + page);
    }
}
