package org.herald.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.herald.model.Event;
import org.herald.testing.Parses;
import org.junit.jupiter.api.Test;

/** The coder on hand-built dependency trees: no CoreNLP involved. */
class EventCoderTest {
    private static final EventCoder CODER = EventCoder.standard(false);
    private static final EventCoder KEEP_NEGATED = EventCoder.standard(true);

    private static List<String> triples(EventCoder coder, String date, String... sentences) {
        return coder.code(Parses.doc(date, sentences)).stream().map(Event::triple).toList();
    }

    @Test
    void activeVerbCodesSubjectAndObject() {
        List<Event> events = CODER.code(Parses.doc("2024-05-01",
                "Turkey/NNP/2/nsubj condemned:condemn/VBD/0/root Israel/NNP/2/obj"));
        assertEquals(1, events.size());
        Event e = events.get(0);
        assertEquals("TUR 111 ISR", e.triple());
        assertEquals("11", e.root());
        assertEquals(-2.0, e.goldstein());
        assertEquals(3, e.quadClass());
        assertEquals("ACCUSE", e.ploverType());
        assertEquals("condemned", e.trigger());
        assertEquals("criticize", e.pattern());
    }

    @Test
    void passiveTakesSourceFromByPhrase() {
        assertEquals(List.of("TUR 111 ISR"), triples(CODER, "2024-05-01",
                "Israel/NNP/3/nsubj:pass was:be/VBD/3/aux:pass condemned:condemn/VBN/0/root by/IN/5/case Turkey/NNP/3/obl:agent"));
    }

    @Test
    void conjoinedObjectsGiveOneEventEach() {
        assertEquals(List.of("IRNGOV 112 USA", "IRNGOV 112 ISR"), triples(CODER, "2026-01-17",
                "Iranian/JJ/2/amod authorities:authority/NNS/4/nsubj have/VBP/4/aux blamed:blame/VBN/0/root "
                        + "the/DT/6/det U.S./NNP/4/obj and/CC/8/cc Israel/NNP/6/conj"));
    }

    @Test
    void conjoinedSubjectsGiveOneEventEach() {
        assertEquals(List.of("FRA 111 RUS", "DEU 111 RUS"), triples(CODER, "2024-05-01",
                "France/NNP/4/nsubj and/CC/3/cc Germany/NNP/1/conj criticized:criticize/VBD/0/root Russia/NNP/4/obj"));
    }

    @Test
    void negatedEventIsDroppedOrFlagged() {
        String s = "Japan/NNP/4/nsubj did:do/VBD/4/aux not/RB/4/advmod criticize/VB/0/root China/NNP/4/obj";
        assertTrue(CODER.code(Parses.doc("2024-05-01", s)).isEmpty());
        List<Event> kept = KEEP_NEGATED.code(Parses.doc("2024-05-01", s));
        assertEquals(1, kept.size());
        assertTrue(kept.get(0).negated());
        assertEquals("JPN 111 CHN", kept.get(0).triple());
    }

    @Test
    void lightVerbTakesCodeFromEventNounAndTargetFromItsWithPhrase() {
        assertEquals(List.of("CHNGOV 040 BRAGOV"), triples(CODER, "2024-05-01",
                "Chinese/JJ/2/amod officials:official/NNS/3/nsubj held:hold/VBD/0/root talks:talk/NNS/3/obj "
                        + "with/IN/7/case Brazilian/JJ/7/amod diplomats:diplomat/NNS/4/nmod"));
    }

    @Test
    void nominalEventBetweenTwoActorsIsMutual() {
        assertEquals(List.of("EGY 040 JOR", "JOR 040 EGY"), triples(CODER, "2024-05-01",
                "talks:talk/NNS/6/nsubj between/IN/3/case Egypt/NNP/1/nmod and/CC/5/cc Jordan/NNP/3/conj ended:end/VBD/0/root"));
    }

