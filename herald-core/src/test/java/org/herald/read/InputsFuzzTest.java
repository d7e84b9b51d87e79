package org.herald.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.dict.DictionaryException;
import org.herald.model.Article;
import org.herald.petrarch.PetrarchActors;
import org.herald.petrarch.PetrarchAgents;
import org.herald.petrarch.PetrarchVerbs;

/**
 * Coverage-guided fuzzing (Jazzer) of what reads outside input: the article readers and PETRARCH's dictionary parsers.
 * In a plain test run each method runs on its seed inputs (src/test/resources/org/herald/read/InputsFuzzTestInputs);
 * {@code JAZZER_FUZZ=1 mvn -pl herald-core test -Dtest=InputsFuzzTest} fuzzes for the time each method gives.
 */
class InputsFuzzTest {
    private static final int CAP = 2_000;

    /** Any bytes: articles within the cap with text, or errors with a reason; never an exception. */
    @FuzzTest(maxDuration = "30s")
    void anyBytesAreReadOrRefusedWithAReason(byte[] data) {
        for (InputFormat f : InputFormat.values()) {
            Inputs in = new Inputs(f, Optional.of(LocalDate.of(2026, 1, 17)), InputStream.nullInputStream(), CAP);
            ReadResult r = in.readBytes("fuzz", data);
            for (Article a : r.articles()) {
                assertFalse(a.body().isBlank() && a.title().isBlank(), "an article with no text");
                assertTrue(a.fullText().length() <= CAP, "an article over the cap");
                assertTrue(a.fullText().indexOf('\u0000') < 0, "a NUL byte in an article");
            }
            for (InputError e : r.errors()) assertFalse(e.message().isBlank(), "an error without a reason");
        }
    }

    /**
     * Any bytes after a WARC version line, read as a WARC file (gzip-compressed too): articles within the cap, or
     * errors naming the file with a reason; never an exception, whatever the headers, lengths or HTML say.
     */
    @FuzzTest(maxDuration = "20s")
    void anyWarcBytesAreReadOrRefusedWithAReason(byte[] data) throws java.io.IOException {
        byte[] warc = new byte[data.length + 10];
        System.arraycopy("WARC/1.0\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, warc, 0, 10);
        System.arraycopy(data, 0, warc, 10, data.length);
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(warc);
        }
        for (byte[] bytes : List.of(warc, gz.toByteArray())) {
            Inputs in = new Inputs(InputFormat.AUTO, Optional.empty(), InputStream.nullInputStream(), CAP);
            ReadResult r = in.readStream("fuzz.warc", new java.io.ByteArrayInputStream(bytes));
            for (Article a : r.articles()) {
                assertFalse(a.body().isBlank(), "an article with no text");
                assertTrue(a.fullText().length() <= CAP, "an article over the cap");
                assertTrue(a.fullText().indexOf('\u0000') < 0, "a NUL byte in an article");
            }
            for (InputError e : r.errors()) assertTrue(e.source().equals("fuzz.warc") && !e.message().isBlank(), "an error without its file or reason");
        }
    }

    /** Any dictionary file: read, or refused by a DictionaryException naming the file and line; nothing else. */
    @FuzzTest(maxDuration = "30s")
    void petrarchDictionariesLoadOrNameTheLine(byte[] data) throws Exception {
        Path f = Files.createTempFile("herald-fuzz", ".txt");
        try {
            Files.write(f, data);
            List<Runnable> parsers = List.of(() -> PetrarchVerbs.read(f), () -> PetrarchActors.read(f, new ArrayList<>()),
                    () -> PetrarchAgents.read(f, new ArrayList<>()));
            for (Runnable p : parsers) {
                try {
                    p.run();
                } catch (DictionaryException e) {
                    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
                }
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
