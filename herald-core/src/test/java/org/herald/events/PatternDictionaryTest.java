package org.herald.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.herald.codes.CameoCodebook;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.junit.jupiter.api.Test;

class PatternDictionaryTest {
    private static final String HEADER = "id\tcode\tpredicates\tconstraints\toptions\n";

    @Test
    void shippedVerbPatternsCoverAllTwentyRoots() {
        PatternDictionary verbs = PatternDictionary.resource(PatternDictionary.VERBS, CameoCodebook.standard());
        Set<String> roots = verbs.patterns().stream().filter(p -> !p.light()).map(p -> p.code().substring(0, 2)).collect(Collectors.toSet());
        for (int r = 1; r <= 20; r++) assertTrue(roots.contains(String.format("%02d", r)), "no verb pattern for root " + r);
    }

    @Test
    void errorsNameFileAndLine() {
        CameoCodebook codes = CameoCodebook.standard();
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> PatternDictionary.from(TsvTable.parse("v.tsv", HEADER + "a\t111\tcondemn\t\t\nb\t999\tfoo\t\t\n"), codes));
        assertEquals(3, e.line());
        e = assertThrows(DictionaryException.class,
                () -> PatternDictionary.from(TsvTable.parse("v.tsv", HEADER + "# x\na\t111\tcondemn\tweird:thing\t\n"), codes));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown constraint 'weird:thing'"));
        e = assertThrows(DictionaryException.class,
                () -> PatternDictionary.from(TsvTable.parse("v.tsv", HEADER + "a\t111\tcondemn\t\tsometimes\n"), codes));
        assertTrue(e.getMessage().contains("unknown option"));
        e = assertThrows(DictionaryException.class,
                () -> PatternDictionary.from(TsvTable.parse("v.tsv", HEADER + "a\t111\tcondemn\t\t\na\t112\tblame\t\t\n"), codes));
        assertTrue(e.getMessage().contains("duplicate pattern id"));
    }
}
