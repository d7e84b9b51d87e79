package org.herald.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.codes.CameoCodebook;
import org.herald.dict.DictionaryException;
import org.herald.events.PatternDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexicon generator on real WordNet 3.1, and the checked-in lexicon files it makes. */
class LexiconTest {
    private static final WordNetExpander WORDNET = WordNetExpander.wordNet31();
    private static final CameoCodebook CODES = CameoCodebook.standard();
    /** surefire runs in herald-cli/; the data lives in herald-core. */
    private static final Path RESOURCES = Path.of("../herald-core/src/main/resources/herald");
    private static final String SEEDS_HEADER = "code\tpos\tforms\twordnet\texpand\tnote\n";

    private static Seeds seeds(Path dir, String seedRows, String stopRows) throws Exception {
        Files.writeString(dir.resolve(Seeds.SEEDS), "# test seeds\n" + SEEDS_HEADER + seedRows);
        Files.writeString(dir.resolve(Seeds.STOPLIST), "form\tpos\treason\n" + stopRows);
        Files.writeString(dir.resolve(Seeds.OPTIONS), "code\toptions\treason\n14\tnotarget\tprotests have no target\n");
        return Seeds.load(dir, CODES);
    }

    private static Optional<Lexicon.Entry> entry(Lexicon lexicon, Seed.Pos pos, String predicate) {
        return lexicon.entries(pos).stream().filter(e -> e.predicate().equals(predicate)).findFirst();
    }

    @Test
    void lynchArrivesForAKillSeedAsATroponym(@TempDir Path dir) throws Exception {
        Seeds s = seeds(dir, "1823\tverb\t\tkill%2:35:00::\ttropo:2\tkilling\n", "");
        Lexicon lexicon = Lexicon.build(s, WORDNET, Set.of(), Set.of());
        Lexicon.Entry lynch = entry(lexicon, Seed.Pos.VERB, "lynch").orElseThrow();
        assertEquals("1823", lynch.code());
        assertTrue(lynch.provenance().matches("wn31 lynch%2:\\S+ tropo kill"), lynch.provenance());
        assertEquals("lex.v.lynch", lynch.id());
    }

    @Test
    void abductionArrivesAsANounDerivedFromAbduct(@TempDir Path dir) throws Exception {
        Seeds s = seeds(dir, "181\tverb\t\tabduct%2:35:02::\tsyn|deriv\tabduction\n", "");
        Lexicon lexicon = Lexicon.build(s, WORDNET, Set.of(), Set.of());
        Lexicon.Entry abduction = entry(lexicon, Seed.Pos.NOUN, "abduction").orElseThrow();
        assertEquals("181", abduction.code());
        assertTrue(abduction.provenance().matches("wn31 abduction%1:\\S+ deriv abduct"), abduction.provenance());
        assertTrue(entry(lexicon, Seed.Pos.VERB, "kidnap").isPresent(), "synonym of abduct");
        assertTrue(entry(lexicon, Seed.Pos.NOUN, "kidnapping").isPresent(), "noun derived from the synonym kidnap");
        assertFalse(entry(lexicon, Seed.Pos.NOUN, "abductor").isPresent(), "agent nouns are not events");
    }

