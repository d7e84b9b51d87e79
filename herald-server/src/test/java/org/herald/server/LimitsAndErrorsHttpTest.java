package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.herald.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented limits and timeouts, the error answers (short JSON in our words) and the headers on every response. */
class LimitsAndErrorsHttpTest {
    static final Limits SMALL = new Limits(4_000, 500, 50, 30, 100, Duration.ofSeconds(1), Duration.ofSeconds(1));

    @TempDir static Path dir;
    static EventStore store;
    static Javalin app;      // default limits
    static Javalin small;    // SMALL limits, a coder that takes 10 s
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir.resolve("limits.duckdb"));
        app = HeraldServer.start(new ApiService(store, TestStores::quietPipeline), "127.0.0.1", 0);
        small = HeraldServer.start(new ApiService(store, () -> TestStores.slowPipeline(10_000), SMALL), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        small.stop();
        store.close();
    }

    static HttpResponse<String> send(Javalin server, String method, String path, String type, String body) throws Exception {
        return TestHttp.send(server, method, path, type, body);
    }

    static HttpResponse<String> get(Javalin server, String path) throws Exception {
        return send(server, "GET", path, null, null);
    }

    static String assertShortError(int status, int actual, String contentType, String body) throws Exception {
        return TestHttp.assertShortError(status, actual, contentType, body);
    }

    static String assertShortError(int status, HttpResponse<String> r) throws Exception {
        return TestHttp.assertShortError(status, r);
    }

    static String article(String id, String title, String text) {
        return "{\"id\":\"" + id + "\",\"date\":\"2024-03-01\",\"title\":\"" + title + "\",\"text\":\"" + text + "\"}";
    }

    @Test
    void bodyArticleAndQueryLimits() throws Exception {
        // Defaults: 1 MiB of body, 100 000 characters of text, pages of at most 1000.
        HttpResponse<String> huge = send(app, "POST", "/api/articles", "application/json", article("big", "t", "x".repeat(1_100_000)));
        assertTrue(assertShortError(413, huge).contains("1048576"));
        HttpResponse<String> longText = send(app, "POST", "/api/articles", "application/json", article("long", "t", "x".repeat(100_001)));
        assertTrue(assertShortError(413, longText).contains("100000"));
        assertEquals(201, send(app, "POST", "/api/articles", "application/json", article("long", "t", "x".repeat(100_000))).statusCode());
        assertShortError(400, get(app, "/api/events?limit=1001"));
        assertShortError(400, get(app, "/api/events?limit=0"));
        assertShortError(400, get(app, "/api/events?offset=-1"));
        assertShortError(400, get(app, "/api/actors?limit=5000"));
        assertShortError(400, get(app, "/api/network?limit=-3"));
        assertEquals(1000, JSON.readTree(get(app, "/api/events?limit=1000").body()).get("limit").asInt());
        assertShortError(400, get(app, "/api/events?actor=" + "A".repeat(201)));
        assertShortError(400, send(app, "POST", "/api/articles", "application/json", article("i".repeat(Limits.MAX_ID_CHARS + 1), "t", "x")));
        assertShortError(400, send(app, "POST", "/api/articles", "application/json", article("title", "t".repeat(1001), "x")));
        // Smaller limits as ServeCommand's flags would set them.
        assertShortError(413, send(small, "POST", "/api/articles", "application/json", article("s1", "t", "x".repeat(4_000))));
        assertShortError(413, send(small, "POST", "/api/articles", "application/json", article("s1", "t", "x".repeat(501))));
        assertShortError(400, send(small, "POST", "/api/articles", "application/json", article("s1", "t".repeat(51), "x")));
        assertShortError(400, get(small, "/api/events?q=" + "a".repeat(31)));
        assertShortError(400, get(small, "/api/events?limit=101"));
        assertTrue(store.article("s1").isEmpty());
    }

    /**
     * A body a little over the limit is answered with a 413 every time, not a dropped connection: the server reads
     * it to its end before answering, so no unread bytes make the kernel reset the connection under the answer.
     * The client here writes the whole body before it reads, as java.net.http and most clients do.
     */
    @Test
    void aBodyALittleOverTheLimitAlwaysGetsItsAnswer() throws Exception {
        String body = article("over", "t", "x".repeat(1_100_000));
        for (int i = 0; i < 30; i++) {
            assertTrue(assertShortError(413, send(app, "POST", "/api/articles", "application/json", body)).contains("1048576"), "try " + i);
        }
        // Chunked (no length up front): read past the limit, then to the end.
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + app.port() + "/api/articles"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build();
            HttpResponse<String> r = TestHttp.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertShortError(413, r);
        }
        // Refused for its type before a byte is read: the same.
        for (int i = 0; i < 10; i++) assertShortError(415, send(app, "POST", "/api/articles", "text/plain", body));
        assertTrue(store.article("over").isEmpty());
        // Declared far over the limit: answered unread, and the answer says the connection ends.
        RawHttp.Answer unread = RawHttp.exchange(app.port(), ("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 20000000\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1), false);
        assertEquals(413, unread.status());
        assertEquals("close", unread.header("Connection"));
    }

    @Test
    void codingIsTimeBoxed() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = send(small, "POST", "/api/articles", "application/json", article("slow-1", "t", "Japan criticized China."));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(assertShortError(503, r).contains("1 s"), r.body());
        assertTrue(ms < 8_000, ms + " ms");
        assertTrue(store.article("slow-1").isEmpty(), "an article whose coding timed out is not stored");
    }

    @Test
    void idleAndHalfSentRequestsAreCutOff() throws Exception {
        try (Socket s = new Socket("127.0.0.1", small.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
            long t0 = System.nanoTime();
            InputStream in = s.getInputStream();
            RawHttp.readAll(in); // returns when the server closes the connection
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 500 && ms < 8_000, ms + " ms");
        }
    }

    @Test
    void aBodyTricklingInUnderTheMinimumRateIsCutOff() throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.port())) { // default limits: a 30 s idle timeout
            s.setSoTimeout(20_000);
            var out = s.getOutputStream();
            out.write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{")
                    .getBytes(StandardCharsets.ISO_8859_1));
            long t0 = System.nanoTime();
            boolean cut = false;
            // One byte a second: each byte restarts the idle clock, so only the data rate can end this.
            for (int i = 0; i < 15 && !cut; i++) {
                Thread.sleep(1_000);
                try {
                    out.write(' ');
                    out.flush();
                } catch (java.io.IOException e) {
                    cut = true;
                }
                if (s.getInputStream().available() > 0) cut = true;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(cut, "still reading a trickle after " + ms + " ms");
        }
        assertTrue(store.article("trickle").isEmpty());
    }

    @Test
    void errorsAreShortJsonInOurWords() throws Exception {
        Map<String, Integer> posts = Map.of(
                "not json", 400, "{\"text\": \"x\", \"text\": \"y\", \"date\": \"2024-01-01\"}", 400, "[1, 2]", 400, "\"text\"", 400,
                "{\"text\": 5, \"date\": \"2024-01-01\"}", 400, "{\"text\": \"x\", \"date\": \"yesterday\"}", 400,
                "{\"text\": \"x\", \"date\": \"-999999999-01-01\"}", 400, "{\"text\": \"x\", \"date\": \"2024-01-01\", \"extra\": {\"a\": [1]}}", 400,
                "{\"text\": \"x\", \"date\": \"2024-02-30\"}", 400, "{\"text\": \"\\ud800\", \"date\": \"2024-01-01\"}", 400);
        for (var p : posts.entrySet()) assertShortError(p.getValue(), send(app, "POST", "/api/articles", "application/json", p.getKey()));
        assertShortError(400, send(app, "POST", "/api/articles", HeraldServer.WIRE_TYPE, " date 99999-01-01 x\nTitle\nBody.\n"));
        assertShortError(400, send(app, "POST", "/api/articles", HeraldServer.WIRE_TYPE, " date 2024-01-01 a\nOne\n date 2024-01-01 b\nTwo\n"));
        assertShortError(400, send(app, "POST", "/api/articles", HeraldServer.WIRE_TYPE, ""));
        assertShortError(415, send(app, "POST", "/api/articles", "text/plain", "x"));
        for (String path : List.of("/api/events?from=-999999999-01-01", "/api/events?to=+10000-01-01", "/api/events?from=2026-02-01&to=2026-01-01",
                "/api/events?from=yesterday", "/api/events?quad=9", "/api/events?bbox=1,2,3", "/api/events?limit=99999999999999999999",
                "/api/events/abc", "/api/events/99999999999999999999", "/api/dyad?a=RUS", "/api/network?from=0000-01-01")) {
            assertShortError(400, get(app, path));
        }
        assertShortError(404, get(app, "/api/events/999999"));
        assertShortError(404, get(app, "/api/nothing-here"));
        assertShortError(404, send(app, "DELETE", "/api/events", null, null));
        RawHttp.Answer bad = RawHttp.send(app.port(), "GET", "/api/events/%00", "127.0.0.1");
        assertShortError(400, bad.status(), bad.header("Content-Type"), bad.body());
        RawHttp.Answer big = RawHttp.send(app.port(), "GET", "/api/events", "127.0.0.1", "X-Big: " + "a".repeat(20_000));
        assertShortError(431, big.status(), big.header("Content-Type"), big.body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        List<HttpResponse<String>> answers = List.of(get(app, "/"), get(app, "/app.js"), get(app, "/style.css"), get(app, "/api/events"),
                get(app, "/api/openapi.json"), get(app, "/api/events/abc"), get(app, "/api/nothing-here"),
                send(app, "POST", "/api/articles", "text/plain", "x"));
        for (HttpResponse<String> r : answers) {
            String where = r.request().method() + " " + r.uri() + " " + r.statusCode();
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), where + ": " + csp);
            assertFalse(csp.contains("unsafe-eval") || csp.matches(".*script-src[^;]*unsafe-inline.*"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), where);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), where);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), where);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), where);
        }
        assertEquals(200, answers.get(1).statusCode(), "the dashboard bundle is served");
        RawHttp.Answer bad = RawHttp.send(app.port(), "GET", "/api/events/%00", "127.0.0.1");
        assertEquals("nosniff", bad.header("X-Content-Type-Options"));
        assertTrue(bad.header("Content-Security-Policy").contains("default-src 'none'"));
    }
}
