package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.herald.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may write and what a write may overwrite: Host and Origin checks, the token, the accepted media types and
 * the id rules. Posts are coded by {@link TestStores#quietPipeline} (no CoreNLP), so they find no events.
 */
class WriteRulesHttpTest {
    static final String TOKEN = "test-token-0123456789abcdef";

    @TempDir static Path dir;
    static EventStore store;
    static ApiService api;
    static Javalin app;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir.resolve("writes.duckdb"));
        api = new ApiService(store, TestStores::quietPipeline);
        app = HeraldServer.start(api, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        store.close();
    }

    static HttpResponse<String> post(Javalin server, String path, String type, String body, String... headers) throws Exception {
        return TestHttp.post(server, path, type, body, headers);
    }

    static HttpResponse<String> post(String path, String type, String body, String... headers) throws Exception {
        return post(app, path, type, body, headers);
    }

    static String article(String id, String title, String text) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"date\":\"2024-03-01\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}";
    }

    static String error(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        JsonNode j = JSON.readTree(r.body());
        assertEquals(1, j.size(), r.body());
        return j.get("error").asText();
    }

    @Test
    void crossSiteWritesAreRefused() throws Exception {
        String body = article("cross-1", "t", "Some text.");
        HttpResponse<String> evil = post("/api/articles", "application/json", body, "Origin", "http://evil.example");
        assertEquals(403, evil.statusCode(), evil.body());
        assertTrue(error(evil).contains("other web sites"));
        assertEquals(403, post("/api/articles", "application/json", body, "Origin", "null").statusCode());
        assertEquals(403, post("/api/articles", "application/json", body, "Origin", "http://127.0.0.1:" + (app.port() + 1)).statusCode());
        assertEquals(403, post("/api/articles", "application/json", body, "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(403, post("/api/articles", "application/json", body, "Sec-Fetch-Site", "same-site").statusCode());
        assertTrue(store.article("cross-1").isEmpty());
        // The dashboard's own origin, and clients that send no Origin at all, may write.
        assertEquals(201, post("/api/articles", "application/json", body, "Origin", "http://127.0.0.1:" + app.port(), "Sec-Fetch-Site", "same-origin").statusCode());
        assertEquals(200, post("/api/articles", "application/json", body).statusCode());
    }

    @Test
    void onlyJsonAndTheWireTypeAreAccepted() throws Exception {
        // text/plain, forms and multipart are what a web page may send cross-site without asking: all refused.
        for (String type : new String[] {"text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "text/html", null}) {
            HttpResponse<String> r = post("/api/articles?date=2024-03-01", type, " date 2024-03-01 media-1\nTitle\nBody.\n");
            assertEquals(415, r.statusCode(), type + ": " + r.body());
            assertTrue(error(r).contains(HeraldServer.WIRE_TYPE));
        }
        assertTrue(store.article("media-1").isEmpty());
        assertEquals(201, post("/api/articles", HeraldServer.WIRE_TYPE, " date 2024-03-01 media-1\nTitle\nBody.\n").statusCode());
        assertEquals(201, post("/api/articles", "application/json; charset=UTF-8", article("media-2", "t", "x")).statusCode());
    }

    @Test
    void theHostHeaderMustNameThisServer() throws Exception {
        int port = app.port();
        for (String host : new String[] {"evil.example:" + port, "evil.example", "127.0.0.1.evil.example:" + port, "localhost.evil.example", "10.0.0.1:" + port}) {
            RawHttp.Answer a = RawHttp.send(port, "GET", "/api/events", host);
            assertEquals(403, a.status(), host);
            assertTrue(a.body().contains("Host"), a.body());
            assertEquals(403, RawHttp.send(port, "GET", "/", host).status(), host);
            assertEquals(403, RawHttp.send(port, "POST", "/api/articles", host, "Content-Type: application/json").status(), host);
        }
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port, "127.0.0.1"}) {
            assertEquals(200, RawHttp.send(port, "GET", "/api/events", host).status(), host);
        }
    }

    @Test
    void writesNeedTheTokenWhenOneIsSet() throws Exception {
        Javalin guarded = HeraldServer.start(api, "127.0.0.1", 0, TOKEN);
        try {
            HttpResponse<String> none = post(guarded, "/api/articles", "application/json", article("tok-1", "t", "x"));
            assertEquals(401, none.statusCode());
            assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
            assertTrue(error(none).contains("token"));
            assertEquals(401, post(guarded, "/api/articles", "application/json", article("tok-1", "t", "x"), "Authorization", "Bearer wrong").statusCode());
            assertEquals(401, post(guarded, "/api/articles", "application/json", article("tok-1", "t", "x"), "Authorization", TOKEN).statusCode());
            assertEquals(401, post(guarded, "/api/articles", "application/json", article("tok-1", "t", "x"), "Authorization", "Basic " + TOKEN).statusCode());
            assertTrue(store.article("tok-1").isEmpty());
            assertEquals(201, post(guarded, "/api/articles", "application/json", article("tok-1", "t", "x"), "Authorization", "Bearer " + TOKEN).statusCode());
            // Reads stay open.
            assertEquals(200, TestHttp.get(guarded, "/api/events").statusCode());
        } finally {
            guarded.stop();
        }
    }

    @Test
    void anAddressBeyondLoopbackNeedsAToken() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> HeraldServer.start(api, "0.0.0.0", 0));
        assertThrows(IllegalArgumentException.class, () -> HeraldServer.start(api, "0.0.0.0", 0, " "));
        for (String h : new String[] {"127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"}) assertTrue(HeraldServer.isLoopback(h), h);
        for (String h : new String[] {"0.0.0.0", "::", "192.0.2.1", "", "no-such-host.invalid"}) assertFalse(HeraldServer.isLoopback(h), h);
        Javalin open = HeraldServer.start(api, "0.0.0.0", 0, TOKEN);
        try {
            assertEquals(401, post(open, "/api/articles", "application/json", article("any-1", "t", "x")).statusCode());
            assertEquals(201, post(open, "/api/articles", "application/json", article("any-1", "t", "x"), "Authorization", "Bearer " + TOKEN).statusCode());
            // Off loopback the server has no name to check the Host against; the token guards the writes.
            assertEquals(200, RawHttp.send(open.port(), "GET", "/api/events", "herald.lan:" + open.port()).status());
        } finally {
            open.stop();
        }
    }

    @Test
    void postsWithoutAnIdNeverShareOne() throws Exception {
        HttpResponse<String> a = post("/api/articles?date=2024-03-02", HeraldServer.WIRE_TYPE, "Japan criticized China.");
        HttpResponse<String> b = post("/api/articles?date=2024-03-02", HeraldServer.WIRE_TYPE, "Russia praised Iran.");
        assertEquals(201, a.statusCode(), a.body());
        assertEquals(201, b.statusCode(), b.body());
        String idA = JSON.readTree(a.body()).get("article_id").asText(), idB = JSON.readTree(b.body()).get("article_id").asText();
        assertTrue(idA.startsWith("web-") && idB.startsWith("web-"), idA + " " + idB);
        assertNotEquals(idA, idB);
        assertEquals("Japan criticized China.", store.article(idA).orElseThrow().body());
        assertEquals("Russia praised Iran.", store.article(idB).orElseThrow().body());
        // The same text again is the same article: nothing changes.
        HttpResponse<String> again = post("/api/articles?date=2024-03-02", HeraldServer.WIRE_TYPE, "Japan criticized China.");
        assertEquals(200, again.statusCode());
        assertEquals(idA, JSON.readTree(again.body()).get("article_id").asText());
        assertEquals("unchanged", JSON.readTree(again.body()).get("status").asText());
        // JSON without an id: the title is part of the content, so two titles are two articles.
        String j1 = JSON.readTree(post("/api/articles", "application/json", article(null, "One", "Same text.")).body()).get("article_id").asText();
        String j2 = JSON.readTree(post("/api/articles", "application/json", article(null, "Two", "Same text.")).body()).get("article_id").asText();
        assertTrue(j1.startsWith("web-"), j1);
        assertNotEquals(j1, j2);
    }

    @Test
    void anExistingIdWithNewTextNeedsAnExplicitReplace() throws Exception {
        assertEquals(201, post("/api/articles", "application/json", article("keep-1", "Title", "First text.")).statusCode());
        HttpResponse<String> clash = post("/api/articles", "application/json", article("keep-1", "Title", "Second text."));
        assertEquals(409, clash.statusCode());
        assertTrue(error(clash).contains("replace=true"), clash.body());
        assertEquals("First text.", store.article("keep-1").orElseThrow().body());
        HttpResponse<String> wire = post("/api/articles", HeraldServer.WIRE_TYPE, " date 2024-03-01 keep-1\nTitle\nThird text.\n");
        assertEquals(409, wire.statusCode());
        assertEquals(400, post("/api/articles?replace=yes", "application/json", article("keep-1", "Title", "Second text.")).statusCode());
        HttpResponse<String> replaced = post("/api/articles?replace=true", "application/json", article("keep-1", "Title", "Second text."));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals("replaced", JSON.readTree(replaced.body()).get("status").asText());
        assertEquals("Second text.", store.article("keep-1").orElseThrow().body());
        HttpResponse<String> same = post("/api/articles", "application/json", article("keep-1", "Title", "Second text."));
        assertEquals(200, same.statusCode());
        assertEquals("unchanged", JSON.readTree(same.body()).get("status").asText());
        // A seeded article (with events) is not replaced by a post that reuses its id either.
        assertEquals(409, post("/api/articles", "application/json", article("a1", "Russia and Iran meet", "Other text.")).statusCode());
        assertEquals(1, JSON.readTree(TestHttp.get(app, "/api/events?q=Russian%20officials%20met").body()).get("total").asInt());
    }
}