    @Test
    void stopListedAndHandTableFormsDoNotAppear(@TempDir Path dir) throws Exception {
        Seeds s = seeds(dir, "1823\tverb\tshoot dead\tkill%2:35:00::\ttropo:2\tkilling\n", "lynch\tverb\tfor the test\n");
        Lexicon lexicon = Lexicon.build(s, WORDNET, Set.of("strangle"), Set.of());
        assertFalse(entry(lexicon, Seed.Pos.VERB, "lynch").isPresent());
        assertFalse(entry(lexicon, Seed.Pos.VERB, "strangle").isPresent(), "hand tables decide their own lemmas");
        assertTrue(entry(lexicon, Seed.Pos.VERB, "behead").isPresent());
        assertTrue(lexicon.notes().stream().anyMatch(n -> n.contains("verb 'strangle'")), lexicon.notes().toString());
        // Multi-word forms of a hand lemma are kept: they only win when more specific than the hand rows.
        Lexicon withShoot = Lexicon.build(s, WORDNET, Set.of("shoot"), Set.of());
        assertTrue(withShoot.entries(Seed.Pos.VERB).stream().anyMatch(e -> e.id().equals("lex.v.shoot_dead") && e.constraints().equals("obj:dead")));
        assertTrue(withShoot.entries(Seed.Pos.VERB).stream().noneMatch(e -> e.predicate().equals("shoot") && e.constraints().isEmpty()));
        // The shipped stop list keeps accident and sports senses out of the shipped lexicon.
        Seeds shipped = Seeds.load(RESOURCES.resolve("lexicon"), CODES);
        assertTrue(shipped.isStopped(Seed.Pos.VERB, "explode"));
        String verbs = Files.readString(RESOURCES.resolve("patterns/" + LexiconWriter.VERBS));
        assertFalse(verbs.contains("\texplode\t\t"), "bare 'explode' (a constrained 'explode bomb' is a hand seed)");
        assertFalse(verbs.contains("\twrestle\t"));
    }

    @Test
    void multiWordFormsBecomeConstraints() {
        FormTranslator t = new FormTranslator(WORDNET);
        assertEquals(new FormTranslator.Translation("take", "obj:control"), t.translate("take control of", Seed.Pos.VERB).orElseThrow());
        assertEquals(new FormTranslator.Translation("set", "obj:fire"), t.translate("set fire to", Seed.Pos.VERB).orElseThrow());
        assertEquals(new FormTranslator.Translation("open", "obj:fire"), t.translate("open fire", Seed.Pos.VERB).orElseThrow());
        assertEquals(new FormTranslator.Translation("take", "obj:hostage"), t.translate("take hostage", Seed.Pos.VERB).orElseThrow());
        assertEquals(new FormTranslator.Translation("put", "obl:to:death"), t.translate("put to death", Seed.Pos.VERB).orElseThrow());
        assertEquals(new FormTranslator.Translation("burn", "prt:down"), t.translate("burn down", Seed.Pos.VERB).orElseThrow());
        assertEquals(new FormTranslator.Translation("crack", "prt:down"), t.translate("crack down on", Seed.Pos.VERB).orElseThrow());
        assertEquals(new FormTranslator.Translation("demand", "obj:weapon"), t.translate("demand weapons", Seed.Pos.VERB).orElseThrow());
        assertEquals(new FormTranslator.Translation("bombing", "compound:car"), t.translate("car bombing", Seed.Pos.NOUN).orElseThrow());
        assertEquals(new FormTranslator.Translation("attack", "amod:chemical"), t.translate("chemical attack", Seed.Pos.NOUN).orElseThrow());
        assertEquals(new FormTranslator.Translation("state", "of:emergency"), t.translate("state of emergency", Seed.Pos.NOUN).orElseThrow());
        // Closed-up spellings of hyphenated WordNet nouns and plural modifiers are nouns (as lemmas).
        assertEquals(new FormTranslator.Translation("urge", "obj:ceasefire"), t.translate("urge ceasefire", Seed.Pos.VERB).orElseThrow());
        assertEquals(new FormTranslator.Translation("shipment", "compound:weapon"), t.translate("weapons shipment", Seed.Pos.NOUN).orElseThrow());
        assertEquals(new FormTranslator.Translation("pact", "amod:non-aggression"), t.translate("non-aggression pact", Seed.Pos.NOUN).orElseThrow());
        assertTrue(t.translate("walk out of talks", Seed.Pos.VERB).isEmpty());
        assertTrue(t.translate("turn up the heat", Seed.Pos.VERB).isEmpty());
    }

