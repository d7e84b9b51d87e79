package org.herald.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An event's evidence is its sentence, cut to a window around the span when the sentence runs away. */
class EvidenceTest {
    @Test
    void aNewsSentenceIsKeptWhole() {
        String s = "Russia's Foreign Ministry condemned American threats against Iran.";
        assertEquals(s, EventEmitter.evidence(s, "Ministry condemned American threats"));
    }

    @Test
    void aRunawaySentenceIsCutAroundTheSpan() {
        String span = "Iran warned Israel";
        String s = "x ".repeat(50_000) + span + " y".repeat(50_000);
        String e = EventEmitter.evidence(s, span);
        assertTrue(e.length() <= EventEmitter.MAX_EVIDENCE + 2, "length " + e.length());
        assertTrue(e.contains(span));
        assertTrue(e.startsWith("…") && e.endsWith("…"));
        // At either end the window stays inside the sentence.
        String head = span + " y".repeat(50_000);
        assertTrue(EventEmitter.evidence(head, span).startsWith(span));
        assertTrue(EventEmitter.cut("z".repeat(5_000)).length() <= EventEmitter.MAX_EVIDENCE + 1);
    }
}
