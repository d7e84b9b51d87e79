package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes and figures through the herald command: code's outputs, ingest, export --table (real CoreNLP). */
class ClaimsCliTest {
    static final String STORY = " date 2024-05-01 q1\nTurkey rejects accusations\n"
            + "\"We reject the accusations of Greece,\" the Turkish foreign minister said on Monday. Police said at least 50 people were injured.\n";

    @Test
    void codeShowsQuotesAndFigures(@TempDir Path dir) throws Exception {
        Path story = dir.resolve("s.txt");
        Files.writeString(story, STORY);
        HeraldCliTest.Run r = HeraldCliTest.run("code", "--claims", story.toString());
        assertEquals(0, r.status(), r.err());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>(), quotes = new ArrayList<>(), figures = new ArrayList<>();
        for (String line : r.out().strip().split("\n")) {
            JsonNode n = json.readTree(line);
            String record = n.has("record") ? n.get("record").asText() : "event";
            (record.equals("quote") ? quotes : record.equals("figure") ? figures : events).add(n);
        }
        JsonNode reject = events.stream().filter(e -> e.get("trigger").asText().equals("reject")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertTrue(reject.get("source").asText().startsWith("TUR"), reject.toString());
        assertTrue(reject.get("attributed_to").asText().startsWith("TURGOV"), reject.toString());
        assertEquals(1, reject.get("quotes").size(), "the quote the event is in: " + reject);
        assertEquals("We reject the accusations of Greece", reject.get("quotes").get(0).get("text").asText());
        JsonNode direct = quotes.stream().filter(q -> q.get("kind").asText().equals("direct")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertEquals("TURGOV", direct.get("speaker").asText());
        assertEquals("the Turkish foreign minister", direct.get("speaker_text").asText());
        JsonNode injured = figures.stream().filter(f -> f.get("category").asText().equals("injuries")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertEquals(50, injured.get("value").asDouble());
        assertEquals("at least", injured.get("qualifier").asText());
        assertEquals("COP", injured.get("claimant").asText());

        HeraldCliTest.Run plain = HeraldCliTest.run("code", story.toString());
        assertTrue(plain.out().lines().noneMatch(l -> l.contains("\"record\"")), "without --claims: one line per event");
        HeraldCliTest.Run table = HeraldCliTest.run("code", "--format", "table", story.toString());
        assertTrue(table.out().contains(" quotes") && table.out().contains("at least 50 injuries (people), says COP"), table.out());
    }

    @Test
    void ingestedQuotesAndFiguresExport(@TempDir Path dir) throws Exception {
        Path story = dir.resolve("s.txt");
        Files.writeString(story, STORY);
        String db = dir.resolve("h.duckdb").toString();
        assertEquals(0, HeraldCliTest.run("ingest", "--db", db, story.toString()).status());
        Path quotes = dir.resolve("quotes.jsonl");
        HeraldCliTest.Run q = HeraldCliTest.run("export", "--db", db, "--table", "quotes", "-o", quotes.toString());
        assertEquals(0, q.status(), q.err());
        assertTrue(Files.readString(quotes).contains("\"speaker\":\"TURGOV\""), Files.readString(quotes));
        Path figures = dir.resolve("figures.csv");
        assertEquals(0, HeraldCliTest.run("export", "--db", db, "--table", "figures", "--format", "csv", "-o", figures.toString()).status());
        List<String> rows = Files.readAllLines(figures);
        assertTrue(rows.get(0).startsWith("id,article_id,sentence,value,"), rows.toString());
        assertTrue(rows.stream().anyMatch(l -> l.contains("injuries") && l.contains("at least")), rows.toString());
        HeraldCliTest.Run bad = HeraldCliTest.run("export", "--db", db, "--table", "speeches", "-o", dir.resolve("x").toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("unknown table"), bad.err());
    }
}
