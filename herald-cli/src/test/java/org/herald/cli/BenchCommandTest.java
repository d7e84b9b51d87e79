package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herald.cli.Benchmark.Contender;
import org.herald.cli.Benchmark.Pass;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** herald bench without CoreNLP: a fake clock and fake pipelines whose every step takes a known time. */
class BenchCommandTest {
    static final long S = 1_000_000_000L;
    static final List<Article> ARTICLES = List.of(
            new Article("a1", LocalDate.of(2024, 5, 1), "", "T", "One. Two."),
            new Article("a2", LocalDate.of(2024, 5, 1), "", "T", "Three."));

    /** A clock that only moves when a fake pipeline says it worked. */
    static final class FakeClock {
        long now;
        long read() { return now; }
        void spend(double seconds) { now += Math.round(seconds * S); }
    }

    /** A pipeline whose load parts and passes take the given seconds; passes may differ to test the median. */
    static Contender fake(FakeClock clock, String name, Map<String, Double> load, double... passSeconds) {
        int[] call = {0};
        return new Contender(name, name + "-annotators", timer -> {
            load.forEach((part, s) -> timer.time(part, () -> { clock.spend(s); return part; }));
            return articles -> {
                // call 0 is the warm-up: deliberately slow, so counting it would show in the results
                clock.spend(call[0] == 0 ? 100 : passSeconds[(call[0] - 1) % passSeconds.length]);
                call[0]++;
                return new Pass(articles.size(), 10, 120);
            };
        });
    }

    static List<Contender> pair(FakeClock clock) {
        return List.of(
                fake(clock, BenchReport.HERALD, ordered(BenchReport.DICTIONARIES, 1.5, BenchReport.CORENLP, 8.0), 2.0, 9.0, 1.0),
                fake(clock, BenchReport.BASELINE, ordered(BenchReport.CORENLP, 20.0), 4.0, 6.0, 5.0));
    }

