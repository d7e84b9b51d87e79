package org.herald.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herald.actors.ActorDictionary;
import org.herald.dict.DictionaryException;
import org.herald.events.CoderOptions;
import org.herald.events.EventCoder;
import org.herald.events.Pattern;
import org.herald.events.PatternDictionary;
import org.herald.events.RoleMarker;
import org.herald.model.Event;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.PennTreeConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchReadersTest {
    @TempDir Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void verbDictionaryWithSynsetsBlocksMultiWordVerbsAndPatterns() throws Exception {
        Path f = write("t.verbs.txt", String.join("\n",
                "&TIETYPES", "+MILITARY", "+DIPLOMATIC", "--- RESTORE [064] ---", "RESTORE  # comment",
                "- * &TIETYPES TIES [901]", "- * FULL [---]", "--- CORDON [171] ---", "+CORDON_OFF {+CORDONED_OFF}",
                "~ a (a b WILL_ATTACK) SAY = a b 138", "- * NO CODE HERE", "- * (WITH AID) [075A]", "- * FXLL [+++]",
                "--- BLAST [+++] ---", "BLAST"));
        PetrarchVerbs.Result r = PetrarchVerbs.read(f);
        List<String> codes = r.patterns().stream().map(Pattern::code).toList();
        // "[+++]" is no event code: the pattern is skipped, the verb kept with no code of its own; both are reported.
        assertEquals(List.of("064", "901", "---", "171", "075A", "---"), codes);
        Pattern ties = r.patterns().get(1);
        assertEquals(Set.of("restore"), ties.predicates());
        assertEquals("restore seq:diplomatic|military head:tie|ties", ties.describe());
        assertTrue(r.patterns().get(3).describe().contains("prt:off"), r.patterns().get(3).describe());
        assertEquals(4, r.unsupported().size(), r.unsupported().toString());
        assertTrue(r.unsupported().get(0).startsWith(f + ":10: transformation"), r.unsupported().get(0));
        assertTrue(r.unsupported().get(1).startsWith(f + ":11: pattern has no [code]"), r.unsupported().get(1));
        assertTrue(r.unsupported().get(2).startsWith(f + ":13: '+++' is not an event code (pattern skipped)"), r.unsupported().get(2));
        assertTrue(r.unsupported().get(3).startsWith(f + ":15: '+++' is not an event code"), r.unsupported().get(3));
    }

    @Test
    void roleMarkersAreTiedToTheWordBesideThem() throws Exception {
        Path f = write("m.verbs.txt", String.join("\n",
                "--- CELEBRATE [181] ---", "CELEBRATE", "- + HOSTING * MAY_DAY $ [046]", "- * IFTAR AT ^ ^ + [044]",
                "--- REGRET [111] ---", "REGRET", "- NOTED + * [115]",
                "--- BREAK [1717] ---", "BREAK", "+BREAK_DOWN", "- + * IN $ [075]", "--- ALLOW [080] ---", "ALLOW", "- RECENTLY_* [025]",
                "--- RISEN [---] ---", "RISEN", "- DEATH_TOTAL * [224]"));
        List<Pattern> ps = PetrarchVerbs.read(f).patterns();
        Pattern hosting = ps.get(1);
        assertEquals("celebrate before:hosting seq:may day", hosting.describe());
        // + waits for HOSTING (constraint 0) before the verb; $ follows MAY_DAY (constraint 1) after it.
        assertEquals(List.of(new RoleMarker(false, true, 0, 0), new RoleMarker(true, false, 1, 0)), hosting.markers());
        Pattern iftar = ps.get(2);
        assertEquals(List.of(new RoleMarker(false, false, 1, 2)), iftar.markers());
        assertEquals(List.of(new RoleMarker(false, true, -1, 0)), ps.get(4).markers());
        // BREAK and BREAK_DOWN share a lemma: each gets the block's patterns, only BREAK_DOWN with its particle.
        List<String> breaks = ps.stream().filter(p -> p.code().equals("075")).map(Pattern::describe).toList();
        assertEquals(List.of("break desc:in", "break desc:in prt:down"), breaks);
        // A word joined to the verb must stand right before it.
        assertEquals("allow prev:recently", ps.get(ps.size() - 3).describe());
        // Joined words before the verb must be consecutive: "death and injury total has risen" is no match.
        Pattern risen = ps.get(ps.size() - 1);
        assertEquals("risen seqbefore:death total", risen.describe());
        PatternDictionary d = PatternDictionary.of(List.of(risen));
        ParsedSentence toll = PennTreeConverter.convert(0, "(ROOT (S (NP (DT The) (NN death) (NN total)) (VP (VBZ has) (VP (VBN risen))) (. .)))");
        assertTrue(d.best(toll, 5).isPresent());
        ParsedSentence apart = PennTreeConverter.convert(0, "(ROOT (S (NP (DT The) (NN death) (CC and) (NN injury) (NN total)) (VP (VBZ has)"
                + " (VP (VBN risen))) (. .)))");
        assertTrue(d.best(apart, 7).isEmpty());
    }

    @Test
    void markedTargetAndSourceReplaceSubjectAndObject() throws Exception {
        Path verbs = write("r.verbs.txt", String.join("\n", "--- RECEIVE [---] ---", "RECEIVE", "- + * MONEY $ [071]",
                "--- REGRET [111] ---", "REGRET", "- NOTED + * [115]", "--- CRITICIZE [111] ---", "CRITICIZE", "- * + OVER [112]"));
        Path actors = write("r.actors.txt", "ERIADOR_ [ERI]\nOSGILIATH_ [OSG]\nGONDOR_ [GON]\nMORDOR_ [MOR]\n");
        EventCoder coder = petrarchCoder(verbs, actors);
        ParsedSentence money = PennTreeConverter.convert(0, "(ROOT (S (NP (NNP Eriador)) (VP (VBD received) (NP (NN money))"
                + " (PP (IN from) (NP (NNP Osgiliath)))) (. .)))");
        assertEquals(List.of("OSG 071 ERI"), code(coder, money));
        ParsedSentence noted = PennTreeConverter.convert(0, "(ROOT (S (NP (NNP Gondor)) (VP (VBD noted) (SBAR (IN that) (S (NP (NNP Mordor))"
                + " (VP (VBD regretted) (NP (DT the) (NN decision)))))) (. .)))");
        assertEquals(List.of("GON 115 MOR"), code(coder, noted));
        // A pattern whose marker finds no actor keeps the default source and target.
        ParsedSentence nobody = PennTreeConverter.convert(0, "(ROOT (S (NP (NNP Eriador)) (VP (VBD received) (PP (IN for) (NP (NNP Gondor)))"
                + " (NP (NN money)) (PP (IN from) (NP (NNS donors)))) (. .)))");
        assertEquals(List.of("ERI 071 GON"), code(coder, nobody));
        // A marked target that is the source itself is no reading: the passive's defaults stand.
        ParsedSentence passive = PennTreeConverter.convert(0, "(ROOT (S (NP (NNP Eriador)) (VP (VBD was) (VP (VBN criticized)"
                + " (PP (IN by) (NP (NNP Mordor))) (PP (IN over) (NP (DT the) (NN dispute))))) (. .)))");
        assertEquals(List.of("MOR 112 ERI"), code(coder, passive));
    }

    @Test
    void attitudeVerbTakesItsClauseSubjectsAsTargetsButReportingDoesNot() throws Exception {
        Path verbs = write("b.verbs.txt", String.join("\n", "--- BELIEVE [023] ---", "BELIEVE", "--- SAY [023] ---", "SAY {SAID}",
                "--- ATTACK [190] ---", "ATTACK"));
        Path actors = write("b.actors.txt", "ARNOR_ [ARN]\nDAGOLATH_ [DAG]\nOSGILIATH_ [OSG]\nGONDOR_ [GON]\n");
        EventCoder coder = petrarchCoder(verbs, actors);
        String clause = " (SBAR (S (NP (NNP Dagolath) (CC and) (NNP Osgiliath)) (VP (MD can) (VP (VB cope)))))";
        ParsedSentence believes = PennTreeConverter.convert(0, "(ROOT (S (NP (NNP Arnor)) (VP (VBZ believes)" + clause + ") (. .)))");
        assertEquals(List.of("ARN 023 DAG", "ARN 023 OSG"), code(coder, believes));
        ParsedSentence said = PennTreeConverter.convert(0, "(ROOT (S (NP (NNP Arnor)) (VP (VBD said)" + clause + ") (. .)))");
        assertEquals(List.of(), code(coder, said));
        // A clause with an event of its own is that event, not the believing's target.
        ParsedSentence attack = PennTreeConverter.convert(0, "(ROOT (S (NP (NNP Arnor)) (VP (VBZ believes) (SBAR (S (NP (NNP Dagolath))"
                + " (VP (MD will) (VP (VB attack) (NP (NNP Gondor))))))) (. .)))");
        assertEquals(List.of("DAG 190 GON"), code(coder, attack));
    }

    @Test
    void stemsMatchLongerWordsButShortAcronymsOnlyThemselves() throws Exception {
        Path verbs = write("s.verbs.txt", "--- ATTACK [190] ---\nATTACK\n");
        Path actors = write("s.actors.txt", "ARGENTIN [ARG]\nPLA [CHNMIL]\n");
        EventCoder coder = petrarchCoder(verbs, actors);
        String tree = "(ROOT (S (NP (JJ Argentine) (NNS troops)) (VP (VBD attacked) (NP (DT the) (NN %s))) (. .)))";
        assertEquals(List.of("ARG 190 CHNMIL"), code(coder, PennTreeConverter.convert(0, String.format(tree, "PLA"))));
        assertEquals(List.of(), code(coder, PennTreeConverter.convert(0, String.format(tree, "plant"))));
    }

    /** A coder on just these PETRARCH verb and actor files, with PETRARCH's options. */
    private static EventCoder petrarchCoder(Path verbs, Path actors) {
        PetrarchDictionaries d = PetrarchDictionaries.files(List.of(verbs), List.of(actors), List.of(), List.of(), List.of(),
                ActorDictionary.empty(), PatternDictionary.of(List.of()));
        return d.coder(PatternDictionary.of(List.of()), CoderOptions.PETRARCH);
    }

    private static List<String> code(EventCoder coder, ParsedSentence s) {
        return coder.code(new AnnotatedDoc(new org.herald.model.Article("x", LocalDate.of(1995, 1, 1), "", "", s.text()), List.of(s)))
                .stream().map(Event::triple).toList();
    }

    @Test
    void undefinedSynsetIsAnErrorWithLine() throws Exception {
        Path f = write("bad.verbs.txt", "&A\n+&NOPE\n");
        DictionaryException e = assertThrows(DictionaryException.class, () -> PetrarchVerbs.read(f));
        assertEquals(2, e.line());
    }

    @Test
    void actorsWithSynonymsAndDatedCodes() throws Exception {
        Path f = write("t.actors.txt", String.join("\n",
                "<!-- header -->", "ARNOR_ [ARN]", "+ARNORIAN_", "ARGENTIN [ARG]", "HAMID_KARZAI_  ; CountryInfo.txt",
                "\t[AFGELI 750101-000101]", "\t[AFGGOV >011222]", "\t[AFGELI]", "BAD_DATES_", "\t[XXXGOV 9008223-911221]"));
        List<String> problems = new ArrayList<>();
        List<PetrarchActors.Actor> actors = PetrarchActors.read(f, problems);
        assertEquals(4, actors.size());
        assertEquals(List.of("ARNOR_", "ARNORIAN_"), actors.get(0).phrases());
        assertEquals(List.of(false), actors.get(1).exact());
        PetrarchActors.Actor karzai = actors.get(2);
        assertEquals(LocalDate.of(2001, 12, 22), karzai.codes().get(1).from());
        assertEquals(LocalDate.of(1975, 1, 1), karzai.codes().get(0).from());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(f + ":10:"), problems.get(0));
        assertThrows(DictionaryException.class, () -> PetrarchActors.read(f));
    }

    @Test
    void agentsWithMacrosPluralsAndPrefixCodes() throws Exception {
        Path f = write("t.agents.txt", String.join("\n",
                "!PERSON! = MAN, WOMAN", "CONGRESS!PERSON! [~LEG]", "POLICE {} [~COP]", "ARMY [~MIL]", "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]",
                "HUMAN_RIGHTS_BODY [NGO~]"));
        List<String> phrases = PetrarchAgents.read(f).stream().map(PetrarchAgents.Agent::phrase).toList();
        assertEquals(List.of("CONGRESSMAN", "CONGRESSWOMAN", "POLICE", "ARMY", "ARMIES", "ATTORNEY_GENERAL", "ATTORNEYS_GENERAL",
                "HUMAN_RIGHTS_BODY", "HUMAN_RIGHTS_BODIES"), phrases);
        assertTrue(PetrarchAgents.read(f).get(7).prefix());
        Path bad = write("bad.agents.txt", "ISLAMIC_EXTREMIST\n");
        assertEquals(1, assertThrows(DictionaryException.class, () -> PetrarchAgents.read(bad)).line());
    }

    @Test
    void discardsAndIssues() throws Exception {
        PetrarchDiscards d = PetrarchDiscards.read(write("t.discards.txt", "BASEBALL\n+TYPHOON  # story\nWORLD CUP_\n"));
        assertTrue(d.match("The baseballs were lost.", false).isPresent());
        assertTrue(d.match("A typhoon hit.", true).isPresent());
        assertTrue(d.match("A typhoon hit.", false).isEmpty());
        assertTrue(d.match("The World Cups", false).isEmpty());
        assertTrue(d.match("The World Cup.", false).isPresent());
        PetrarchIssues i = PetrarchIssues.read(write("t.issues.txt",
                "<ISSUE CATEGORY=\"EDU\" TYPE=\"ALL\">\nn:teacher [TEACHERS]\nschool board\n~head start\n</ISSUE>\n"));
        assertEquals(Set.of("TEACHERS", "EDU"), i.find("Teachers met the school board."));
    }

    @Test
    void pennTreeConvertsToUdAndCodesWithPetrarchDictionaries() throws Exception {
        ParsedSentence s = PennTreeConverter.convert(0,
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))");
        assertEquals("restore", s.token(2).lemma());
        assertEquals(List.of(1), s.children(2, "nsubj"));
        assertEquals(List.of(4), s.children(2, "obj"));
        Path verbs = write("v.verbs.txt", "&TIETYPES\n+DIPLOMATIC\n--- RESTORE [064] ---\nRESTORE\n- * &TIETYPES TIES [901]\n");
        Path actors = write("v.actors.txt", "ARNOR_ [ARN]\nGONDOR_ [GON]\n");
        EventCoder coder = petrarchCoder(verbs, actors);
        assertEquals(List.of("ARN 901 GON"), code(coder, s));
        assertThrows(IllegalArgumentException.class, () -> PennTreeConverter.convert(0, "(ROOT (S (NP"));
    }
}
