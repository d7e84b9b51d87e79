package org.herald.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.junit.jupiter.api.Test;

class CameoCodebookTest {
    @Test
    void everyRootIsPresentAndQuadClassFollowsTheRoot() {
        CameoCodebook book = CameoCodebook.standard();
        assertTrue(book.size() > 300, "codes: " + book.size());
        for (int r = 1; r <= 20; r++) {
            String root = String.format("%02d", r);
            CameoCode c = book.get(root);
            int expectedQuad = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
            assertEquals(expectedQuad, c.quadClass(), root);
        }
        assertEquals("ACCUSE", book.get("112").ploverType());
        assertTrue(book.get("190").goldstein() < book.get("040").goldstein());
    }

    @Test
    void badRowsNameFileAndLine() {
        DictionaryException e = assertThrows(DictionaryException.class, () -> CameoCodebook.from(TsvTable.parse("book.tsv",
                "# c\ncode\tname\tgoldstein\tquad\tplover_type\tplover_mode\n01\tok\t0\t1\t\t\n02\tbad\tminus\t1\t\t\n")));
        assertEquals("book.tsv", e.file());
        assertEquals(4, e.line());
        assertThrows(DictionaryException.class, () -> CameoCodebook.from(TsvTable.parse("b.tsv",
                "code\tname\tgoldstein\tquad\tplover_type\tplover_mode\n01\tx\t12\t1\t\t\n")));
    }
}
