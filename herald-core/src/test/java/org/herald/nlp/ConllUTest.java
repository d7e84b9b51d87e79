package org.herald.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.testing.Parses;
import org.junit.jupiter.api.Test;

class ConllUTest {
    @Test
    void writeThenReadKeepsTheTree() {
        ParsedSentence s = Parses.sentence("Turkey/NNP/2/nsubj condemned:condemn/VBD/0/root Israel/NNP/2/obj");
        ParsedSentence back = ConllU.read("x", ConllU.write(s)).get(0);
        assertEquals(3, back.size());
        assertEquals("condemn", back.token(2).lemma());
        assertEquals(List.of(1), back.children(2, "nsubj"));
        assertEquals("Turkey condemned Israel", back.text());
    }

    @Test
    void badLinesAndCyclesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConllU.read("in.conllu", "# c\n1\tA\n"));
        assertTrue(e.getMessage().startsWith("in.conllu:2:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Parses.sentence("a/NN/2/dep b/NN/1/dep"));
    }
}
