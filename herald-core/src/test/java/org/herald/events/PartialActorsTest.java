package org.herald.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.herald.model.Event;
import org.herald.testing.Parses;
import org.junit.jupiter.api.Test;

/** Events with partly known actors (unknown perpetrators) and sentences that are not about politics, on hand-built trees. */
class PartialActorsTest {
    private static final EventCoder CODER = EventCoder.standard(false);

    private static List<Event> code(EventCoder coder, String sentence) {
        return coder.code(Parses.doc("2024-05-01", sentence));
    }

    @Test
    void agentlessPassiveKeepsItsTargetWithAnEmptySource() {
        List<Event> e = code(CODER, "Four/CD/2/nummod soldiers:soldier/NNS/4/nsubj:pass were:be/VBD/4/aux:pass killed:kill/VBN/0/root");
        assertEquals(1, e.size());
        assertEquals("", e.get(0).source());
        assertEquals("MIL", e.get(0).target());
        assertEquals("ASSAULT", e.get(0).ploverType());
    }

    @Test
    void firedAtACountryByNobodyNamed() {
        List<Event> fired = code(CODER, "Missiles:missile/NNS/3/nsubj:pass were:be/VBD/3/aux:pass fired:fire/VBN/0/root at/IN/5/case Israel/NNP/3/obl");
        assertEquals(1, fired.size(), fired.toString());
        assertEquals("", fired.get(0).source());
        assertEquals("ISR", fired.get(0).target());
        assertEquals("19", fired.get(0).root());
    }

    @Test
    void onlyDyadsWhenTheOptionsSaySo() {
        EventCoder dyads = EventCoder.standard(CoderOptions.DEFAULT.withRequireDyad(true));
        assertTrue(code(dyads, "Four/CD/2/nummod soldiers:soldier/NNS/4/nsubj:pass were:be/VBD/4/aux:pass killed:kill/VBN/0/root").isEmpty());
    }

    @Test
    void deathsInAnAccidentOrADisasterAreNoPoliticalEvent() {
        assertTrue(code(CODER, "Nine/CD/2/nummod people/NNS/4/nsubj:pass were:be/VBD/4/aux:pass killed:kill/VBN/0/root in/IN/8/case "
                + "a/DT/8/det bus/NN/8/compound crash/NN/4/obl").isEmpty());
        assertTrue(code(CODER, "The/DT/2/det flood/NN/3/nsubj killed:kill/VBD/0/root ten/CD/5/nummod villagers:villager/NNS/3/obj").isEmpty());
    }

    @Test
    void theSentenceBeforeCanSayItWasAnAccident() {
        String injured = "Four/CD/2/nummod people/NNS/4/nsubj:pass were:be/VBD/4/aux:pass injured:injure/VBN/0/root";
        String exploded = "A/DT/2/det tank/NN/7/nsubj at/IN/6/case the/DT/6/det gas/NN/6/compound plant/NN/2/nmod exploded:explode/VBD/0/root";
        assertTrue(CODER.code(Parses.doc("2024-05-01", exploded, injured)).isEmpty());
        assertEquals(1, CODER.code(Parses.doc("2024-05-01", injured)).size());
    }

    @Test
    void aNamedPerpetratorIsCodedEvenNearAnAccidentWord() {
        List<Event> e = code(CODER, "Russia/NNP/2/nsubj attacked:attack/VBD/0/root Ukraine/NNP/2/obj after/IN/6/case the/DT/6/det crash/NN/2/obl");
        assertEquals(List.of("RUS 190 UKR"), e.stream().map(Event::triple).toList());
    }

    @Test
    void sportIsNotFighting() {
        assertTrue(code(CODER, "France/NNP/2/nsubj beat:beat/VBD/0/root Germany/NNP/2/obj in/IN/7/case the/DT/7/det World/NNP/7/compound "
                + "Cup/NNP/2/obl").isEmpty());
    }

    @Test
    void contextFileErrorsNameTheLine() {
        DictionaryException e = assertThrows(DictionaryException.class, () -> NonPoliticalContexts.from(TsvTable.parse("ctx.tsv",
                "kind\tunattributed\tany\twords\naccident\t14-20\t\tcrash\nflood\t14-25\t\tflood\n", "kind", "unattributed", "any", "words")));
        assertTrue(e.getMessage().contains("ctx.tsv:3"), e.getMessage());
        assertThrows(DictionaryException.class, () -> NonPoliticalContexts.from(TsvTable.parse("ctx.tsv",
                "kind\tunattributed\tany\twords\naccident\t\t\tcrash\n", "kind", "unattributed", "any", "words")));
    }
}