    static Map<String, Double> ordered(Object... kv) {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], ((Number) kv[i + 1]).doubleValue());
        return m;
    }

    static BenchCommand parse(String... args) {
        BenchCommand c = new BenchCommand();
        new CommandLine(c).registerConverter(LocalDate.class, LocalDate::parse).parseArgs(args);
        return c;
    }

    static String run(BenchCommand c, List<Contender> contenders) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            FakeClock clock = new FakeClock();
            c.run(new Benchmark(clock::read), contenders.isEmpty() ? pair(clock) : contenders, ARTICLES,
                    new PrintStream(out, true, StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void medianOfTimedPassesAndRatioIgnoreTheWarmUp() {
        FakeClock clock = new FakeClock();
        Benchmark b = new Benchmark(clock::read);
        List<Benchmark.Loaded> loaded = pair(clock).stream().map(b::load).toList();
        BenchReport r = new BenchReport(b.measure(loaded, ARTICLES, 3), 3, false);
        Benchmark.Result h = r.herald().orElseThrow(), base = r.baseline().orElseThrow();
        assertEquals(List.of(2 * S, 9 * S, 1 * S), h.passNanos());
        assertEquals(2.0, h.seconds(), 1e-9);
        assertEquals(5.0, base.seconds(), 1e-9);
        assertEquals(2.5, r.ratio().orElseThrow(), 1e-9);
        assertEquals("Herald is 2.5x faster than CoreNLP's default pipeline", r.verdict().orElseThrow());
        assertEquals(9.5, h.loadSeconds(), 1e-9);
        assertEquals(1.5, h.loadSeconds(BenchReport.DICTIONARIES), 1e-9);
        assertEquals(5.0, h.sentencesPerSecond(), 1e-9);
        assertEquals(2, h.pass().articles());
    }

    @Test
    void evenPassCountTakesTheMeanOfTheMiddleTwoAndSlowerHeraldSaysSo() {
        FakeClock clock = new FakeClock();
        Benchmark b = new Benchmark(clock::read);
        List<Benchmark.Loaded> loaded = List.of(
                b.load(fake(clock, BenchReport.HERALD, Map.of(), 4.0, 2.0)),
                b.load(fake(clock, BenchReport.BASELINE, Map.of(), 1.0)));
        BenchReport r = new BenchReport(b.measure(loaded, ARTICLES, 2), 2, false);
        assertEquals(3.0, r.herald().orElseThrow().seconds(), 1e-9);
        assertEquals("Herald is 3.0x slower than CoreNLP's default pipeline", r.verdict().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> b.measure(loaded, ARTICLES, 0));
    }

    @Test
    void noRatioWithoutBothPipelinesOrInLoadOnlyMode() {
        FakeClock clock = new FakeClock();
        Benchmark b = new Benchmark(clock::read);
        Benchmark.Loaded h = b.load(fake(clock, BenchReport.HERALD, ordered(BenchReport.DICTIONARIES, 4.0), 1.0));
        assertTrue(new BenchReport(b.measure(List.of(h), ARTICLES, 1), 1, false).ratio().isEmpty());
        BenchReport loadOnly = new BenchReport(Benchmark.loadOnly(List.of(h)), 3, true);
        assertTrue(loadOnly.ratio().isEmpty());
        assertFalse(BenchReport.withinBudget(loadOnly.herald().orElseThrow()));
        assertTrue(loadOnly.table().contains("OVER"), loadOnly.table());
        // Waiting for the gazetteer after CoreNLP is Herald's added load time too.
        Benchmark.Loaded w = b.load(fake(clock, BenchReport.HERALD, ordered(BenchReport.DICTIONARIES, 1.0, BenchReport.PLACES, 2.5), 1.0));
        BenchReport waited = new BenchReport(Benchmark.loadOnly(List.of(w)), 1, true);
        assertFalse(BenchReport.withinBudget(waited.herald().orElseThrow()));
        assertTrue(waited.table().contains("gazetteer after CoreNLP 2.50 s"), waited.table());
    }

    @Test
    void optionsParseWithDefaults() {
        BenchCommand d = parse();
        assertEquals(3, d.repeat);
        assertTrue(d.inputs.isEmpty());
        assertEquals(BenchCommand.DEFAULT_BASELINE, d.baselineAnnotators);
        assertFalse(d.json || d.loadOnly || d.heraldOnly || d.baselineOnly);
        BenchCommand c = parse("--repeat", "5", "--json", "--load-only", "--date", "2024-05-01", "--baseline-annotators",
                "tokenize,ssplit", "stories/", "x.jsonl");
        assertEquals(5, c.repeat);
        assertTrue(c.json && c.loadOnly);
        assertEquals(LocalDate.of(2024, 5, 1), c.date);
        assertEquals("tokenize,ssplit", c.baselineAnnotators);
        assertEquals(List.of("stories/", "x.jsonl"), c.inputs);
    }

    @Test
    void badOptionCombinationsAreUsageErrorsBeforeAnythingLoads() {
        assertEquals(2, HeraldCli.run("bench", "--repeat", "0"));
        assertEquals(2, HeraldCli.run("bench", "--herald-only", "--baseline-only"));
        assertEquals(2, HeraldCli.run("bench", "--repeat", "many"));
    }

    @Test
    void tableNamesEveryMeasureAndTheLoadSplit() {
        String t = run(parse("--repeat", "3"), List.of());
        assertTrue(t.contains("load s") && t.contains("sentences/s") && t.contains("tokens"), t);
        assertTrue(t.contains("Herald load: CoreNLP 8.00 s + dictionaries and patterns 1.50 s + waiting for the gazetteer after CoreNLP 0.00 s (budget 3 s: within)"), t);
        assertTrue(t.contains("Herald is 2.5x faster than CoreNLP's default pipeline"), t);
        assertTrue(t.contains("median of 3 timed passes"), t);
    }

    @Test
    void jsonShape() throws Exception {
        JsonNode j = new ObjectMapper().readTree(run(parse("--json"), List.of()));
        assertEquals("full", j.get("mode").asText());
        assertEquals(3, j.get("repeat").asInt());
        assertEquals(2.5, j.get("ratio").asDouble(), 1e-9);
        JsonNode h = j.get("pipelines").get(0);
        assertEquals("herald", h.get("name").asText());
        for (String field : List.of("annotators", "load_seconds", "load", "articles", "sentences", "tokens", "seconds",
                "pass_seconds", "sentences_per_second")) {
            assertTrue(h.has(field), field + " in " + h);
        }
        List<String> parts = new ArrayList<>();
        h.get("load").fieldNames().forEachRemaining(parts::add);
        assertEquals(List.of("dictionaries", "corenlp"), parts);
        assertEquals(3, h.get("pass_seconds").size());
        assertEquals("corenlp-default", j.get("pipelines").get(1).get("name").asText());
        JsonNode load = j.get("herald_load");
        assertEquals(8.0, load.get("corenlp_seconds").asDouble(), 1e-9);
        assertEquals(1.5, load.get("dictionaries_seconds").asDouble(), 1e-9);
        assertTrue(load.get("within_budget").asBoolean());
    }

    @Test
    void loadOnlyJsonHasNoTimingsOfPasses() throws Exception {
        JsonNode j = new ObjectMapper().readTree(run(parse("--json", "--load-only"), List.of()));
        assertEquals("load-only", j.get("mode").asText());
        assertFalse(j.has("ratio") || j.has("repeat"));
        JsonNode h = j.get("pipelines").get(0);
        assertFalse(h.has("seconds") || h.has("sentences"));
        assertEquals(9.5, h.get("load_seconds").asDouble(), 1e-9);
        assertEquals(20.0, j.get("pipelines").get(1).get("load_seconds").asDouble(), 1e-9);
    }
}
