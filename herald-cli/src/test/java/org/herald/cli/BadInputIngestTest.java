package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.herald.cli.HeraldCliTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad inputs through {@code herald ingest} into a store that already holds articles. Each input is
 * refused with its file and line (or the article's id), the good article after it in the same run is stored,
 * and nothing stored before changes.
 */
class BadInputIngestTest {
    static final String GOOD = " date 2024-05-01 good-%s\nHeadline\nTurkey condemned Israel on Monday.\n";

    @TempDir static Path dir;
    static String db;

    @BeforeAll
    static void seedTheStore() throws Exception {
        db = dir.resolve("store/h.duckdb").toString();
        Path seed = write("seed.txt", " date 2024-04-01 seed-1\nHeadline\nJapan criticized China on Friday.\n\n"
                + " date 2024-04-02 seed-2\nHeadline\nRussia condemned the American threats against Iran.\n");
        Run r = HeraldCliTest.run("ingest", "--db", db, seed.toString());
        assertEquals(0, r.status(), r.err());
    }

    record Case(String name, byte[] bytes, String expectedError) {}

    static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("empty.jsonl", new byte[0], null));
        cases.add(new Case("blank.jsonl", "\n \r\n\t\n".getBytes(StandardCharsets.UTF_8), null));
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        cases.add(new Case("binary.txt", binary, "binary.txt:"));
        cases.add(new Case("bad-utf8.jsonl", concat("{\"id\":\"u1\",\"date\":\"2024-05-01\",\"text\":\"Iran ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}\n".getBytes(StandardCharsets.UTF_8)), "bad-utf8.jsonl:1"));
        cases.add(new Case("wrong-types.jsonl", ("{\"id\":\"w1\",\"date\":\"2024-05-01\",\"text\":5}\n{\"id\":[1],\"date\":\"2024-05-01\",\"text\":\"x\"}\n"
                + "{\"id\":\"w3\",\"date\":20240501,\"text\":\"x\"}\n").getBytes(StandardCharsets.UTF_8), "wrong-types.jsonl:3"));
        cases.add(new Case("nested.jsonl", ("[".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8), "nested.jsonl:1"));
        cases.add(new Case("bad-header.txt", " date 2024-13-45 h1\nHeadline\nJapan criticized China.\n".getBytes(StandardCharsets.UTF_8), "bad-header.txt:1"));
        cases.add(new Case("huge.jsonl", ("{\"id\":\"huge\",\"date\":\"2024-05-01\",\"text\":\"" + "Iran warned Israel. ".repeat(1_000_000) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8), "huge"));
        return cases;
    }

    @Test
    void eachBadInputIsRefusedByNameTheNextArticleIsStoredAndNothingElseChanges() throws Exception {
        int n = 0;
        for (Case c : corpus()) {
            String goodId = "good-" + n;
            String before = snapshot(goodId);
            Path bad = write(c.name(), c.bytes());
            Path good = write(goodId + ".txt", String.format(GOOD, n));
            Run r = HeraldCliTest.run("ingest", "--db", db, "--date", "2024-05-01", bad.toString(), good.toString());
            if (c.expectedError() != null) {
                assertEquals(1, r.status(), c.name() + ": " + r.err());
                assertTrue(r.err().contains("skipped") && r.err().contains(c.expectedError()), c.name() + ": " + r.err());
            }
            assertTrue(r.err().contains("1 new"), c.name() + ": " + r.err());
            assertEquals(before, snapshot(goodId), c.name() + ": nothing stored before changed");
            assertFalse(eventsOf(goodId).isBlank(), c.name() + ": the good article after it was coded");
            n++;
        }
    }

    @Test
    void textThatIsOddButValidIsStoredCleanly() throws Exception {
        String bom = "\uFEFF date 2024-05-02 bom-1\r\nHeadline\r\nJapan criticized China on Friday.\r\n";
        String controls = " date 2024-05-02 ctl-1\nHeadline\nJapan\u0007 criticized\u001B China\u202E on Friday.\n";
        String quotes = " date 2024-05-02 quotes-1\nHeadline\nJapan said " + "\u201C\u00AB\"'".repeat(2_000) + " China.\n";
        Path f = write("odd.txt", bom + "\n" + controls + "\n" + quotes);
        Run r = HeraldCliTest.run("ingest", "--db", db, f.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("3 new"), r.err());
        Run q = HeraldCliTest.run("query", "--db", db, "--sql",
                "SELECT id FROM articles WHERE id IN ('bom-1', 'ctl-1', 'quotes-1') AND regexp_matches(title || body, '[\\x00-\\x08\\x0B-\\x1F\\x{FEFF}\\r]') ");
        assertEquals("id", q.out().strip(), "no BOM, CR or control character stored: " + q.out());
        assertTrue(eventsOf("bom-1").contains("JPN,111,CHN"), eventsOf("bom-1"));
    }

    @Test
    void aLongSentenceIsCutAndASlowArticleIsSkippedByTheTimeBox() throws Exception {
        StringBuilder sentence = new StringBuilder();
        Random random = new Random(3);
        String[] words = "Iran warned Israel and the United States about strikes while Russia condemned sanctions , and China urged talks".split(" ");
        while (sentence.length() < 100_000) sentence.append(words[random.nextInt(words.length)]).append(' ');
        String article = " date 2024-05-03 long-1\nHeadline\n" + sentence.substring(0, 99_990) + "\n";
        Path f = write("long.txt", article + "\n" + String.format(GOOD, "after-long"));
        Run coded = HeraldCliTest.run("code", "--format", "csv", "--stats", f.toString());
        assertEquals(0, coded.status(), coded.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("sentences (\\d+)").matcher(coded.err());
        assertTrue(m.find(), coded.err());
        int tokens = sentence.substring(0, 99_990).split(" ").length;
        assertTrue(Integer.parseInt(m.group(1)) >= tokens / 200, "the one long sentence was cut into pieces of at most 200 tokens: " + coded.err());
        int longest = 0;
        for (String line : coded.out().split("\n")) longest = Math.max(longest, line.length());
        assertTrue(longest < 5_000, "evidence is a window around the event, not the 100,000-character sentence: " + longest);

        String before = snapshot("good-after-long");
        Run boxed = HeraldCliTest.run("ingest", "--db", db, "--article-timeout", "1", f.toString());
        assertEquals(1, boxed.status(), boxed.err());
        assertTrue(boxed.err().contains("long-1") && boxed.err().contains("took longer than 1 s"), boxed.err());
        assertTrue(boxed.err().contains("1 new") && boxed.err().contains("1 failed"), boxed.err());
        assertEquals(before, snapshot("good-after-long"));
        assertFalse(eventsOf("good-after-long").isBlank());
    }

    /** Every stored article and event row but those of article {@code except}, in order. */
    static String snapshot(String except) {
        Run a = HeraldCliTest.run("query", "--db", db, "--sql", "SELECT * FROM articles WHERE id <> '" + except + "' ORDER BY id");
        Run e = HeraldCliTest.run("query", "--db", db, "--sql", "SELECT * FROM events WHERE article_id <> '" + except + "' ORDER BY id");
        assertEquals(0, a.status() + e.status(), a.err() + e.err());
        return a.out() + e.out();
    }

    static String eventsOf(String article) {
        Run e = HeraldCliTest.run("query", "--db", db, "--sql", "SELECT article_id, source, code, target, evidence FROM events WHERE article_id = '"
                + article + "' ORDER BY id");
        String out = e.out();
        return out.substring(out.indexOf('\n') + 1);
    }

    static Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