    @Test
    void subjectIsInheritedThroughAnAdverbialClause() {
        assertEquals(List.of("CAN 111 IND"), triples(CODER, "2024-05-01",
                "Canada/NNP/2/nsubj spoke:speak/VBD/0/root ,/,/2/punct condemning:condemn/VBG/2/advcl India/NNP/4/obj"));
    }

    @Test
    void anAppealCombinesWithWhatItAsksFor() {
        // "Egypt urged Israel to attack Syria": an appeal by Egypt to Israel; no attack happened.
        assertEquals(List.of("EGY 020 ISR"), triples(CODER, "2024-05-01",
                "Egypt/NNP/2/nsubj urged:urge/VBD/0/root Israel/NNP/2/obj to/TO/5/mark attack/VB/2/xcomp Syria/NNP/5/obj"));
        assertEquals(List.of("EGY 026 ISR"), triples(CODER, "2024-05-01",
                "Egypt/NNP/2/nsubj urged:urge/VBD/0/root Israel/NNP/2/obj to/TO/5/mark meet/VB/2/xcomp Syria/NNP/5/obj"));
        // An appeal to ease sanctions is CAMEO's 0254, the appeal block's place of 085 (ease economic sanctions).
        assertEquals(List.of("IRN 0254 GBR"), triples(CODER, "2024-05-01",
                "Iran/NNP/2/nsubj urged:urge/VBD/0/root Britain/NNP/2/obj to/TO/5/mark lift:lift/VB/2/xcomp sanctions:sanction/NNS/5/obj"));
    }

    @Test
    void aProtestIsCodedByWhatItIsFor() {
        assertEquals(List.of("EDU 1412 ---"), triples(CODER, "2024-05-01",
                "Students:student/NNS/2/nsubj demonstrated:demonstrate/VBD/0/root against/IN/5/case the/DT/5/det tax/NN/2/obl"));
        assertEquals(List.of("CVL 1432 ---"), triples(CODER, "2024-05-01",
                "Workers:worker/NNS/2/nsubj went:go/VBD/0/root on/IN/4/case strike/NN/2/obl over/IN/6/case wages:wage/NNS/4/nmod"));
        assertEquals(List.of("EDU 1411 ---", "EDU 1041 GOV"), triples(CODER, "2024-05-01",
                "Students:student/NNS/2/nsubj rallied:rally/VBD/0/root demanding:demand/VBG/2/advcl the/DT/5/det resignation/NN/3/obj "
                        + "of/IN/8/case the/DT/8/det president/NN/5/nmod"));
        assertEquals(List.of("EDU 1414 ---"), triples(CODER, "2024-05-01",
                "Students:student/NNS/2/nsubj marched:march/VBD/0/root calling:call/VBG/2/advcl for/IN/6/case new/JJ/6/amod elections:election/NNS/3/obl"));
        assertEquals(List.of("EDU 1413 ---"), triples(CODER, "2024-05-01",
                "Students:student/NNS/2/nsubj protested:protest/VBD/0/root for/IN/5/case their/PRP$/5/nmod:poss rights:right/NNS/2/obl"));
        // "Protest against" is a protest (a seed of the lexicon says so); a formal complaint is made to someone.
        assertEquals(List.of("EDU 1412 ---"), triples(CODER, "2024-05-01",
                "Students:student/NNS/2/nsubj protested:protest/VBD/0/root against/IN/5/case the/DT/5/det tax/NN/2/obl"));
        assertEquals(List.of("IRN 114 GBR"), triples(CODER, "2024-05-01",
                "Iran/NNP/2/nsubj protested:protest/VBD/0/root to/IN/4/case Britain/NNP/2/obl"));
        // No purpose named: the protest keeps its code.
        assertEquals(List.of("EDU 140 ---"), triples(CODER, "2024-05-01",
                "Students:student/NNS/2/nsubj protested:protest/VBD/0/root for/IN/4/case hours:hour/NNS/2/obl"));
    }

