package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The herald command end to end (real CoreNLP, loaded once for this JVM). */
class HeraldCliTest {
    record Run(int status, String out, String err) {}

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = HeraldCli.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("code").status());
        assertEquals(2, run("code", "--no-such-flag", "x").status());
        Run r = run("code", "--format", "xml", "x.txt");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--format"), r.err());
        Run t = run("ingest", "--article-timeout", "0", "absent.txt");
        assertEquals(2, t.status());
        assertTrue(t.err().startsWith("--article-timeout must be positive") && !t.err().contains("absent.txt"), "refused before reading: " + t.err());
    }

    @Test
    void codesJsonLinesAndReportsSkippedInputs(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, " date 2024-05-01 g1\nTurkey condemns Israel\nTurkey condemned Israel on Monday.\n");
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"b1\",\"date\":\"2024-05-01\",\"text\":\"Japan criticized China.\"}\n{oops\n");
        Run r = run("code", "--stats", good.toString(), bad.toString(), dir.resolve("absent.txt").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("bad.jsonl:2"), r.err());
        assertTrue(r.err().contains("absent.txt"), r.err());
        assertTrue(r.err().contains("sentences/s"), r.err());
        List<String> triples = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : r.out().strip().split("\n")) {
            JsonNode e = json.readTree(line);
            triples.add(e.get("article_id").asText() + " " + e.get("source").asText() + " " + e.get("code").asText() + " " + e.get("target").asText());
            assertTrue(e.get("evidence").asText().length() > 10);
            assertTrue(e.has("goldstein") && e.has("quad_class") && e.has("plover_type") && e.has("pattern"));
        }
        assertTrue(triples.contains("g1 TUR 111 ISR"), triples.toString());
        assertTrue(triples.contains("b1 JPN 111 CHN"), triples.toString());
    }

    @Test
    void csvTableAndExplain(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, " date 2024-05-01 g1\nHeadline\nGermany and France signed an agreement on trade.\n");
        Run csv = run("code", "--format", "csv", good.toString());
        assertEquals(0, csv.status(), csv.err());
        assertTrue(csv.out().startsWith("article_id,sentence,date,date_end,date_precision,date_text,source,"), csv.out());
        assertTrue(csv.out().contains("DEU") && csv.out().contains("057"), csv.out());
        Run table = run("code", "--format", "table", "--explain", good.toString());
        assertEquals(0, table.status());
        assertTrue(table.out().contains("verbs.tsv:"), table.out());
        assertTrue(table.out().contains("events"), table.out());
    }

    @Test
    void plainTextFromStdinNeedsADate() throws Exception {
        System.setIn(new java.io.ByteArrayInputStream("Egypt praised Jordan.".getBytes(StandardCharsets.UTF_8)));
        Run r = run("code", "-");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("--date"), r.err());
        System.setIn(new java.io.ByteArrayInputStream("Egypt praised Jordan.".getBytes(StandardCharsets.UTF_8)));
        r = run("code", "--date", "2024-01-01", "-");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"source\":\"EGY\"") && r.out().contains("\"target\":\"JOR\""), r.out());
    }

    @Test
    void demoCodesTheBundledSamples() {
        Run r = run("demo", "--no-serve");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("QATGOV") && r.out().contains("events"), r.out());
    }

    @Test
    void ingestQueryAndExportUseTheStore(@TempDir Path dir) throws Exception {
        Path story = dir.resolve("s.txt");
        Files.writeString(story, " date 2024-05-01 s1\nHeadline\nTurkey condemned Israel on Monday.\n");
        String db = dir.resolve("store/h.duckdb").toString();
        Run first = run("ingest", "--db", db, story.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("1 new"), first.err());
        Run again = run("ingest", "--db", db, story.toString());
        assertTrue(again.err().contains("1 unchanged"), again.err());
        Run q = run("query", "--db", db, "--sql", "SELECT source, code, target FROM events WHERE article_id = 's1' ORDER BY id LIMIT 1");
        assertEquals(0, q.status(), q.err());
        assertEquals("source,code,target\r\nTUR,111,ISR", q.out().strip());
        Path csv = dir.resolve("out.csv");
        assertEquals(0, run("export", "--db", db, "--format", "csv", "-o", csv.toString()).status());
        assertTrue(Files.readAllLines(csv).get(0).startsWith("GLOBALEVENTID,SQLDATE,MonthYear,Year,FractionDate,Actor1Code"));
        assertEquals(2, run("export", "--db", db, "--format", "xml", "-o", csv.toString()).status());
        Run badSql = run("query", "--db", db, "--sql", "SELEC nonsense");
        assertEquals(1, badSql.status());
        assertTrue(badSql.err().contains("query failed"), badSql.err());
    }

    @Test
    void storiesThatOnlyLookPoliticalAreNotCodedButSayWhy(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mixed.txt");
        Files.writeString(f, " date 2024-05-01 sport-1\nBrazil crush Argentina in FIFA qualifier\nBrazil attacked Argentina from the first minute and their striker scored twice.\n\n"
                + " date 2024-05-01 pol-1\nTurkey condemns Israel\nTurkey condemned Israel on Monday.\n");
        Run r = run("code", "--format", "csv", f.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("not coded sport-1: sports story: striker, scored"), r.err());
        assertTrue(!r.out().contains("sport-1") && r.out().contains("pol-1,"), r.out());
        Run all = run("code", "--format", "csv", "--no-story-discards", f.toString());
        assertTrue(all.out().contains("sport-1,") && all.out().contains(",BRA,Brazil,ARG,Argentina,"), "--no-story-discards codes it: " + all.out());
        String db = dir.resolve("h.duckdb").toString();
        Run in = run("ingest", "--db", db, f.toString());
        assertTrue(in.err().contains("2 new"), in.err());
        Run q = run("query", "--db", db, "--sql", "SELECT id, discarded, (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n FROM articles a ORDER BY id");
        assertEquals("id,discarded,n\r\npol-1,,2\r\nsport-1,\"sports story: striker, scored\",0", q.out().strip());
    }

    @Test
    void evalScoresAGoldFileAsJson(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"g1\",\"date\":\"20240501\",\"text\":\"Turkey condemned Israel.\","
                + "\"expected\":[{\"source\":\"TUR\",\"target\":\"ISR\",\"code\":\"111\"}]}\n");
        Run r = run("eval", "--gold", gold.toString(), "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out()).get("gold");
        assertEquals(1.0, j.get("triple").get("recall").asDouble());
        assertEquals(1, j.get("root").get("true_positives").asInt());
        assertEquals(2, run("eval").status());
    }

    @Test
    void codesWithPetrarchDictionariesOnly(@TempDir Path dir) throws Exception {
        Path dicts = Files.createDirectories(dir.resolve("dicts"));
        Files.writeString(dicts.resolve("t.verbs.txt"), "--- CONDEMN [777] ---\nCONDEMN\n~ a (a b X) SAY = a b 138\n");
        Files.writeString(dicts.resolve("t.actors.txt"), "ARNOR_ [ARN]\nGONDOR_ [GON]\n");
        Path story = dir.resolve("s.txt");
        Files.writeString(story, " date 2024-05-01 s1\nHeadline\nArnor condemned Gondor.\n");
        Run r = run("code", "--dictionaries", dicts.toString(), "--dictionaries-only", story.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"source\":\"ARN\"") && r.out().contains("\"code\":\"777\"") && r.out().contains("\"target\":\"GON\""), r.out());
        assertTrue(r.err().contains("t.verbs.txt:3: transformation"), r.err());
        Files.writeString(dicts.resolve("t.actors.txt"), "ARNOR_ [ARN]\n+\n");
        Run badActors = run("code", "--dictionaries", dicts.toString(), story.toString());
        assertEquals(2, badActors.status());
        assertTrue(badActors.err().contains("t.actors.txt:2: synonym line has no phrase"), badActors.err());
        Files.writeString(dicts.resolve("t.actors.txt"), "ARNOR_ [ARN]\n");
        Files.writeString(dicts.resolve("t.agents.txt"), "!X! = A\nFOO!Y! [~GOV]\n");
        Run badAgents = run("code", "--dictionaries", dicts.toString(), story.toString());
        assertEquals(2, badAgents.status());
        assertTrue(badAgents.err().contains("t.agents.txt:2: undefined substitution set !Y!"), badAgents.err());
    }
}
