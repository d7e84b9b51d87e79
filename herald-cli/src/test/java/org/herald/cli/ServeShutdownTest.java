package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.herald.store.EventStore;
import org.herald.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} stopped with SIGTERM while clients POST articles ({@link ServeChild} in a child JVM): the shutdown
 * hook must close the store before the JVM halts, so no WAL is left, and the store must hold every answered
 * article whole, at one version, with lookups that agree with scans, also after a first reopen that does not
 * touch events.
 */
class ServeShutdownTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 4;
    /** Each article is posted twice; the second version has another number of sentences (and events). */
    private static final String V1 = "Turkey condemned Israel.";
    private static final String V2 = "Russia praised Iran. France met Germany. Japan criticized China.";

    @TempDir Path dir;

    @Test
    void sigtermDuringPostsClosesTheStoreAndLeavesItConsistent() throws Exception {
        Path db = dir.resolve("serve.duckdb");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), ServeChild.class.getName(), db.toString())
                .redirectError(dir.resolve("serve.err").toFile()).start();
        int port = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; port < 0 && (line = out.readLine()) != null; ) if (line.startsWith("port ")) port = Integer.parseInt(line.substring(5));
        }
        if (port < 0) fail("serve did not start: " + Files.readString(dir.resolve("serve.err")));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // Each id is posted twice with new text: an explicit replace (a changed article without it is a 409).
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/articles?replace=true");
        Map<String, String> answered = new ConcurrentHashMap<>(); // article id -> text of its last 201
        Map<String, Integer> eventsOfText = new ConcurrentHashMap<>();
        AtomicInteger posts = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                try {
                    for (int n = 0; ; n++) {
                        String id = "c" + client + "-" + n;
                        for (String text : List.of(V1, V2)) {
                            String body = JSON.writeValueAsString(Map.of("id", id, "date", "2026-01-0" + (client + 1), "text", text));
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 201 && r.statusCode() != 200) return; // the server is going down (201 new, 200 replaced)
                            eventsOfText.put(text, JSON.readTree(r.body()).get("events").size());
                            answered.put(id, text);
                            posts.incrementAndGet();
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    // connection refused or reset: the server stopped
                }
            });
            t.start();
            clients.add(t);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (posts.get() < 60 && System.nanoTime() < deadline) Thread.sleep(10);
        assertTrue(posts.get() >= 60, "posts answered before SIGTERM: " + posts.get());
        assertTrue(eventsOfText.get(V2) > eventsOfText.get(V1) && eventsOfText.get(V1) > 0, "both versions have events: " + eventsOfText);
        p.destroy(); // SIGTERM: the shutdown hook runs
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve stopped after SIGTERM");
        for (Thread t : clients) t.join(30_000);
        String err = Files.readString(dir.resolve("serve.err"));
        assertFalse(Files.exists(Path.of(db + ".wal")), "the store was closed (checkpointed) before the JVM halted; stderr: " + err);

        try (EventStore s = EventStore.open(db)) {
            assertEquals(List.of(List.of(1)), s.sql("SELECT 1").rows());
        }
        try (EventStore s = EventStore.open(db)) {
            Map<String, Long> scan = new HashMap<>();
            for (List<Object> row : s.sql("SELECT article_id, count(*) FROM events GROUP BY article_id").rows()) {
                scan.put((String) row.get(0), ((Number) row.get(1)).longValue());
            }
            List<List<Object>> articles = s.sql("SELECT id, body FROM articles").rows();
            assertTrue(articles.size() >= answered.size());
            for (List<Object> a : articles) {
                String id = (String) a.get(0), body = (String) a.get(1);
                if (answered.get(id) != null && answered.get(id).equals(V2)) assertEquals(V2, body, id + ": the answered version is stored");
                List<StoredEvent> events = s.eventsOf(id);
                assertEquals(scan.getOrDefault(id, 0L), (long) events.size(), id + ": events by article id agree with a scan");
                assertEquals(eventsOfText.get(body), events.size(), id + ": the events of its stored version, no more, no fewer");
                for (StoredEvent e : events) assertTrue(body.contains(e.event().evidence()), id + ": no stale event: " + e.event().evidence());
            }
            for (String id : answered.keySet()) assertTrue(s.article(id).isPresent(), id + " was answered 201 and is stored");
            for (List<Object> row : s.sql("SELECT CAST(date AS VARCHAR), count(*) FROM events GROUP BY date").rows()) {
                assertEquals(((Number) row.get(1)).longValue(), ((Number) s.sql("SELECT count(*) FROM events WHERE date = DATE '" + row.get(0) + "'")
                        .rows().get(0).get(0)).longValue(), "events on " + row.get(0));
            }
        }
    }
}
