package org.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.herald.events.EventCoder;
import org.herald.pipeline.HeraldPipeline;
import org.herald.server.ApiService;
import org.herald.server.HeraldServer;
import org.herald.store.EventStore;

/**
 * Load test of the REST API on loopback: seeds a store of N synthetic events (one SQL statement, no CoreNLP),
 * starts the real server on a free port with {@link ServeChild.SvoParser} as the parser behind POST (so posts
 * cost the store's write, not CoreNLP's seconds), runs C client threads doing filtered event queries for D
 * seconds while one poster posts K articles (each twice: the second is a retry and must come back unchanged),
 * then reports requests/s, p50/p99 latency and errors and checks each posted article is stored exactly once.
 *
 * <p>Client and server share the JVM and the machine's cores, as wrk beside the server would.
 *
 * <p>Usage: {@code LoadBench [events] [clients] [seconds] [posts] [readers...]}; see README (Store and API).
 */
public final class LoadBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ACTORS = {"RUSGOV", "IRNGOV", "USA", "USAGOV", "CHNGOV", "FRA", "DEUGOV", "TUR", "ISRMIL", "UKRGOV",
            "GBRGOV", "JPN", "INDGOV", "PAKMIL", "SYRREB", "EGY", "SAUGOV", "BRA", "ZAF", "NGA"};
    private static final String[] CODES = {"010", "020", "036", "040", "042", "043", "051", "057", "061", "111", "112", "120", "130", "141",
            "163", "172", "180", "190", "193", "195"};
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    public record Config(int events, int clients, Duration duration, int posts, int readers, Duration warmup) {}

    public record Result(Config config, long requests, long errors, double seconds, double p50Millis, double p99Millis, double maxMillis,
                         int postsStoredOnce, int postsWithEvents, long postErrors, List<String> firstErrors) {
        double perSecond() { return requests / seconds; }

        String line() {
            return String.format(Locale.ROOT, "readers=%d events=%d clients=%d %ds: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, "
                            + "max %.1f ms, %d errors; posts: %d/%d stored exactly once (%d with events), %d post errors",
                    config.readers(), config.events(), config.clients(), config.duration().toSeconds(), requests, perSecond(), p50Millis, p99Millis,
                    maxMillis, errors, postsStoredOnce, config.posts(), postsWithEvents, postErrors);
        }
    }

    private LoadBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("serve")) {
            serve(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Boolean.parseBoolean(args[4]), Integer.parseInt(args[5]));
            return;
        }
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int posts = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        List<Integer> readers = new ArrayList<>();
        for (int i = 4; i < args.length; i++) readers.add(Integer.parseInt(args[i]));
        if (readers.isEmpty()) readers = List.of(EventStore.DEFAULT_READERS, 0);
        Path dir = Files.createTempDirectory("herald-load");
        for (int r : readers) {
            Result res = run(new Config(events, clients, Duration.ofSeconds(seconds), posts, r, Duration.ofSeconds(5)), dir.resolve("load-" + r + ".duckdb"));
            System.out.println(res.line());
        }
    }

    /** Fills an empty store with {@code n} events over 365 days in articles of five events (one SQL statement each table). */
    static void seed(EventStore s, int n) {
        String actors = "['" + String.join("','", ACTORS) + "']", codes = "['" + String.join("','", CODES) + "']";
        s.sql("INSERT INTO articles (id, date, source, title, body, content_hash, ingested_at) SELECT 'seed-' || i, DATE '" + FIRST_DAY + "' + CAST(i % 365 AS INTEGER), 'seed', 'Seed ' || i, "
                + "'Seed article ' || i, md5(i::VARCHAR), now() FROM range(" + ((n + 4) / 5) + ") t(i)");
        s.sql("INSERT INTO events (article_id, sentence, date, source, source_text, target, target_text, code, root, code_name, goldstein, "
                + "quad_class, plover_type, pattern, trigger, span, evidence, negated, attributed_to, explanation) "
                + "SELECT 'seed-' || (i // 5), i % 5, DATE '" + FIRST_DAY + "' + CAST((i // 5) % 365 AS INTEGER), "
                + "list_element(" + actors + ", CAST(hash(i) % 20 AS INTEGER) + 1) AS src, 'source ' || i, "
                + "list_element(" + actors + ", CAST(hash(i + 7) % 20 AS INTEGER) + 1), 'target ' || i, "
                + "list_element(" + codes + ", CAST(hash(i + 13) % 20 AS INTEGER) + 1) AS c, left(c, 2), 'name ' || c, "
                + "(hash(i + 17) % 20)::DOUBLE - 10, CAST(hash(i + 13) % 4 AS INTEGER) + 1, 'PLOVER', 'seed.pattern', 'trigger', 'span', "
                + "'Evidence ' || i || ' of ' || src || (CASE WHEN i % 10 = 0 THEN ' about protests' ELSE '' END) || '.', false, '', 'seeded' "
                + "FROM range(" + n + ") t(i)");
        s.sql("INSERT INTO event_mentions (event_id, article_id, sentence, merged_id) SELECT id, article_id, sentence, id FROM events WHERE article_id LIKE 'seed-%'");
        s.checkpoint();
    }

    /** A new store file holding {@code n} seeded events. */
    static void seedFile(Path db, int n) {
        try (EventStore s = EventStore.open(db)) {
            seed(s, n);
        }
    }

    /** One filtered event query, varied by the random source: actor/source/target/country, dates, codes, text. */
    static String query(Random r) {
        String actor = ACTORS[r.nextInt(ACTORS.length)].substring(0, 3);
        LocalDate from = FIRST_DAY.plusDays(r.nextInt(300));
        String dates = "&from=" + from + "&to=" + from.plusDays(7 + r.nextInt(60));
        return switch (r.nextInt(5)) {
            case 0 -> "/api/events?actor=" + actor + dates + "&limit=50";
            case 1 -> "/api/events?source=" + actor + "&quad=" + (1 + r.nextInt(4)) + "&limit=50";
            case 2 -> "/api/events?country=" + actor + "&root=" + CODES[r.nextInt(CODES.length)].substring(0, 2) + dates + "&limit=50";
            case 3 -> "/api/events?target=" + actor + "&code=" + CODES[r.nextInt(CODES.length)] + "&limit=50&offset=" + 50 * r.nextInt(3);
            default -> "/api/events?q=protests" + dates + "&limit=20";
        };
    }

    /**
     * Seeds a store of {@code events} in a temporary directory and serves it on {@code port} until killed, for a load
     * client in another process (scripts/load-wrk.sh runs wrk against it), with {@code readers} reader connections
     * {@code threads} DuckDB threads per query (0: DuckDB's default) and, if {@code index}, the in-memory event index. Prints "ready" and the store's path when it listens.
     */
    static void serve(int events, int readers, int threads, boolean index, int port) throws Exception {
        Path db = Files.createTempDirectory("herald-load").resolve("serve.duckdb");
        HeraldPipeline pipeline = new HeraldPipeline(new ServeChild.SvoParser(), EventCoder.standard(false));
        seedFile(db, events);
        EventStore store = index ? EventStore.openServing(db, readers) : EventStore.open(db, readers, threads);
        ApiService api = new ApiService(store, () -> pipeline);
        Javalin app = HeraldServer.start(api, "127.0.0.1", port);
        if (index) api.warmUpInBackground(); // as serve does
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            store.close();
        }));
        System.out.println("ready readers=" + readers + " threads=" + threads + " index=" + index + " events=" + events + " port=" + app.port() + " db=" + db);
        Thread.currentThread().join();
    }

    public static Result run(Config c, Path db) throws Exception {
        HeraldPipeline pipeline = new HeraldPipeline(new ServeChild.SvoParser(), EventCoder.standard(false));
        seedFile(db, c.events());
        // Readers: the serving configuration (EventStore.openServing, as herald serve); none: the old single-connection path.
        try (EventStore store = c.readers() > 0 ? EventStore.openServing(db, c.readers()) : EventStore.open(db, 0, EventStore.SERVING_THREADS)) {
            ApiService api = new ApiService(store, () -> pipeline);
            Javalin app = HeraldServer.start(api, "127.0.0.1", 0);
            if (c.readers() > 0) api.warmUpInBackground(); // as serve does
            try {
                return drive(c, store, "http://127.0.0.1:" + app.port());
            } finally {
                app.stop();
            }
        }
    }

    private static Result drive(Config c, EventStore store, String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        AtomicBoolean measuring = new AtomicBoolean(false), stop = new AtomicBoolean(false);
        AtomicLong errors = new AtomicLong(), postErrors = new AtomicLong();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long[][] latencies = new long[c.clients()][];
        int[] counts = new int[c.clients()];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < c.clients(); t++) {
            final int id = t;
            Thread th = new Thread(() -> {
                Random r = new Random(id);
                long[] lat = new long[1 << 16];
                int n = 0;
                while (!stop.get()) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + query(r))).timeout(Duration.ofSeconds(30)).GET().build();
                    long t0 = System.nanoTime();
                    boolean ok;
                    String err = null;
                    try {
                        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                        ok = resp.statusCode() == 200 && resp.body().startsWith("{\"total\":");
                        if (!ok) err = resp.statusCode() + " " + req.uri() + ": " + resp.body();
                    } catch (Exception e) {
                        ok = false;
                        err = req.uri() + ": " + e;
                    }
                    long dt = System.nanoTime() - t0;
                    if (!measuring.get()) continue;
                    if (!ok) {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) firstErrors.add(err);
                    }
                    if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
                    lat[n++] = dt;
                }
                latencies[id] = lat;
                counts[id] = n;
            }, "load-client-" + t);
            th.start();
            threads.add(th);
        }
        Thread.sleep(c.warmup().toMillis());
        measuring.set(true);
        long start = System.nanoTime();
        // The poster: K articles spread over the window, each posted twice (the second a client's retry).
        List<String> posted = new ArrayList<>();
        Map<String, Integer> eventsAnswered = new java.util.HashMap<>();
        long gap = c.duration().toNanos() / (c.posts() + 1);
        for (int k = 0; k < c.posts(); k++) {
            long due = start + gap * (k + 1);
            while (System.nanoTime() < due) Thread.sleep(Math.max(1, (due - System.nanoTime()) / 1_000_000));
            String aid = "load-post-" + k;
            String body = JSON.writeValueAsString(Map.of("id", aid, "date", "2026-02-" + String.format("%02d", 1 + k % 28),
                    "text", "Russia condemned Iran. France praised Germany. Japan met China."));
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles")).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    // A new article is 201 "new"; its retry, the same text again, is 200 "unchanged".
                    int wantCode = attempt == 0 ? 201 : 200;
                    JsonNode j = resp.statusCode() == wantCode ? JSON.readTree(resp.body()) : null;
                    String want = attempt == 0 ? "new" : "unchanged";
                    if (j == null || !want.equals(j.get("status").asText())) {
                        postErrors.incrementAndGet();
                        if (firstErrors.size() < 5) firstErrors.add("POST " + aid + " #" + attempt + ": " + resp.statusCode() + " " + resp.body());
                    } else {
                        eventsAnswered.put(aid, j.get("events").size());
                    }
                } catch (Exception e) {
                    postErrors.incrementAndGet();
                    if (firstErrors.size() < 5) firstErrors.add("POST " + aid + ": " + e);
                }
            }
            posted.add(aid);
        }
        long end = start + c.duration().toNanos();
        while (System.nanoTime() < end) Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
        measuring.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Thread th : threads) th.join();

        int total = 0;
        for (int n : counts) total += n;
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < c.clients(); t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        // Exactly once: one articles row per posted id, and as many events as the POST answered, none repeated.
        int once = 0, withEvents = 0;
        for (String aid : posted) {
            long rows = ((Number) store.sql("SELECT count(*) FROM articles WHERE id = '" + aid + "'").rows().get(0).get(0)).longValue();
            int stored = store.eventsOf(aid).size();
            long distinct = ((Number) store.sql("SELECT count(DISTINCT (sentence, source, target, code)) FROM events WHERE article_id = '" + aid + "'")
                    .rows().get(0).get(0)).longValue();
            if (rows == 1 && eventsAnswered.containsKey(aid) && stored == eventsAnswered.get(aid) && distinct == stored) once++;
            if (stored > 0) withEvents++;
        }
        return new Result(c, total, errors.get(), seconds, pct(all, 0.50), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                once, withEvents, postErrors.get(), List.copyOf(firstErrors));
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
