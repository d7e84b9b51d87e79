package org.herald.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.herald.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    private static final Optional<LocalDate> NO_DATE = Optional.empty();

    @Test
    void wireStoryHasHeaderHeadlineAndParagraphs() {
        ReadResult r = new WireReader("wire").read("a.txt", " date 2026-01-17 403\nHeadline here\nFirst para.\nSecond para.\n");
        assertEquals(List.of(), r.errors());
        Article a = r.articles().get(0);
        assertEquals("403", a.id());
        assertEquals(LocalDate.of(2026, 1, 17), a.date());
        assertEquals("Headline here", a.title());
        assertEquals("First para.\n\nSecond para.", a.body());
    }

    @Test
    void badWireHeaderIsReportedWithLineAndOtherStoriesSurvive() {
        String text = " date 2026-13-40 1\nBad date story\nBody.\n date 2026-01-02 2\nGood story\nBody.\n";
        ReadResult r = new WireReader("wire").read("multi.txt", text);
        assertEquals(1, r.articles().size());
        assertEquals("2", r.articles().get(0).id());
        assertEquals(1, r.errors().size());
        assertEquals("multi.txt", r.errors().get(0).source());
        assertEquals(1, r.errors().get(0).line());
        assertTrue(r.errors().get(0).toString().startsWith("multi.txt:1: bad date"));
    }

    @Test
    void textBeforeTheFirstHeaderIsAnError() {
        ReadResult r = new WireReader("wire").read("x.txt", "stray line\n date 2026-01-02 7\nTitle\nBody\n");
        assertEquals(1, r.articles().size());
        assertEquals(1, r.errors().get(0).line());
    }

    @Test
    void jsonLinesReportsEachBadLineAndKeepsTheRest() {
        String text = String.join("\n",
                "{\"id\":\"a\",\"date\":\"2025-01-01\",\"title\":\"T\",\"text\":\"Body a\",\"source\":\"s\",\"url\":\"u\"}",
                "{not json",
                "{\"id\":\"c\",\"date\":\"2025-01-01\"}",
                "",
                "{\"id\":\"d\",\"text\":\"no date\"}",
                "{\"id\":\"e\",\"date\":\"yesterday\",\"text\":\"x\"}",
                "[1,2]");
        ReadResult r = new JsonLinesReader(NO_DATE).read("in.jsonl", text);
        assertEquals(List.of("a"), r.articles().stream().map(Article::id).toList());
        assertEquals(List.of(2, 3, 5, 6, 7), r.errors().stream().map(InputError::line).toList());
        assertTrue(r.errors().get(1).message().contains("text"));
    }

    @Test
    void jsonLinesUsesDefaultDateAndFileLineIds() {
        ReadResult r = new JsonLinesReader(Optional.of(LocalDate.of(2024, 2, 2))).read("in.jsonl", "{\"text\":\"Hello.\"}\n");
        assertEquals("in.jsonl:1", r.articles().get(0).id());
        assertEquals(LocalDate.of(2024, 2, 2), r.articles().get(0).date());
    }

    @Test
    void plainTextNeedsADate() {
        assertEquals(1, new PlainTextReader(NO_DATE).read("dir/story.txt", "Some text.").errors().size());
        Article a = new PlainTextReader(Optional.of(LocalDate.of(2024, 1, 1))).read("dir/story.txt", "Some text.").articles().get(0);
        assertEquals("story", a.id());
        assertEquals("Some text.", a.body());
    }

    @Test
    void directoriesGlobsStdinAndMissingFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.txt"), " date 2025-01-01 one\nTitle one\nBody.\n");
        Files.writeString(dir.resolve("two.jsonl"), "{\"id\":\"two\",\"date\":\"2025-01-02\",\"text\":\"Body.\"}\n");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        Files.write(dir.resolve("latin1.txt"), new byte[] {(byte) 0xE9, 'a'});
        Inputs in = new Inputs(InputFormat.AUTO, NO_DATE,
                new ByteArrayInputStream(" date 2025-01-03 three\nT\nB\n".getBytes(StandardCharsets.UTF_8)));
        ReadResult r = in.read(List.of(dir.toString(), dir + "/*.jsonl", "-", dir.resolve("missing.txt").toString()));
        assertEquals(List.of("one", "two", "two", "three"), r.articles().stream().map(Article::id).toList());
        List<String> errs = r.errors().stream().map(InputError::toString).toList();
        assertTrue(errs.stream().anyMatch(e -> e.contains("latin1.txt") && e.contains("UTF-8")), errs.toString());
        assertTrue(errs.stream().anyMatch(e -> e.contains("missing.txt") && e.contains("no such file")), errs.toString());
    }

    /** Randomized nasty input: readers never throw, and every error points at a line that exists. */
    @Test
    void randomInputNeverThrowsAndErrorsPointInsideTheInput() {
        Random rnd = new Random(20261125L);
        String[] pieces = {" date 2025-01-01 x\n", " date 2025-99-01 y\n", "{\"text\":\"a\",\"date\":\"2025-01-01\"}\n", "{\"text\":",
                "\n", "\r\n", "plain words ", "\u0000", "\uFEFF", "\"", "{}", "date", "\t", "é", " date  \n"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(12);
            for (int i = 0; i < n; i++) sb.append(pieces[rnd.nextInt(pieces.length)]);
            String text = sb.toString();
            long lines = text.split("\r?\n", -1).length;
            for (InputFormat f : List.of(InputFormat.WIRE, InputFormat.JSONL, InputFormat.TEXT)) {
                ReadResult r = f.reader(Optional.of(LocalDate.of(2025, 1, 1)), "src").read("in", text);
                for (InputError e : r.errors()) {
                    assertTrue(e.line() >= 0 && e.line() <= lines, f + " error outside input: " + e + " for " + text);
                }
            }
        }
    }

    private static Inputs inputs(String stdin, int cap) {
        return new Inputs(InputFormat.AUTO, Optional.of(LocalDate.of(2026, 1, 17)), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), cap);
    }

    @Test
    void jsonFieldsOfTheWrongTypeAreRefusedByLineAndTheNextArticleIsRead() {
        String text = "{\"text\": 5}\n{\"id\": [1], \"text\": \"Iran warned Israel.\"}\n{\"id\": \"ok\", \"text\": \"Iran warned Israel.\"}\n";
        ReadResult r = new JsonLinesReader(Optional.of(LocalDate.of(2026, 1, 17))).read("in.jsonl", text);
        assertEquals(List.of("ok"), r.articles().stream().map(Article::id).toList());
        assertEquals(2, r.errors().size(), r.errors().toString());
        assertEquals(1, r.errors().get(0).line());
        assertTrue(r.errors().get(0).message().contains("\"text\" must be a string, not a number"), r.errors().toString());
        assertEquals(2, r.errors().get(1).line());
        assertTrue(r.errors().get(1).message().contains("\"id\" must be a string, not a list"), r.errors().toString());
    }

    @Test
    void randomBytesOnStdinAreRefusedLikeAFile(@TempDir Path dir) throws Exception {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[0] = (byte) 0xC3; // an invalid UTF-8 sequence at the start, whatever the rest
        junk[1] = (byte) 0x28;
        Inputs in = new Inputs(InputFormat.AUTO, Optional.of(LocalDate.of(2026, 1, 17)), new ByteArrayInputStream(junk));
        ReadResult stdin = in.read(List.of("-"));
        Path f = dir.resolve("junk.txt");
        Files.write(f, junk);
        ReadResult file = in.read(List.of(f.toString()));
        assertEquals(List.of(), stdin.articles());
        assertEquals(List.of(), file.articles());
        assertEquals("-:1: not UTF-8 text (byte 0xC3 at byte offset 0); convert the file to UTF-8", stdin.errors().get(0).toString());
        assertEquals(stdin.errors().get(0).message(), file.errors().get(0).message());
    }

    @Test
    void theFirstByteThatIsNotUtf8IsNamedByLine() {
        byte[] latin1 = "{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":\"Caf\u00e9\"}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ReadResult r = new Inputs(InputFormat.JSONL, Optional.empty(), InputStream.nullInputStream()).readBytes("latin1.jsonl", latin1);
        assertEquals(List.of(), r.articles());
        assertEquals(2, r.errors().get(0).line());
        assertTrue(r.errors().get(0).message().startsWith("not UTF-8 text (byte 0xE9"), r.errors().get(0).message());
    }

    @Test
    void aNulByteIsBinaryDataNamedByLineAndOtherControlCharactersBecomeSpaces() {
        ReadResult bin = inputs("", 1000).readText("b.txt", "Iran warned Israel.\nsecond\u0000line\n");
        assertEquals(List.of(), bin.articles());
        assertEquals(2, bin.errors().get(0).line());
        assertTrue(bin.errors().get(0).message().contains("binary"), bin.errors().toString());
        ReadResult ctl = inputs("", 1000).readText("c.txt", "\uFEFFIran\u0007 warned\u001B Israel.\r\nAgain.\r\n");
        assertEquals(1, ctl.articles().size(), ctl.errors().toString());
        assertTrue(ctl.articles().get(0).fullText().contains("Iran  warned  Israel."), ctl.articles().get(0).fullText());
        assertTrue(ctl.articles().get(0).fullText().chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'));
    }

    @Test
    void anArticleOverTheLimitIsRefusedByIdAndTheOthersAreRead() {
        String big = "Iran warned Israel. ".repeat(100);
        String text = "{\"id\": \"huge\", \"text\": \"" + big + "\"}\n{\"id\": \"small\", \"text\": \"Iran warned Israel.\"}\n";
        ReadResult r = inputs("", 500).readText("in.jsonl", text);
        assertEquals(List.of("small"), r.articles().stream().map(Article::id).toList());
        assertTrue(r.errors().get(0).message().contains("'huge' has 2000 characters, over the limit of 500"), r.errors().toString());
    }

    @Test
    void emptyAndBlankInputsGiveNoArticleAndNoCrash() {
        for (String t : new String[] {"", "\n\n", "\uFEFF", "   \r\n"}) {
            ReadResult r = inputs("", 1000).readText("e.txt", t);
            assertEquals(List.of(), r.articles(), "input " + t.length());
        }
    }
}