    @Test
    void badSeedLinesNameFileAndLine(@TempDir Path dir) throws Exception {
        DictionaryException e = assertThrows(DictionaryException.class, () -> seeds(dir, "181\tverb\tabduct\t\t\tok\n181\tadverb\tx\t\t\tbad\n", ""));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("seeds.tsv:4"), e.getMessage());
        e = assertThrows(DictionaryException.class, () -> seeds(dir, "999\tverb\tabduct\t\t\tbad code\n", ""));
        assertTrue(e.getMessage().contains("unknown CAMEO code '999'"), e.getMessage());
        e = assertThrows(DictionaryException.class, () -> seeds(dir, "181\tverb\t\tabduct%1:04:00::\tsyn\tnoun key on a verb\n", ""));
        assertTrue(e.getMessage().contains("is not a verb"), e.getMessage());
        e = assertThrows(DictionaryException.class, () -> seeds(dir, "181\tverb\tabduct\t\ttropo:x\tbad expansion\n", ""));
        assertTrue(e.getMessage().contains("unknown expansion"), e.getMessage());
        Seeds s = seeds(dir, "181\tverb\t\tabduct%2:99:99::\tsyn\tno such sense\n", "");
        e = assertThrows(DictionaryException.class, () -> Lexicon.build(s, WORDNET, Set.of(), Set.of()));
        assertTrue(e.getMessage().contains("seeds.tsv:3") && e.getMessage().contains("no WordNet 3.1 sense"), e.getMessage());
    }

    @Test
    void checkedInLexiconIsExactlyWhatTheGeneratorMakes(@TempDir Path out) throws Exception {
        Seeds s = Seeds.load(RESOURCES.resolve("lexicon"), CODES);
        Path patterns = RESOURCES.resolve("patterns");
        Lexicon lexicon = Lexicon.build(s, WORDNET, LexiconWriter.handLemmas(patterns.resolve("verbs.tsv")),
                LexiconWriter.handLemmas(patterns.resolve("nouns.tsv")));
        LexiconWriter.write(lexicon, out);
        for (String f : List.of(LexiconWriter.VERBS, LexiconWriter.NOUNS)) {
            assertEquals(Files.readString(patterns.resolve(f)), Files.readString(out.resolve(f)),
                    f + " differs from the generator's output: run bin/herald lexicon and commit the result");
        }
    }

    @Test
    void everyCameoCodeHasASeed() {
        Seeds s = Seeds.load(RESOURCES.resolve("lexicon"), CODES);
        Set<String> seeded = s.seeds().stream().map(Seed::code).collect(java.util.stream.Collectors.toSet());
        String cameo = RESOURCES.resolve("codes/cameo.tsv").toString();
        for (var row : org.herald.dict.TsvTable.file(Path.of(cameo), "code").rows()) {
            // A protest's purpose (141x-145x) is read from its arguments (ProtestPurposes), not from words of its own;
            // herald-core's CodeCoverageTest checks that those codes are produced.
            if (row.get("code").matches("14[1-5][1-4]")) continue;
            assertTrue(seeded.contains(row.get("code")), "no seed for CAMEO " + row.get("code"));
        }
    }

    @Test
    void generatedFilesLoadAsPatternDictionaries() {
        PatternDictionary verbs = PatternDictionary.resource("herald/patterns/lexicon-verbs.tsv", CODES);
        PatternDictionary nouns = PatternDictionary.resource("herald/patterns/lexicon-nouns.tsv", CODES);
        assertTrue(verbs.patterns().size() > 300, "verb rows: " + verbs.patterns().size());
        assertTrue(nouns.patterns().size() > 500, "noun rows: " + nouns.patterns().size());
        assertTrue(verbs.has("decapitate") && nouns.has("abduction"), "hand seeds appear");
        Set<String> roots = new java.util.HashSet<>();
        verbs.patterns().forEach(p -> roots.add(p.code().substring(0, 2)));
        nouns.patterns().forEach(p -> roots.add(p.code().substring(0, 2)));
        assertEquals(20, roots.size(), "roots: " + roots);
    }
}
