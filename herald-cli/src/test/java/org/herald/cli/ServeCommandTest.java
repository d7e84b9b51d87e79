package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** herald serve's token rule: none needed on loopback; off loopback the given one, else a new one printed once. */
class ServeCommandTest {
    @Test
    void aTokenIsGeneratedAndPrintedOnceOffLoopback() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String t = ServeCommand.token("0.0.0.0", null, new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(t.length() >= 40 && t.matches("[A-Za-z0-9_-]+"), t);
        assertEquals(1, printed.split(t, -1).length - 1, printed);
        assertTrue(printed.contains("WARNING") && printed.contains("0.0.0.0"), printed);
        assertNotEquals(t, ServeCommand.token("0.0.0.0", null, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    @Test
    void aGivenTokenIsUsedAndNeverPrinted() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String given = "given-token-0123456789";
        assertEquals(given, ServeCommand.token("0.0.0.0", given, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains(given));
        assertEquals(given, ServeCommand.token("127.0.0.1", given, new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    @Test
    void loopbackNeedsNoTokenAndShortTokensAreRefused() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertNull(ServeCommand.token("127.0.0.1", null, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertNull(ServeCommand.token("localhost", "", new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> ServeCommand.token("0.0.0.0", "short", System.err));
        assertEquals(2, HeraldCli.run("serve", "--token", "short", "--db", "unused.duckdb"));
        assertEquals(2, HeraldCli.run("serve", "--max-body", "0", "--db", "unused.duckdb"));
    }
}
