package org.herald.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The attributed_to form, written and read in one place. */
class AttributionTest {
    @Test
    void everyFormReadsBackAsWritten() {
        for (Attribution a : new Attribution[] {new Attribution("RUSGOV", "a Kremlin statement"), new Attribution("RUSGOV", ""),
                new Attribution("", "a witness"), new Attribution("", "the agency (citing sources)"), new Attribution("IRNGOV", "the ministry (Tehran)"),
                Attribution.NONE}) {
            assertEquals(a, Attribution.parse(a.toString()), a.toString());
        }
    }

    @Test
    void theForms() {
        assertEquals("RUSGOV (a Kremlin statement)", new Attribution("RUSGOV", "a Kremlin statement").toString());
        assertEquals("RUSGOV", new Attribution("RUSGOV", null).toString());
        assertEquals("a witness", new Attribution(null, "a witness").toString());
        assertEquals("", Attribution.NONE.toString());
        assertTrue(Attribution.parse(null).isEmpty());
        // Words in front of a parenthesis are not a code.
        assertEquals(new Attribution("", "Reuters (London)"), Attribution.parse("Reuters (London)"));
    }
}
