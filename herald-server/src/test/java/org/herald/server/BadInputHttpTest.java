package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.herald.model.Article;
import org.herald.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of bad input for {@code POST /api/articles}, each sent through the real server (default limits) over a
 * raw socket. A bad request is refused with its 4xx status (never a 5xx) and a short JSON error in our words; the
 * store is exactly as before (articles with their hashes and ingest times, event ids, sentence and mention
 * counts); and a good article posted right after it is stored with 201. A few odd but well-formed inputs are
 * accepted: a byte order mark is dropped, CRLF or CR line breaks in wire text become LF, U+2028 and bidi controls
 * stay in the article text (prose in right-to-left scripts uses them) but not in the one-line fields, JSON
 * {@code null} for an optional field is the same as leaving it out. For those the case says what is stored.
 */
class BadInputHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";
    private static final String WIRE = HeraldServer.WIRE_TYPE;
    private static final long TWENTY_MB = 20L * 1024 * 1024;

    @TempDir static Path dir;
    static EventStore store;
    static Javalin app;
    static int goodPosts;

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir.resolve("bad-input.duckdb"));
        app = HeraldServer.start(new ApiService(store, TestStores::quietPipeline), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        store.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachCase(Case c) throws Exception {
        Snapshot before = Snapshot.of(store);
        long t0 = System.nanoTime();
        RawHttp.Answer a = c.request().send(app.port());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 8_000, c + ": answered after " + ms + " ms");
        assertTrue(a.status() < 500, c + ": " + a.status() + " " + a.body());
        if (c.stored() == null) {
            try {
                String message = TestHttp.assertShortError(c.status(), a.status(), a.header("Content-Type"), a.body());
                assertTrue(message.contains(c.says()), "'" + c.says() + "' in " + message);
            } catch (AssertionError e) {
                throw new AssertionError(c + ": " + e.getMessage(), e);
            }
            assertEquals(before, Snapshot.of(store), c + ": the store changed");
        } else {
            assertEquals(201, a.status(), c + ": " + a.body());
            String id = JSON.readTree(a.body()).get("article_id").asText();
            Article stored = store.article(id).orElseThrow(() -> new AssertionError(c + ": " + id + " not stored"));
            c.stored().accept(stored);
            Snapshot after = Snapshot.of(store);
            TreeSet<String> ids = before.articleIds();
            ids.add(id);
            assertEquals(ids, after.articleIds(), c + ": only the one article is added");
            assertTrue(after.articles().containsAll(before.articles()), c + ": the other articles are as they were");
            assertEquals(before.events(), after.events(), c + ": the events are as they were (the quiet coder finds none)");
        }
        String good = "good-" + ++goodPosts;
        HttpResponse<String> r = TestHttp.post(app, "/api/articles", JSON_TYPE, article(good, "text", "Japan criticized China."));
        assertEquals(201, r.statusCode(), "the good post after " + c + ": " + r.body());
        assertTrue(store.article(good).isPresent(), "the good post after " + c + " is stored");
    }

    @Test
    void anUnknownCharsetOnAReadIsNotAnError() throws Exception {
        // Jetty's parsed Content-Type fails on such a charset (a post read it and answered 500); a read never looks.
        RawHttp.Answer a = RawHttp.send(app.port(), "GET", "/api/events?actor=RUS", "127.0.0.1", "Content-Type: text/plain; charset=klingon");
        assertEquals(200, a.status(), a.body());
    }

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();

        // What the body is, as a whole.
        cases.add(refused("empty JSON body", 400, json("")));
        cases.add(refused("JSON body of only whitespace", 400, json(" \t\r\n  \n")));
        cases.add(refused("JSON {}", 400, json("{}")));
        cases.add(refused("JSON null", 400, json("null")));
        cases.add(refused("JSON []", 400, json("[]")));
        cases.add(refused("JSON number", 400, json("42")));
        cases.add(refused("two JSON objects back to back", 400, "not valid JSON", json(article("twice-1", "text", "A.") + article("twice-2", "text", "B."))));
        cases.add(refused("a JSON object then garbage", 400, "not valid JSON", json(article("garbage", "text", "A.") + " trailing words")));
        cases.add(refused("JSON with a comment", 400, json("/* note */ " + article("comment", "text", "A."))));
        cases.add(refused("NaN as the text", 400, json("{\"date\":\"2024-03-01\",\"text\":NaN}")));
        cases.add(refused("a number of 100,000 digits as the text", 400, json("{\"date\":\"2024-03-01\",\"text\":" + "7".repeat(100_000) + "}")));
        cases.add(refused("empty wire body", 400, wire("")));
        cases.add(refused("wire body of only whitespace", 400, wire(" \t\r\n  \n")));

        // Binary data.
        byte[] random = new byte[64 * 1024];
        new Random(20240301).nextBytes(random);
        cases.add(refused("64 KiB of random bytes as JSON", 400, json(random)));
        cases.add(refused("64 KiB of random bytes as wire text", 400, wire(random)));
        cases.add(refused("64 KiB of random bytes as plain text with ?date", 400, post("?date=2024-03-01", WIRE, random)));

        // Bytes that are not UTF-8: refused, not decoded into replacement characters.
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put("C3 28 (bad continuation)", "c328");
        broken.put("ED A0 80 (a surrogate)", "eda080");
        broken.put("C0 AF (overlong /)", "c0af");
        broken.put("FF", "ff");
        broken.put("E2 82 (cut short)", "e282");
        broken.forEach((name, hex) -> {
            byte[] bad = HexFormat.of().parseHex(hex);
            cases.add(refused("invalid UTF-8 " + name + " in the JSON text", 400, "not valid UTF-8",
                    json(bytes("{\"date\":\"2024-03-01\",\"text\":\"Japan criticized Chin", bad, "a.\"}"))));
            cases.add(refused("invalid UTF-8 " + name + " in the wire body", 400, "not valid UTF-8", wire(bytes(" date 2024-03-01 utf\nTitle\nJapan ", bad, " China.\n"))));
        });
        byte[] c328 = HexFormat.of().parseHex("c328");
        cases.add(refused("invalid UTF-8 in the JSON title", 400, json(bytes("{\"date\":\"2024-03-01\",\"title\":\"T", c328, "\",\"text\":\"A.\"}"))));
        cases.add(refused("invalid UTF-8 in the wire header's id", 400, wire(bytes(" date 2024-03-01 id", c328, "\nTitle\nBody.\n"))));
        cases.add(refused("invalid UTF-8 in plain text with ?date", 400, post("?date=2024-03-01", WIRE, bytes("Japan ", c328, " China."))));
        cases.add(refused("JSON in UTF-16 with its byte order mark", 400,
                json(bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, article("utf16", "text", "A.").getBytes(StandardCharsets.UTF_16LE)))));

        // A UTF-8 byte order mark is dropped; nothing stored keeps it.
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        cases.add(accepted("a byte order mark before JSON", json(bytes(bom, article("bom-json", "title", "BOM title"))), a -> {
            assertEquals("bom-json", a.id());
            assertEquals("BOM title", a.title());
            assertNoBom(a);
        }));
        cases.add(accepted("a byte order mark before wire text", wire(bytes(bom, " date 2024-03-01 bom-wire\nBOM headline\nJapan criticized China.\n")), a -> {
            assertEquals("bom-wire", a.id());
            assertEquals("BOM headline", a.title());
            assertNoBom(a);
        }));
        cases.add(accepted("a byte order mark before plain text with ?date", post("?date=2024-03-01", WIRE, bytes(bom, "Japan criticized China, BOM.")), a -> {
            assertEquals("Japan criticized China, BOM.", a.body());
            assertNoBom(a);
        }));

        // Line breaks of other systems in wire text.
        cases.add(accepted("CRLF line breaks in wire text",
                wire(" date 2024-03-01 crlf\r\nCRLF headline\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r\n"), a -> {
            assertEquals("CRLF headline", a.title());
            assertEquals("First paragraph.\n\nSecond paragraph.", a.body());
        }));
        cases.add(accepted("CRLF line breaks in plain text with ?date", post("?date=2024-03-01", WIRE, utf8("Japan criticized China.\r\n\r\nCRLF plain.\r\n")),
                a -> assertEquals("Japan criticized China.\n\nCRLF plain.", a.body())));
        cases.add(accepted("CR-only line breaks in wire text", wire(" date 2024-03-01 cr-only\rCR headline\rFirst.\rSecond.\r"), a -> {
            assertEquals("CR headline", a.title());
            assertEquals("First.\n\nSecond.", a.body());
        }));

        // Sizes: the body limit (1 MiB) is kept without reading a larger body; the text limit is 100,000 characters.
        String head20 = "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n";
        cases.add(refused("a 20 MB body with its Content-Length", 413, "1048576", streamed(head20 + "Content-Length: " + TWENTY_MB + "\r\n\r\n", false)));
        cases.add(refused("a 20 MB body in chunks", 413, "1048576", streamed(head20 + "Transfer-Encoding: chunked\r\n\r\n", true)));
        cases.add(refused("Content-Length says 20 MB, 100 bytes come", 413, "1048576",
                raw(head20 + "Content-Length: " + TWENTY_MB + "\r\n\r\n" + "{".repeat(100))));
        String whole = article("cl-short", "text", "Japan criticized China.");
        cases.add(refused("Content-Length says 20 bytes, a whole article comes", 400, raw(head20 + "Content-Length: 20\r\n\r\n" + whole)));
        cases.add(refused("Content-Length says 5,000 bytes, 100 come and the client stops", 400, "ended early",
                ended(head20 + "Content-Length: 5000\r\n\r\n" + whole.substring(0, 60))));
        cases.add(refused("a chunk size that is not hex", 400, "malformed", raw(head20 + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + whole + "\r\n0\r\n\r\n")));
        cases.add(refused("chunked and a Content-Length", 400,
                raw(head20 + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n" + Integer.toHexString(whole.length()) + "\r\n" + whole + "\r\n0\r\n\r\n")));
        String sentence = sentence(100_000);
        cases.add(accepted("a text of 100,000 characters, one sentence with no full stop", json(article("sentence-100000", "text", sentence)),
                a -> assertEquals(sentence, a.body())));
        cases.add(accepted("a text of 99,999 characters", json(article("sentence-99999", "text", sentence(99_999))),
                a -> assertEquals(99_999, a.body().length())));
        cases.add(refused("a text of 100,001 characters", 413, "100000", json(article("sentence-100001", "text", sentence(100_001)))));
        cases.add(refused("a wire body of 100,001 characters", 413, "100000", wire(" date 2024-03-01 wire-100001\nHeadline\n" + sentence(100_001) + "\n")));

        // Nesting: a parser's depth limit, not the thread's stack.
        cases.add(refused("100,000 unclosed [", 400, json("[".repeat(100_000))));
        cases.add(refused("100,000 nested arrays, closed", 400, json("[".repeat(100_000) + "]".repeat(100_000))));
        cases.add(refused("100,000 unclosed {\"a\":", 400, json("{\"a\":".repeat(100_000))));
        cases.add(refused("a title nested 100,000 arrays deep", 400,
                json("{\"date\":\"2024-03-01\",\"text\":\"A.\",\"title\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")));
        String quotes = "“«\"'‘‹„".repeat(5_000) + "Japan criticized China." + "“‹’'\"»”".repeat(5_000);
        cases.add(accepted("a text inside 35,000 nested quotation marks", json(article("quotes", "text", quotes)),
                a -> assertEquals(quotes, a.body())));

        // Control and invisible characters: NUL, BEL and ESC nowhere but as JSON escapes; U+2028 and U+202E only
        // in the article text.
        Map<String, String> controls = new LinkedHashMap<>();
        controls.put("NUL", "\u0000");
        controls.put("BEL", "\u0007");
        controls.put("ESC", "\u001b[31m");
        controls.put("U+2028", "\u2028");
        controls.put("U+202E", "\u202e");
        controls.forEach((name, c) -> {
            boolean inProse = name.startsWith("U+");
            String textId = "control-text-" + name;
            if (inProse) {
                cases.add(accepted(name + " in the text", json(article(textId, "text", "Japan " + c + "criticized China.")),
                        a -> assertEquals("Japan " + c + "criticized China.", a.body())));
            } else {
                cases.add(refused(name + " in the text", 400, json(article(textId, "text", "Japan " + c + "criticized China."))));
            }
            cases.add(refused(name + " in the title", 400, json(article("control-title", "title", "Title " + c + "end"))));
            cases.add(refused(name + " in the id", 400, json(article("control-id-" + c + "x", "text", "A."))));
            cases.add(refused(name + " in the source", 400, json(article("control-source", "source", "wire" + c + "x"))));
            cases.add(refused(name + " in the date's time part", 400, json(article("control-date", "date", "2024-03-01T12:00" + c + "Z"))));
            cases.add(refused(name + " after the date", 400, json(article("control-date", "date", "2024-03-01" + c))));
        });
        cases.add(refused("ESC in the wire headline", 400, wire(" date 2024-03-01 control-wire\nHeadline \u001b[2J\nBody.\n")));
        cases.add(refused("NUL in the wire body", 400, wire(" date 2024-03-01 control-wire\nHeadline\nBody \u0000 text.\n")));
        cases.add(refused("BEL in the wire header's id", 400, wire(" date 2024-03-01 control\u0007wire\nHeadline\nBody.\n")));
        cases.add(refused("U+202E in the wire header's id", 400, wire(" date 2024-03-01 control\u202ewire\nHeadline\nBody.\n")));

        // Malformed headers.
        String post = "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
        String body = article("header", "text", "Japan criticized China.");
        String length = "Content-Length: " + body.length() + "\r\n";
        cases.add(refused("no Content-Type", 415, raw(post + length + "\r\n" + body)));
        cases.add(refused("an empty Content-Type", 415, raw(post + "Content-Type: \r\n" + length + "\r\n" + body)));
        cases.add(refused("Content-Type application/json; charset=latin1", 415, "UTF-8", raw(post + "Content-Type: application/json; charset=latin1\r\n" + length + "\r\n" + body)));
        cases.add(refused("Content-Type with an unknown charset", 415, "UTF-8", raw(post + "Content-Type: application/json; charset=klingon\r\n" + length + "\r\n" + body)));
        cases.add(refused("wire text declared as charset=utf-16", 415, raw(post + "Content-Type: text/x-herald-wire; charset=utf-16\r\n" + length + "\r\n" + body)));
        cases.add(refused("a header line without a colon", 400, raw(post + "Content-Type: application/json\r\nThis line has no colon\r\n" + length + "\r\n" + body)));
        cases.add(refused("Content-Length twice, different", 400,
                raw(post + "Content-Type: application/json\r\n" + length + "Content-Length: " + (body.length() - 5) + "\r\n\r\n" + body)));
        cases.add(refused("Content-Length twice, the same", 400, raw(post + "Content-Type: application/json\r\n" + length + length + "\r\n" + body)));
        cases.add(refused("a header of 100 KB", 431, raw(post + "Content-Type: application/json\r\nX-Big: " + "a".repeat(100_000) + "\r\n" + length + "\r\n" + body)));
        cases.add(refused("a header folded onto a second line", 400,
                raw(post + "Content-Type: application/json\r\nX-Folded: one\r\n two\r\n" + length + "\r\n" + body)));
        cases.add(refused("no Host header", 400,
                raw("POST /api/articles HTTP/1.1\r\nConnection: close\r\nContent-Type: application/json\r\n" + length + "\r\n" + body)));

        // Wrong JSON types. Unknown fields are refused too, so a misspelt field is not silently dropped.
        cases.add(refused("{\"text\": 5}", 400, json("{\"date\":\"2024-03-01\",\"text\":5}")));
        cases.add(refused("{\"text\": true}", 400, json("{\"date\":\"2024-03-01\",\"text\":true}")));
        cases.add(refused("{\"text\": null}", 400, json("{\"date\":\"2024-03-01\",\"text\":null}")));
        cases.add(refused("{\"id\": [1]}", 400, json("{\"id\":[1],\"date\":\"2024-03-01\",\"text\":\"A.\"}")));
        cases.add(refused("{\"id\": 5}", 400, json("{\"id\":5,\"date\":\"2024-03-01\",\"text\":\"A.\"}")));
        cases.add(refused("{\"date\": 20240301}", 400, json("{\"date\":20240301,\"text\":\"A.\"}")));
        cases.add(refused("{\"title\": {\"a\": 1}}", 400, json("{\"date\":\"2024-03-01\",\"title\":{\"a\":1},\"text\":\"A.\"}")));
        cases.add(refused("{\"source\": [\"a\"]}", 400, json("{\"date\":\"2024-03-01\",\"source\":[\"a\"],\"text\":\"A.\"}")));
        cases.add(refused("an unknown extra field", 400, "unknown field 'author'", json("{\"date\":\"2024-03-01\",\"text\":\"A.\",\"author\":\"me\"}")));
        cases.add(refused("a misspelt field (txt)", 400, json("{\"date\":\"2024-03-01\",\"txt\":\"A.\"}")));
        cases.add(refused("both text and body", 400, json("{\"date\":\"2024-03-01\",\"text\":\"A.\",\"body\":\"B.\"}")));
        cases.add(accepted("null id, title and source are as if left out", json("{\"id\":null,\"date\":\"2024-03-01\",\"title\":null,\"source\":null,\"text\":\"Null fields.\"}"), a -> {
            assertTrue(a.id().startsWith("web-"), a.id());
            assertEquals("", a.title());
            assertEquals("", a.source());
        }));

        // Bad dates.
        for (String date : List.of("2024-02-30", "0000-01-01", "+999999999-01-01", "-0001-01-01", "10000-01-01", "yesterday", "2024-3-1",
                "２０２４-03-01", "")) {
            cases.add(refused("date \"" + date + "\"", 400, json(article("bad-date", "date", date))));
        }
        for (String date : List.of("2024-02-30", "0000-01-01", "yesterday")) {
            cases.add(refused("wire date " + date, 400, wire(" date " + date + " bad-date\nHeadline\nBody.\n")));
            cases.add(refused("?date=" + date + " for plain text", 400, post("?date=" + date, WIRE, utf8("Japan criticized China."))));
        }
        cases.add(refused("?replace=maybe", 400, post("?replace=maybe", JSON_TYPE, utf8(article("replace", "text", "A.")))));
        cases.add(refused("?date=%zz for plain text", 400, post("?date=%zz", WIRE, utf8("Japan criticized China."))));
        return cases;
    }

    // ---- the cases ----

    /** How a case is sent: over a raw socket to the server's port, returning the first answer. */
    @FunctionalInterface
    interface Request {
        RawHttp.Answer send(int port) throws Exception;
    }

    /** A named request, and either the status it is refused with or what must be true of the article it stores. */
    record Case(String name, Request request, int status, String says, Consumer<Article> stored) {
        @Override public String toString() { return name; }
    }

    static Case refused(String name, int status, Request r) { return refused(name, status, "", r); }

    /** Refused with {@code status} and an error message that contains {@code says}. */
    static Case refused(String name, int status, String says, Request r) { return new Case(name, r, status, says, null); }

    static Case accepted(String name, Request r, Consumer<Article> stored) { return new Case(name, r, 201, "", stored); }

    static Request json(String body) { return json(utf8(body)); }

    static Request json(byte[] body) { return post("", JSON_TYPE, body); }

    static Request wire(String body) { return wire(utf8(body)); }

    static Request wire(byte[] body) { return post("", WIRE, body); }

    /** A well-formed POST to /api/articles{query} with this body, its type and its true length. */
    static Request post(String query, String type, byte[] body) {
        String head = "POST /api/articles" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: " + type
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] request = bytes(head, body);
        return port -> RawHttp.exchange(port, request, false);
    }

    /** These bytes as they are (ISO-8859-1 for the head; a body in it is ASCII). */
    static Request raw(String request) {
        byte[] b = request.getBytes(StandardCharsets.UTF_8);
        return port -> RawHttp.exchange(port, b, false);
    }

    /** These bytes, and then the client shuts its side. */
    static Request ended(String request) {
        byte[] b = request.getBytes(StandardCharsets.UTF_8);
        return port -> RawHttp.exchange(port, b, true);
    }

    /**
     * {@code head} and then 20 MB of body, streamed; the server must answer before it has all of it (here the answer
     * comes after 4 to 6 MB were sent: the server reads 1 MiB at most, loopback's socket buffers take the rest).
     */
    static Request streamed(String head, boolean chunked) {
        return port -> {
            RawHttp.Streamed s = RawHttp.stream(port, head, TWENTY_MB, chunked);
            assertTrue(s.sentBeforeAnswer() < TWENTY_MB, "the answer came only after the whole body was sent");
            return s.answer();
        };
    }

    /** An article as JSON with {@code field} set to {@code value} (all fields given, so each case changes one). */
    static String article(String id, String field, String value) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("date", "2024-03-01");
        m.put("title", "Title");
        m.put("source", "wire");
        m.put("text", "Japan criticized China.");
        m.put(field, value);
        try {
            return JSON.writeValueAsString(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One sentence of exactly {@code chars} characters with no full stop. */
    static String sentence(int chars) {
        String words = "Turkey condemned Israel and Egypt and ";
        return words.repeat(chars / words.length() + 1).substring(0, chars);
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /** Strings (as UTF-8) and byte arrays one after another. */
    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) out.writeBytes(p instanceof byte[] b ? b : utf8((String) p));
        return out.toByteArray();
    }

    static void assertNoBom(Article a) {
        for (String s : List.of(a.id(), a.title(), a.source(), a.body())) assertFalse(s.contains("\uFEFF"), "a byte order mark in " + s);
    }

    /** What a bad request must not change: every article with its hash and ingest time, every event id, the row counts. */
    record Snapshot(List<List<Object>> articles, List<List<Object>> events, List<List<Object>> counts) {
        static Snapshot of(EventStore s) {
            return new Snapshot(s.sql("SELECT id, content_hash, ingested_at FROM articles ORDER BY id").rows(),
                    s.sql("SELECT id, article_id FROM events ORDER BY id").rows(),
                    s.sql("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM sentences), "
                            + "(SELECT count(*) FROM actor_mentions), (SELECT count(*) FROM event_mentions)").rows());
        }

        TreeSet<String> articleIds() {
            TreeSet<String> ids = new TreeSet<>();
            for (List<Object> row : articles) ids.add((String) row.get(0));
            return ids;
        }
    }
}