    @Test
    void anAccusationOfWarCrimesIsItsOwnCode() {
        assertEquals(List.of("IRN 1124 ISR"), triples(CODER, "2024-05-01",
                "Iran/NNP/2/nsubj accused:accuse/VBD/0/root Israel/NNP/2/obj of/IN/6/case war/NN/6/compound crimes:crime/NNS/2/obl"));
        assertEquals(List.of("IRN 112 ISR"), triples(CODER, "2024-05-01",
                "Iran/NNP/2/nsubj accused:accuse/VBD/0/root Israel/NNP/2/obj of/IN/5/case espionage/NN/2/obl"));
    }

    @Test
    void intentionsThreatsAndRefusalsCombineWithTheGovernedEvent() {
        assertEquals(List.of("GBR 033 MOZ"), triples(CODER, "2024-05-01",
                "Britain/NNP/2/nsubj promised:promise/VBD/0/root to/TO/4/mark provide/VB/2/xcomp aid/NN/4/obj to/IN/7/case Mozambique/NNP/4/obl"));
        // A threat of conventional force (19x) is CAMEO's 1384, threaten conventional attack.
        assertEquals(List.of("IRN 1384 IRQ"), triples(CODER, "2024-05-01",
                "Iran/NNP/2/nsubj threatened:threaten/VBD/0/root to/TO/4/mark attack/VB/2/xcomp Iraq/NNP/4/obj"));
        assertEquals(List.of("PAK 120"), triples(CODER, "2024-05-01",
                "Pakistan/NNP/2/nsubj refused:refuse/VBD/0/root to/TO/4/mark deploy/VB/2/xcomp troops:troop/NNS/4/obj").stream()
                .map(t -> t.replace(" ---", "")).toList());
        // An intention with a condition is a threat.
        List<String> t = triples(CODER, "2024-05-01",
                "Nigeria/NNP/3/nsubj will/MD/3/aux withdraw/VB/0/root troops:troop/NNS/3/obj from/IN/6/case Chad/NNP/3/obl "
                        + "unless/IN/9/mark Chad/NNP/9/nsubj agrees:agree/VBZ/3/advcl");
        assertTrue(t.stream().anyMatch(x -> x.startsWith("NGA 13")), t.toString());
    }

    @Test
    void hypotheticalEventsUnderFearAreNotCoded() {
        assertEquals(List.of(), triples(CODER, "2024-05-01",
                "fears:fear/NNS/7/nsubj of/IN/4/case American/JJ/4/amod strikes:strike/NNS/1/nmod against/IN/6/case Iran/NNP/4/nmod grew:grow/VBD/0/root"));
    }

    @Test
    void leadersAreCodedAsTheGovernmentOnlyInsideTheirDates() {
        String s = "Trump/NNP/2/nsubj criticized:criticize/VBD/0/root Canada/NNP/2/obj";
        assertEquals(List.of("USAGOV 111 CAN"), triples(CODER, "2025-03-01", s));
        // Out of office, a former president is one of his country's elites.
        assertEquals(List.of("USAELI 111 CAN"), triples(CODER, "2022-03-01", s));
    }

    @Test
    void titleGivesCountryAndRoleToAnUnknownName() {
        assertEquals(List.of("IRNGOV 111 FRA"), triples(CODER, "2024-05-01",
                "Iranian/JJ/2/amod President/NNP/4/compound Zorab/NNP/4/compound Unknownian/NNP/5/nsubj criticized:criticize/VBD/0/root France/NNP/5/obj"));
    }

    @Test
    void reciprocalTwoNationsResolveToThePreviousCountries() {
        List<String> t = triples(CODER, "2024-05-01",
                "Russia/NNP/4/nsubj and/CC/3/cc Iran/NNP/1/conj met:meet/VBD/0/root",
                "The/DT/3/det two/CD/3/nummod nations:nation/NNS/4/nsubj reaffirmed:reaffirm/VBD/0/root their/PRP$/6/nmod:poss commitment/NN/4/obj");
        assertTrue(t.contains("RUS 030 IRN") && t.contains("IRN 030 RUS"), t.toString());
    }

