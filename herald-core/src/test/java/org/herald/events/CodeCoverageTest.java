package org.herald.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.codes.CameoCodebook;
import org.junit.jupiter.api.Test;

/**
 * Every CAMEO code can be produced: by a verb or noun pattern (hand-written or lexicon) with that code, by the
 * combination table from a governing verb and a governed event, or by a protest's purpose (141x-145x). A code nothing produces is a gap in coverage that
 * no sentence can show, so this is checked over the whole codebook rather than sentence by sentence.
 */
class CodeCoverageTest {
    private static final CameoCodebook CODES = CameoCodebook.standard();
    private static final Combinations COMBINATIONS = Combinations.standard();

    @Test
    void everyCodeOfThreeOrFourDigitsHasAPatternOrACombination() {
        Set<String> produced = new HashSet<>();
        for (Pattern p : EventCoder.standardVerbs().plus(EventCoder.standardNouns()).patterns()) produced.add(p.code());
        for (String governor : List.of("02", "03", "10", "12", "13")) {
            for (String inner : CODES.codes()) COMBINATIONS.combine(governor, inner).ifPresent(produced::add);
        }
        Set<String> protests = new HashSet<>();
        for (String code : produced) if (code.matches("14[0-5]")) protests.add(code.equals("140") ? "141" : code);
        for (String protest : protests) for (char digit : ProtestPurposes.standard().digits()) produced.add(protest + digit);
        List<String> missing = new ArrayList<>();
        for (String code : CODES.codes()) if (code.length() >= 3 && !produced.contains(code)) missing.add(code + " " + CODES.get(code).name());
        assertEquals(List.of(), missing);
    }

    @Test
    void combinationsFollowCameosParallelBlocks() {
        // Yield (08x) under an appeal, an intent, a demand and a refusal.
        assertEquals("0254", COMBINATIONS.combine("02", "085").orElseThrow());
        assertEquals("0353", COMBINATIONS.combine("03", "0841").orElseThrow(), "promised to release prisoners");
        assertEquals("1054", COMBINATIONS.combine("10", "085").orElseThrow(), "demanded that sanctions be lifted");
        assertEquals("1246", COMBINATIONS.combine("12", "0873").orElseThrow(), "refused to demobilize");
        // Reform (083x), aid (07x) and material cooperation (06x).
        assertEquals("0343", COMBINATIONS.combine("03", "0833").orElseThrow(), "intent to grant rights, not to release persons");
        assertEquals("1034", COMBINATIONS.combine("10", "074").orElseThrow());
        assertEquals("0212", COMBINATIONS.combine("02", "062").orElseThrow());
        assertEquals("121", COMBINATIONS.combine("12", "064").orElseThrow(), "CAMEO has no 1214: the block's own code");
        // Threats.
        assertEquals("136", COMBINATIONS.combine("13", "1661").orElseThrow(), "threatened to expel peacekeepers");
        assertEquals("135", COMBINATIONS.combine("13", "165").orElseThrow());
        assertEquals("1323", COMBINATIONS.combine("13", "1723").orElseThrow(), "threatened to impose a curfew");
        assertEquals("1384", COMBINATIONS.combine("13", "193").orElseThrow(), "threatened to open fire");
        assertEquals("1381", COMBINATIONS.combine("03", "191").orElseThrow(), "vowed to blockade");
        assertEquals("133", COMBINATIONS.combine("13", "141").orElseThrow(), "threatened to demonstrate");
    }
}
