package org.herald.events;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The purpose table's load errors name the file and line. */
class ProtestPurposesTest {
    private static String load(Path dir, String body) throws Exception {
        Path f = dir.resolve("purposes.tsv");
        Files.writeString(f, "kind\tdigit\twords\n" + body);
        return assertThrows(DictionaryException.class, () -> ProtestPurposes.from(TsvTable.file(f, "kind", "digit", "words"))).getMessage();
    }

    @Test
    void badLinesAreNamed(@TempDir Path dir) throws Exception {
        String digit = load(dir, "purpose\t1\tresignation\npurpose\t5\tcoup\n");
        assertTrue(digit.contains("purposes.tsv:3") && digit.contains("1-4"), digit);
        String twice = load(dir, "purpose\t1\tresignation\npurpose\t2\ttax|resignation\n");
        assertTrue(twice.contains("purposes.tsv:3") && twice.contains("resignation"), twice);
        String kind = load(dir, "reason\t-\ttax\n");
        assertTrue(kind.contains("purposes.tsv:2") && kind.contains("purpose, cue or marker"), kind);
    }

    @Test
    void theShippedTableLoads() {
        assertTrue(ProtestPurposes.standard() != ProtestPurposes.NONE);
    }
}