    @Test
    void explanationNamesPatternFileAndLine() {
        Event e = CODER.code(Parses.doc("2024-05-01", "Turkey/NNP/2/nsubj condemned:condemn/VBD/0/root Israel/NNP/2/obj")).get(0);
        assertTrue(e.explanation().matches(".*verbs\\.tsv:\\d+.*"), e.explanation());
    }

    @Test
    void reportedSpeechIsAStatementAndItsContentIsCodedOnItsOwn() {
        List<Event> events = CODER.code(Parses.doc("2024-05-01",
                "Russia/NNP/2/nsubj said:say/VBD/0/root Iran/NNP/4/nsubj attacked:attack/VBD/2/ccomp Israel/NNP/4/obj"));
        List<String> t = events.stream().map(Event::triple).toList();
        assertEquals(List.of("RUS 010 IRN", "IRN 190 ISR"), t);
        Event attack = events.get(1);
        assertTrue(attack.attributedTo().startsWith("RUS"), attack.attributedTo());
        assertEquals("Iran attacked Israel", attack.span());
    }

    @Test
    void eachEventKeepsItsTriggersToken() {
        org.herald.nlp.AnnotatedDoc doc = Parses.doc("2024-05-01",
                "Iran/NNP/2/nsubj condemned:condemn/VBD/0/root Israel/NNP/2/obj and/CC/7/cc Turkey/NNP/7/nsubj also/RB/7/advmod "
                        + "condemned:condemn/VBD/2/conj Egypt/NNP/7/obj");
        List<Event> events = CODER.code(doc);
        Map<String, Integer> tokens = new java.util.TreeMap<>();
        for (Event e : events) tokens.put(e.triple(), e.triggerToken());
        assertEquals(2, tokens.get("IRN 111 ISR"), tokens.toString());
        assertEquals(7, tokens.get("TUR 111 EGY"), tokens.toString());
        // The quote stage's lookup takes the kept token, also when the word occurs twice.
        for (Event e : events) assertEquals(e.triggerToken(), org.herald.quotes.EventTriggers.of(doc.sentences().get(0), e));
    }

    @Test
    void aReportedEventIsAttributedToThePassivesAgentAsTheQuoteStageFindsIt() {
        List<Event> events = CODER.code(Parses.doc("2024-05-01",
                "It/PRP/3/expl was:be/VBD/3/aux:pass announced:announce/VBN/0/root by/IN/5/case Russia/NNP/3/obl that/IN/8/mark "
                        + "Iran/NNP/8/nsubj attacked:attack/VBD/3/ccomp Israel/NNP/8/obj"));
        Event attack = events.stream().filter(e -> e.triple().equals("IRN 190 ISR")).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("RUS (Russia)", attack.attributedTo());
    }

    @Test
    void theStorysDominantCountryIsUsedOnlyWhenAskedAndTheSentenceNamesNone() {
        String[] story = {"Iran/NNP/2/nsubj protested:protest/VBD/0/root", "Iran/NNP/2/nsubj warned:warn/VBD/0/root Britain/NNP/2/obj",
                "The/DT/2/det ministry/NN/3/nsubj rejected:reject/VBD/0/root the/DT/5/det plan/NN/3/obj"};
        List<String> plain = triples(CODER, "2024-05-01", story);
        assertTrue(plain.stream().anyMatch(t -> t.startsWith("GOV 12")), plain.toString());
        EventCoder asked = EventCoder.standard(CoderOptions.DEFAULT.withStoryCountry(true));
        List<String> dominant = triples(asked, "2024-05-01", story);
        assertTrue(dominant.stream().anyMatch(t -> t.startsWith("IRNGOV 12")), dominant.toString());
        // A sentence that names a country keeps to itself: "the ministry rejected Britain's plan" is no Iranian act.
        List<String> named = triples(asked, "2024-05-01", story[0], story[1],
                "The/DT/2/det ministry/NN/3/nsubj rejected:reject/VBD/0/root Britain/NNP/6/nmod:poss 's/POS/4/case plan/NN/3/obj");
        assertTrue(named.stream().noneMatch(t -> t.startsWith("IRNGOV 12")), named.toString());
    }
}
