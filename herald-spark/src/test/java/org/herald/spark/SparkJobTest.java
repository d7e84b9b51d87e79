package org.herald.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.pipeline.HeraldPipeline;
import org.herald.read.InputFormat;
import org.herald.read.Inputs;
import org.herald.read.ReadResult;
import org.herald.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on {@code local[2]} (a failed task may be retried up to 4 times) against the single-process coder:
 * the bundled samples, plus the seed article when ../shared is present.
 */
class SparkJobTest {
    static final Path SAMPLES = Path.of("..", "herald-cli", "src", "main", "resources", "samples");
    static final Path SEED = Path.of("..", "..", "shared", "seed", "seed-article.txt");
    /** Failures injected so far (tasks run in this JVM under local[2,4]). */
    static final java.util.concurrent.atomic.AtomicInteger INJECTED = new java.util.concurrent.atomic.AtomicInteger();
    @TempDir static Path dir;
    static SparkSession spark;
    static Path input;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSession.builder().master("local[2,4]").appName("herald-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        input = dir.resolve("in");
        Files.createDirectories(input.resolve("more"));
        try (var files = Files.list(SAMPLES)) {
            for (Path p : files.toList()) Files.copy(p, input.resolve(p.getFileName()));
        }
        // A syndicated copy of one sample under another id and outlet: its events must merge with the original's.
        String original = Files.readString(SAMPLES.resolve("ceasefire-talks.txt"));
        Files.writeString(input.resolve("syndicated.txt"), original.replaceFirst("(?m)^( date \\S+ )(\\S+)", "$1$2-copy"));
        // The same story filed again the next day with a paragraph added, under an id that sorts before the original's:
        // taken in the job's order (article date, then id) it repeats the original, not the other way round.
        Files.writeString(input.resolve("update.txt"), original.replaceFirst("(?m)^ date \\S+ \\S+", " date 2025-06-13 " + UPDATE).stripTrailing()
                + "\nEgyptian mediators said on Friday that a new round of talks would begin in Cairo next week.\n");
        // A web archive: its page's main text is coded like any article.
        try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(input.resolve("news.warc.gz"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
            w.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://wire.example/turkey"))
                    .date(java.time.Instant.parse("2024-05-02T00:00:00Z"))
                    .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(org.netpreserve.jwarc.MediaType.parse("text/html; charset=utf-8"),
                            WARC_PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8)).build()).build());
        }
        // Inputs in a subdirectory are read too.
        if (Files.exists(SEED)) Files.copy(SEED, input.resolve("more").resolve("seed-article.txt"));
    }

    static final String ORIGINAL = "herald-sample-001", COPY = ORIGINAL + "-copy", UPDATE = "herald-sample-000-update";

    static final String WARC_PAGE = """
            <html><head><meta property="og:title" content="Turkey condemns Israel"><meta property="og:site_name" content="Example Wire">
            <meta property="article:published_time" content="2024-05-01T10:00:00Z"></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Turkey condemns Israel</h1>
            <p>Turkey's foreign ministry condemned Israel on Wednesday over the raid on the aid convoy, and recalled its ambassador from Tel Aviv.</p>
            <p>The ministry said the raid broke international law and demanded an inquiry by the United Nations.</p></article>
            <footer>Copyright Example Wire. All rights reserved.</footer></body></html>
            """;

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    /** The single-process coder's rows for every article under {@code input}, by event id. */
    static Map<Long, Row> expectedEvents(JobOptions o) throws Exception {
        List<String> files = new ArrayList<>();
        try (var walk = Files.walk(input)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.add(p.toString()));
        }
        ReadResult read = new Inputs(InputFormat.AUTO, Optional.empty(), System.in).read(files);
        assertTrue(read.errors().isEmpty(), read.errors().toString());
        HeraldPipeline single = ExecutorPipeline.forTask(o);
        Map<Long, Row> out = new TreeMap<>();
        List<String> quotes = new ArrayList<>(), figures = new ArrayList<>();
        for (Article a : read.articles()) {
            CodedArticle c = single.codeArticle(a);
            for (int i = 0; i < c.quotes().size(); i++) quotes.add(text(SparkColumns.quote(c.quotes().get(i), i)));
            for (int i = 0; i < c.figures().size(); i++) figures.add(text(SparkColumns.figure(c.figures().get(i), i)));
            for (int i = 0; i < c.events().size(); i++) {
                Row r = SparkColumns.event(c.events().get(i), i);
                out.put(r.getLong(0), r);
            }
        }
        expectedClaims.put("quotes", quotes.stream().sorted().toList());
        expectedClaims.put("figures", figures.stream().sorted().toList());
        return out;
    }

    /** The job's events by id, each as a row in the columns of {@link SparkColumns#EVENTS} (the partition column back in place). */
    static Map<Long, Row> writtenEvents(Path out) {
        List<String> cols = new ArrayList<>();
        for (StructField f : SparkColumns.EVENTS.fields()) cols.add(f.name());
        Map<Long, Row> got = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("events").toString()).selectExpr(cols.toArray(String[]::new)).collectAsList()) {
            Row previous = got.put(r.getLong(0), r);
            assertEquals(null, previous, "event id " + r.getLong(0) + " written twice");
        }
        return got;
    }

    @Test
    void sameEventsAsTheSingleProcessCoderFieldByField() throws Exception {
        JobOptions o = JobOptions.defaults();
        Path out = dir.resolve("out-same");
        HeraldSparkJob.Summary s = HeraldSparkJob.run(spark, List.of(input.toString()), out.toString(), o);
        Map<Long, Row> expected = expectedEvents(o);
        Map<Long, Row> got = writtenEvents(out);
        assertTrue(expected.size() >= 5, "the samples code events: " + expected.size());
        assertEquals(expected.size(), s.events());
        assertEquals(expected.keySet(), got.keySet());
        for (Long id : expected.keySet()) {
            Row e = expected.get(id), g = got.get(id);
            for (int i = 0; i < SparkColumns.EVENTS.fields().length; i++) {
                assertEquals(e.get(i), g.get(i), "event " + id + " field " + SparkColumns.EVENTS.fields()[i].name());
            }
        }
        long inputs = Files.exists(SEED) ? 7 : 6; // three samples, a syndicated copy, an update, the WARC page, the seed
        assertTrue(got.values().stream().anyMatch(r -> r.getString(1).equals("https://wire.example/turkey") && r.getString(7).startsWith("TUR")),
                "the WARC page's events: " + got.values());
        assertEquals(inputs, s.articles());
        assertEquals(inputs, spark.read().parquet(out.resolve("articles").toString()).count());
        assertEquals(List.of(), s.problems());
        // Quotes and figures too, with their events named by the same ids (the seed article has both).
        if (Files.exists(SEED)) assertTrue(!expectedClaims.get("quotes").isEmpty() && !expectedClaims.get("figures").isEmpty());
        assertEquals(expectedClaims.get("quotes"), sorted(spark.read().parquet(out.resolve("quotes").toString())));
        assertEquals(expectedClaims.get("figures"), sorted(spark.read().parquet(out.resolve("figures").toString())));
    }

    /** The single-process coder's quotes and figures rows (filled by {@link #expectedEvents}), as sorted strings. */
    static final Map<String, List<String>> expectedClaims = new TreeMap<>();

    private static List<String> sorted(org.apache.spark.sql.Dataset<Row> rows) {
        return rows.collectAsList().stream().map(SparkJobTest::text).sorted().toList();
    }

    private static String text(Row r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.size(); i++) {
            Object v = r.get(i);
            b.append(v instanceof scala.collection.Seq<?> seq ? scala.jdk.javaapi.CollectionConverters.asJava(seq).toString() : String.valueOf(v)).append('|');
        }
        return b.toString();
    }

    @Test
    void mentionsMergeAcrossArticlesAsTheStoreMergesThem() throws Exception {
        JobOptions o = new JobOptions("auto", "", Inputs.DEFAULT_MAX_ARTICLE_CHARS, false, true, 2);
        Path out = dir.resolve("out-mentions");
        HeraldSparkJob.run(spark, List.of(input.toString()), out.toString(), o);
        List<Row> mentions = spark.read().parquet(out.resolve("mentions").toString())
                .selectExpr("merged_id", "event_id", "article_id", "source_name").collectAsList();
        Map<Long, Row> events = writtenEvents(out);
        assertEquals(events.keySet(), new java.util.TreeSet<>(mentions.stream().map(r -> r.getLong(1)).toList()), "one mention per event");
        // Every event of the syndicated copy joined the original's real event.
        String copy = mentions.stream().map(r -> r.getString(2)).filter(a -> a.endsWith("-copy")).findFirst().orElseThrow();
        String source = copy.substring(0, copy.length() - "-copy".length());
        Map<Long, Long> realOf = new TreeMap<>();
        for (Row r : mentions) realOf.put(r.getLong(1), r.getLong(0));
        for (Row r : mentions) {
            if (!r.getString(2).equals(copy)) continue;
            long real = r.getLong(0);
            assertTrue(mentions.stream().anyMatch(x -> x.getString(2).equals(source) && x.getLong(0) == real), "copy's event " + r + " joined none");
        }
        // The same real events and near-duplicate flags as a store that ingests the same articles in the job's order.
        Path db = dir.resolve("mentions.duckdb");
        List<String> files = new ArrayList<>();
        try (var walk = Files.walk(input)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.add(p.toString()));
        }
        ReadResult read = new Inputs(InputFormat.AUTO, Optional.empty(), System.in).read(files);
        Map<String, Long> storeReal = new TreeMap<>();
        Map<String, String> storeFlags = new TreeMap<>(), storeSignatures = new TreeMap<>();
        try (EventStore store = EventStore.open(db)) {
            HeraldPipeline pipeline = ExecutorPipeline.forTask(o);
            for (Article a : read.articles().stream().sorted(java.util.Comparator.comparing(Article::date).thenComparing(Article::id)).toList()) {
                store.ingest(pipeline.codeArticle(a));
            }
            for (List<Object> row : store.sql("SELECT article_id, duplicate_of, similarity FROM near_duplicates").rows()) {
                storeFlags.put((String) row.get(0), row.get(1) + " " + row.get(2));
            }
            for (List<Object> row : store.sql("SELECT article_id, hex(signature) FROM article_signatures").rows()) {
                storeSignatures.put((String) row.get(0), (String) row.get(1));
            }
            for (List<Object> row : store.sql("SELECT e.article_id, row_number() OVER (PARTITION BY e.article_id ORDER BY e.id) - 1, m.merged_id "
                    + "FROM events e JOIN event_mentions m ON m.event_id = e.id").rows()) {
                storeReal.put(row.get(0) + "#" + row.get(1), ((Number) row.get(2)).longValue());
            }
        }
        assertEquals(groups(storeReal), groups(sparkReal(events, realOf)), "the same mentions make one real event");

        // Near-duplicates: the copy (equal text) and the update (a paragraph more) repeat the original, as in the store.
        Map<String, String> flags = new TreeMap<>(), signatures = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("articles").toString())
                .selectExpr("id", "near_duplicate_of", "near_duplicate_similarity", "hex(signature)").collectAsList()) {
            if (!r.isNullAt(1)) flags.put(r.getString(0), r.getString(1) + " " + r.getDouble(2));
            signatures.put(r.getString(0), r.getString(3));
        }
        assertEquals(java.util.Set.of(COPY, UPDATE), flags.keySet(), flags.toString());
        assertEquals(ORIGINAL + " 1.0", flags.get(COPY));
        assertTrue(flags.get(UPDATE).startsWith(ORIGINAL + " 0."), "the update repeats the original, a paragraph short of equal: " + flags);
        assertEquals(storeFlags, flags, "the store flags the same articles against the same originals, at the same similarity");
        assertEquals(storeSignatures, signatures, "every article signed as the store signs it");
        for (Row r : spark.read().parquet(out.resolve("mentions").toString()).selectExpr("article_id", "near_duplicate_of").collectAsList()) {
            assertEquals(flags.containsKey(r.getString(0)) ? flags.get(r.getString(0)).split(" ")[0] : null, r.getString(1), "mention of " + r.getString(0));
        }

        // herald load: the output into a store (for query, serve and the dashboard), twice: replaced, not doubled.
        Path loaded = dir.resolve("loaded.duckdb");
        try (EventStore store = EventStore.open(loaded)) {
            for (int round = 0; round < 2; round++) {
                long[] n = store.importParquet(out);
                assertEquals(events.size(), n[1]);
                assertEquals((long) events.size(), ((Number) store.sql("SELECT count(*) FROM events").rows().get(0).get(0)).longValue());
                assertEquals((long) mentions.size(), ((Number) store.sql("SELECT count(*) FROM event_mentions").rows().get(0).get(0)).longValue());
            }
            assertEquals(events.size(), store.events(org.herald.store.EventQuery.all()).total());
            assertEquals(groups(storeReal).size(), store.mergeCounts().realEvents(), "real events as the store counts them");
            Map<String, String> loadedFlags = new TreeMap<>();
            for (List<Object> row : store.sql("SELECT article_id, duplicate_of, similarity FROM near_duplicates").rows()) {
                loadedFlags.put((String) row.get(0), row.get(1) + " " + row.get(2));
            }
            assertEquals(flags, loadedFlags, "the flags loaded");
            // The signatures loaded too: a copy ingested later is compared with the loaded articles.
            Article again = read.articles().stream().filter(a -> a.id().equals(ORIGINAL)).findFirst().orElseThrow();
            store.ingest(new CodedArticle(new Article("later-copy", again.date(), "BBC", again.title(), again.body()), List.of(), List.of(), List.of()));
            assertEquals(List.of(List.of(ORIGINAL, 1.0)), store.sql("SELECT duplicate_of, similarity FROM near_duplicates WHERE article_id = 'later-copy'").rows());
            // Not a Herald output: refused by name, nothing changed.
            assertTrue(assertThrows(IllegalArgumentException.class, () -> store.importParquet(dir.resolve("in"))).getMessage().contains("articles"));
            assertEquals(events.size(), store.events(org.herald.store.EventQuery.all()).total());
        }
    }

    /** Each real event as the set of its mentions' "article#ordinal" names, from event id -> real event id. */
    private static java.util.Set<java.util.Set<String>> groups(Map<String, Long> realOf) {
        Map<Long, java.util.Set<String>> by = new TreeMap<>();
        realOf.forEach((mention, real) -> by.computeIfAbsent(real, k -> new java.util.TreeSet<>()).add(mention));
        return new HashSet<>(by.values());
    }

    private static Map<String, Long> sparkReal(Map<Long, Row> events, Map<Long, Long> realOf) {
        Map<String, Long> out = new TreeMap<>();
        for (Row e : events.values()) {
            String article = e.getString(1);
            for (int i = 0; i < 1000; i++) {
                if (SparkColumns.eventId(article, i) == e.getLong(0)) {
                    out.put(article + "#" + i, realOf.get(e.getLong(0)));
                    break;
                }
            }
        }
        return out;
    }

    @Test
    void aTaskThatFailsAndIsRetriedLeavesNoDuplicateRows() throws Exception {
        JobOptions o = new JobOptions("auto", "", Inputs.DEFAULT_MAX_ARTICLE_CHARS, false, true, 2);
        Path out = dir.resolve("out-retry");
        // The first attempt of whichever task codes this article dies after coding the articles before it.
        String victim = "herald-sample-002";
        INJECTED.set(0);
        HeraldSparkJob.BeforeArticle failOnce = (article, attempt) -> {
            if (article.equals(victim) && attempt == 0) {
                INJECTED.incrementAndGet();
                throw new IllegalStateException("injected failure of the first attempt");
            }
        };
        HeraldSparkJob.Summary s = HeraldSparkJob.run(spark, List.of(input.toString()), out.toString(), o, failOnce);
        Map<Long, Row> expected = expectedEvents(o);
        Map<Long, Row> got = writtenEvents(out); // fails on any id written twice
        assertEquals(expected.keySet(), got.keySet());
        assertEquals(expected.size(), s.events());
        List<Row> articles = spark.read().parquet(out.resolve("articles").toString()).select("id").collectAsList();
        assertEquals(articles.size(), new HashSet<>(articles).size(), "each article once");
        assertTrue(articles.stream().anyMatch(r -> r.getString(0).equals(victim)), articles.toString());
        assertTrue(INJECTED.get() >= 1, "the failure was injected");
    }

    @Test
    void theEventColumnsAreThoseOfTheStoresParquetExport() throws Exception {
        Path db = dir.resolve("schema.duckdb");
        Path parquet = dir.resolve("export.parquet");
        try (EventStore store = EventStore.open(db)) {
            Article a = new Article("a1", java.time.LocalDate.of(2026, 1, 17), "wire", "", "Russia condemned the United States.");
            store.ingest(ExecutorPipeline.forTask(new JobOptions("auto", "", 1000, false, true, 1)).codeArticle(a));
            store.export("parquet", parquet);
        }
        assertEquals(columns(spark.read().parquet(parquet.toString()).schema()), columns(SparkColumns.EVENTS));
        for (String table : List.of("quotes", "figures", "mentions")) {
            Path p = dir.resolve(table + ".parquet");
            try (EventStore store = EventStore.open(db)) {
                store.export(table, "parquet", p);
            }
            assertEquals(columns(spark.read().parquet(p.toString()).schema()),
                    columns(switch (table) {
                        case "quotes" -> SparkColumns.QUOTES;
                        case "figures" -> SparkColumns.FIGURES;
                        default -> SparkColumns.MENTIONS;
                    }), table);
        }
    }

    private static List<String> columns(org.apache.spark.sql.types.StructType t) {
        List<String> out = new ArrayList<>();
        for (StructField f : t.fields()) out.add(f.name() + " " + f.dataType().simpleString());
        return out;
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyWork() {
        assertThrows(IllegalArgumentException.class, () -> JobArguments.parse(new String[] {"only-one"}));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobArguments.parse(new String[] {"--partitions", "0", "in", "out"}))
                .getMessage().contains("--partitions"));
        assertThrows(IllegalArgumentException.class, () -> JobArguments.parse(new String[] {"--input-format", "xml", "in", "out"}));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobArguments.parse(new String[] {"--date", "17/01/2026", "in", "out"}))
                .getMessage().contains("YYYY-MM-DD"));
        assertThrows(IllegalArgumentException.class, () -> JobArguments.parse(new String[] {"--bogus", "in", "out"}));
        JobArguments a = JobArguments.parse(new String[] {"--master", "local[2]", "--no-model", "a", "b", "out"});
        assertEquals(List.of("a", "b"), a.inputs());
        assertEquals("out", a.output());
        assertEquals("local[2]", a.master());
        assertTrue(!a.options().model());
    }
}
