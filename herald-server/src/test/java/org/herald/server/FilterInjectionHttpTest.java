package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nasty strings in every filter: each is literal text, so it matches what contains it and nothing else, and no
 * answer is a 500. Markup stored in every field comes back as JSON string data.
 */
class FilterInjectionHttpTest {
    static final List<String> NASTY = List.of("%", "_", "'", "\"; DROP TABLE events; --", "\\", "' OR '1'='1", "%' OR 1=1 --", "*",
            "Ω漢字🙂", "\u202eRUS", "\uFEFF", "e\u0301", "%00", "\u0000", "\u0007", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "../../etc/passwd", "RUS%", "R_S", "A".repeat(201), "  ", "-1", "99999999999", "1e3", "NaN", "2026-13-45", "+10000-01-01");
    static final List<String> FILTERS = List.of("from", "to", "actor", "source", "target", "country", "code", "root", "quad", "q", "place",
            "bbox", "limit", "offset");

    @TempDir static Path dir;
    static EventStore store;
    static Javalin app;
    static long all;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        store = TestStores.seeded(dir.resolve("nasty.duckdb"));
        // One event whose evidence holds the wildcard, quote and backslash characters literally.
        Article a = new Article("odd", LocalDate.of(2026, 1, 15), "wire", "Odd", "body");
        store.ingest(new CodedArticle(a, List.of("Odd", "body"), List.of(), List.of(TestStores.event("odd", "2026-01-15", "ZZZ", "Odd people", "036",
                "YYY", "Other people", 4.0, 1, "They agreed 100% on O'Brien's plan_b for the C:\\ drive."))));
        TestStores.addMarkup(store);
        app = HeraldServer.start(new ApiService(store, TestStores::quietPipeline), "127.0.0.1", 0);
        all = total("");
    }

    @AfterAll
    static void stop() {
        app.stop();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return TestHttp.get(app, path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long total(String query) throws Exception {
        HttpResponse<String> r = get("/api/events?" + query);
        assertEquals(200, r.statusCode(), query + ": " + r.body());
        return JSON.readTree(r.body()).get("total").asLong();
    }

    @Test
    void nastyStringsInEveryFilterNeverMatchEverythingNorFail() throws Exception {
        assertTrue(all >= 5, "seeded " + all);
        for (String filter : FILTERS) {
            for (String value : NASTY) {
                HttpResponse<String> r = get("/api/events?" + filter + "=" + enc(value));
                String where = filter + "=" + value + " -> " + r.statusCode() + " " + r.body();
                assertTrue(r.statusCode() == 200 || r.statusCode() == 400, where);
                JsonNode j = JSON.readTree(r.body());
                if (r.statusCode() == 400) {
                    assertEquals(1, j.size(), where);
                    assertTrue(j.get("error").asText().length() <= 120, where);
                } else if (!value.isBlank()) {
                    assertTrue(j.get("total").asLong() < all, where);
                }
            }
        }
        assertEquals(all, total(""), "the events table is intact");
        assertEquals(all, ((Number) store.sql("SELECT count(*) FROM events").rows().get(0).get(0)).longValue());
    }

    @Test
    void wildcardsAndQuotesMatchOnlyThemselves() throws Exception {
        for (String literal : List.of("%", "'", "\\", "100%", "plan_b", "O'Brien", "C:\\")) assertEquals(1, total("q=" + enc(literal)), literal);
        assertEquals(2, total("q=" + enc("_")), "plan_b, and window.__pwned in the markup event");
        assertEquals(0, total("q=" + enc("100_")));
        assertEquals(0, total("q=" + enc("%%")));
        for (String filter : List.of("actor", "source", "target", "code")) {
            assertEquals(0, total(filter + "=" + enc("_")), filter);
            assertEquals(0, total(filter + "=" + enc("%")), filter);
        }
        assertEquals(1, total("code=" + enc("03")));
        assertEquals(2, total("actor=RUS"));
        assertEquals(0, total("actor=" + enc("R_S")));
        assertEquals(0, total("actor=" + enc("RUS%")));
        assertEquals(1, total("q=" + enc("<script>window.__pwned=1</script>")));
    }

    @Test
    void nastyStringsInDyadNetworkAndActorsAreRefusedNotRun() throws Exception {
        for (String value : NASTY) {
            if (value.isBlank()) continue;
            for (String path : List.of("/api/dyad?a=" + enc(value) + "&b=IRN", "/api/dyad?a=RUS&b=" + enc(value), "/api/dyad?a=RUS&b=IRN&interval=" + enc(value),
                    "/api/network?from=" + enc(value), "/api/network?to=" + enc(value), "/api/network?limit=" + enc(value),
                    "/api/actors?limit=" + enc(value), "/api/events/" + enc(value))) {
                HttpResponse<String> r = get(path);
                String where = path + " -> " + r.statusCode() + " " + r.body();
                JsonNode j = JSON.readTree(r.body());
                // A value that is a well-formed code or number may run, and then finds nothing; the rest are refused.
                if (r.statusCode() == 200) assertTrue(j.isArray() && j.isEmpty(), where);
                else assertTrue((r.statusCode() == 400 || r.statusCode() == 404) && j.has("error"), where);
            }
        }
        assertEquals(1, JSON.readTree(get("/api/dyad?a=RUS&b=IRN").body()).size() - 1);
    }

    @Test
    void malformedEscapesInTheQueryStringAreNotServerErrors() throws Exception {
        for (String raw : List.of("/api/events?actor=%", "/api/events?actor=%zz", "/api/events?q=%E2%82", "/api/events?q=%C0%AF", "/api/events?%=%",
                "/api/events?actor=RUS&actor=_", "/api/events?q=a%00b")) {
            RawHttp.Answer a = RawHttp.send(app.port(), "GET", raw, "127.0.0.1");
            assertTrue(a.status() == 200 || a.status() == 400, raw + " -> " + a.status() + " " + a.body());
            JsonNode j = JSON.readTree(a.body());
            if (a.status() == 200) assertTrue(j.get("total").asLong() < all, raw + " " + a.body());
            else assertTrue(j.has("error"), raw);
            if (raw.matches(".*%(?![0-9A-Fa-f]{2}).*")) assertEquals(400, a.status(), raw);
        }
    }

    @Test
    void markupInEveryFieldComesBackAsJsonData() throws Exception {
        HttpResponse<String> list = get("/api/events?actor=XSS");
        assertFalse(list.body().contains("<"), "markup is \\u-escaped in JSON: " + list.body());
        JsonNode e = JSON.readTree(list.body()).get("events").get(0);
        HttpResponse<String> one = get("/api/events/" + e.get("id").asLong());
        assertTrue(one.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", one.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(one.body().contains("<"), one.body());
        JsonNode d = JSON.readTree(one.body());
        String m = TestStores.MARKUP;
        for (String field : List.of("source_text", "target_text", "code_name", "plover_type", "plover_mode", "pattern", "evidence", "span",
                "attributed_to", "explanation")) {
            assertTrue(d.get(field).asText().contains(m), field + ": " + d.get(field));
        }
        for (String field : List.of("source", "title", "body")) assertTrue(d.get("article").get(field).asText().contains(m), field);
    }
}
