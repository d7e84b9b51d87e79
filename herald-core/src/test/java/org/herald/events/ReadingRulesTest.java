package org.herald.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.herald.model.Event;
import org.herald.testing.Parses;
import org.junit.jupiter.api.Test;

/**
 * Herald's reading rules on hand-built trees: what did not happen is no event (modality.tsv), arms make an event
 * without actors (actorless.tsv), and the grammar that finds who did it.
 */
class ReadingRulesTest {
    private static final EventCoder CODER = EventCoder.standard(false);

    private static List<Event> code(String... sentences) {
        return CODER.code(Parses.doc("2024-05-01", sentences));
    }

    private static List<String> triples(List<Event> events) {
        return events.stream().map(Event::triple).toList();
    }

    @Test
    void aConditionIsNoEventOfItsOwn() {
        // "Iran threatened to attack Iraq unless Baghdad withdrew troops": one threat; Baghdad withdrew nothing.
        List<Event> e = code("Iran/NNP/2/nsubj threatened:threaten/VBD/0/root to/TO/4/mark attack/VB/2/xcomp Iraq/NNP/4/obj "
                + "unless/IN/8/mark Baghdad/NNP/8/nsubj withdrew:withdraw/VBD/4/advcl troops:troop/NNS/8/obj");
        assertEquals(List.of("13"), e.stream().map(Event::root).distinct().toList(), triples(e).toString());
        assertTrue(e.stream().allMatch(x -> x.source().startsWith("IRN")), triples(e).toString());
        // The same clause without "unless" is an event.
        List<Event> real = code("Baghdad/NNP/2/nsubj withdrew:withdraw/VBD/0/root troops:troop/NNS/2/obj");
        assertFalse(real.isEmpty());
    }

    @Test
    void whatIsDemandedHasNotHappened() {
        // "Poland demanded an admission that Russian forces killed officers": a demand, not also a killing.
        List<Event> e = code("Poland/NNP/2/nsubj demanded:demand/VBD/0/root an/DT/4/det admission/NN/2/obj that/IN/8/mark "
                + "Russian/JJ/7/amod forces:force/NNS/8/nsubj killed:kill/VBD/4/acl officers:officer/NNS/8/obj");
        assertTrue(e.stream().noneMatch(x -> x.root().equals("18")), triples(e).toString());
        assertTrue(e.stream().anyMatch(x -> x.root().equals("10") && x.source().startsWith("POL")), triples(e).toString());
    }

    @Test
    void aRelativeClauseUnderAPledgeStillHappened() {
        // "Trump pledged support for demonstrators in Iran, where demonstrations erupted": the protests are real.
        List<Event> e = code("Trump/NNP/2/nsubj pledged:pledge/VBD/0/root support/NN/2/obj for/IN/5/case demonstrators:demonstrator/NNS/3/nmod "
                + "in/IN/7/case Iran/NNP/5/nmod ,/,/7/punct where/WRB/11/advmod demonstrations:demonstration/NNS/11/nsubj "
                + "erupted:erupt/VBD/7/acl:relcl");
        assertTrue(e.stream().anyMatch(x -> x.root().equals("14")), triples(e).toString());
    }

    @Test
    void aProtestsAimIsPartOfTheProtest() {
        // "Algerian students began a hunger strike to demand reforms": one protest, no separate demand.
        List<Event> e = code("Algerian/JJ/2/amod students:student/NNS/3/nsubj began:begin/VBD/0/root a/DT/6/det hunger/NN/6/compound "
                + "strike/NN/3/obj to/TO/8/mark demand/VB/3/xcomp reforms:reform/NNS/8/obj");
        assertTrue(e.stream().anyMatch(x -> x.root().equals("14")), triples(e).toString());
        assertTrue(e.stream().noneMatch(x -> x.root().equals("10")), triples(e).toString());
    }

    @Test
    void whatIsPlannedIsNotDone() {
        // "a resolution that aims to impose a blockade on Serbia": no blockade yet.
        List<Event> e = code("Hungary/NNP/2/nsubj backed:back/VBD/0/root a/DT/4/det resolution/NN/2/obj that/WDT/6/nsubj "
                + "aims:aim/VBZ/4/acl:relcl to/TO/8/mark impose/VB/6/xcomp a/DT/10/det blockade/NN/8/obj on/IN/12/case Serbia/NNP/8/obl");
        assertTrue(e.stream().noneMatch(x -> x.root().equals("19") || x.root().equals("16")), triples(e).toString());
    }

    @Test
    void armsFoundWithNobodyNamedAreCoded() {
        List<Event> found = code("Explosives:explosive/NNS/3/nsubj:pass were:be/VBD/3/aux:pass found:find/VBN/0/root in/IN/6/case "
                + "a/DT/6/det house/NN/3/obl");
        assertEquals(1, found.size(), triples(found).toString());
        assertEquals("", found.get(0).source());
        assertEquals("1711", found.get(0).code());
        // Keys found are no event: it is the arms that make it one.
        assertTrue(code("Keys:key/NNS/3/nsubj:pass were:be/VBD/3/aux:pass found:find/VBN/0/root").isEmpty());
        // Nor with the dyads-only option.
        EventCoder dyads = EventCoder.standard(CoderOptions.DEFAULT.withRequireDyad(true));
        assertTrue(dyads.code(Parses.doc("2024-05-01", "Explosives:explosive/NNS/3/nsubj:pass were:be/VBD/3/aux:pass "
                + "found:find/VBN/0/root")).isEmpty());
    }

    @Test
    void protestWithNobodyNamedIsStillAProtest() {
        List<Event> e = code("Thousands:thousand/NNS/2/nsubj marched:march/VBD/0/root through/IN/5/case the/DT/5/det capital/NN/2/obl");
        assertEquals(1, e.size(), triples(e).toString());
        assertEquals("", e.get(0).source());
        assertEquals("Thousands", e.get(0).sourceText());
        assertEquals("PROTEST", e.get(0).ploverType());
        // A noun's "by" phrase is its agent, never its target: "protests by farmers".
        List<Event> by = code("Protests:protest/NNS/0/root by/IN/3/case farmers:farmer/NNS/1/nmod");
        assertEquals(1, by.size(), triples(by).toString());
        assertEquals("AGR", by.get(0).source());
        assertEquals("", by.get(0).target());
    }

    @Test
    void munitionsAsSubjectAreAnAttackBySomeoneUnknown() {
        List<Event> e = code("Mortar/NN/2/compound shells:shell/NNS/3/nsubj landed:land/VBD/0/root in/IN/5/case Mogadishu/NNP/3/obl");
        assertEquals(1, e.size(), triples(e).toString());
        // Someone unknown, named after the place, as ACLED does: an unidentified armed group (Somalia).
        assertEquals("SOMUAF", e.get(0).source());
        assertEquals("Mortar shells", e.get(0).sourceText());
        assertEquals("ASSAULT", e.get(0).ploverType());
        // "An airstrike struck a Taliban compound" is one attack, not also an "airstrike" event.
        List<Event> air = code("An/DT/2/det airstrike/NN/3/nsubj struck:strike/VBD/0/root a/DT/6/det Taliban/NNP/6/compound compound/NN/3/obj");
        assertEquals(1, air.size(), triples(air).toString());
        assertEquals("195", air.get(0).code());
    }

    @Test
    void peacekeepersArrivingAreProtectionGivenAndReceived() {
        List<Event> e = code("Bangladeshi/JJ/3/amod peacekeeping/NN/3/compound troops:troop/NNS/4/nsubj arrived:arrive/VBD/0/root "
                + "in/IN/6/case Liberia/NNP/4/obl");
        assertTrue(triples(e).contains("BGDMIL 074 LBR"), triples(e).toString());
        assertTrue(triples(e).contains("LBR 0861 BGDMIL"), triples(e).toString());
    }

    @Test
    void anObjectThatNamesNoActorControlsNothing() {
        // "Hamas rejected an invitation to attend a meeting": Hamas, not the invitation, would have attended.
        List<Event> e = code("Hamas/NNP/2/nsubj rejected:reject/VBD/0/root an/DT/4/det invitation/NN/2/obj to/TO/6/mark "
                + "attend/VB/2/xcomp a/DT/8/det meeting/NN/6/obj");
        assertEquals(1, e.size(), triples(e).toString());
        assertTrue(e.get(0).source().startsWith("PSE"));
        assertEquals("12", e.get(0).root());
    }

    @Test
    void aSubjectMisparsedAsAppositionAfterAFrontedPhrase() {
        // "With the signing of the accord, Sudan agreed to talks": the parser hangs Sudan on "signing".
        List<Event> e = code("With/IN/3/case the/DT/3/det signing/NN/6/obl ,/,/3/punct Sudan/NNP/3/appos agreed:agree/VBD/0/root "
                + "to/TO/8/mark talk/VB/6/xcomp");
        assertTrue(e.stream().anyMatch(x -> x.source().startsWith("SDN")), triples(e).toString());
    }

    @Test
    void talksThatAreAVerbsPurposeAreAmongItsSubjects() {
        // "American and Russian negotiators returned to Geneva for talks": the verb yields nothing, so the talks are coded.
        List<Event> e = code("American/JJ/4/amod and/CC/3/cc Russian/JJ/1/conj negotiators:negotiator/NNS/5/nsubj returned:return/VBD/0/root "
                + "to/TO/7/case Geneva/NNP/5/obl for/IN/9/case talks:talk/NNS/5/obl");
        assertTrue(triples(e).contains("USAGOV 040 RUSGOV") || triples(e).contains("USA 040 RUS"), triples(e).toString());
    }

    @Test
    void aStatementSpeaksForWhoeverIssuedIt() {
        List<Event> e = code("Hamas/NNP/2/nsubj issued:issue/VBD/0/root a/DT/4/det statement/NN/2/obj condemning:condemn/VBG/4/acl "
                + "Israel/NNP/5/obj");
        assertTrue(e.stream().anyMatch(x -> x.source().startsWith("PSE") && x.target().startsWith("ISR") && x.root().equals("11")),
                triples(e).toString());
    }

    @Test
    void aPetrarchCoderReadsWithoutHeraldsRules() {
        EventCoder plain = new EventCoder(EventCoder.standardVerbs(), EventCoder.standardNouns(), Combinations.standard(),
                org.herald.actors.ActorDictionary.standard(), org.herald.codes.CameoCodebook.standard(), CoderOptions.DEFAULT);
        List<Event> e = plain.code(Parses.doc("2024-05-01", "Poland/NNP/2/nsubj demanded:demand/VBD/0/root an/DT/4/det admission/NN/2/obj "
                + "that/IN/8/mark Russian/JJ/7/amod forces:force/NNS/8/nsubj killed:kill/VBD/4/acl officers:officer/NNS/8/obj"));
        assertTrue(e.stream().anyMatch(x -> x.root().equals("18")), triples(e).toString());
    }

    @Test
    void aRoleTakesTheCountryOfTheCityItIsIn() {
        List<Event> e = code("Protesters:protester/NNS/2/nsubj rallied:rally/VBD/0/root in/IN/4/case Kidal/NNP/2/obl");
        assertEquals(1, e.size(), triples(e).toString());
        assertEquals("MLIOPP", e.get(0).source());
        // A place name that is also a common word needs more than a capital letter (here no location tag).
        List<Event> split = code("Protesters:protester/NNS/2/nsubj rallied:rally/VBD/0/root in/IN/4/case Reading/NNP/2/obl");
        assertEquals("OPP", split.get(0).source());
    }

    @Test
    void badRuleFilesNameTheFileAndLine() {
        DictionaryException m = assertThrows(DictionaryException.class, () -> Modality.from(TsvTable.parse("modality.tsv",
                "kind\twords\ncondition\tif\nwish\twant\n", "kind", "words")));
        assertTrue(m.getMessage().contains("modality.tsv:3"), m.getMessage());
        assertTrue(m.getMessage().contains("unknown kind 'wish'"), m.getMessage());
        DictionaryException r = assertThrows(DictionaryException.class, () -> Modality.from(TsvTable.parse("modality.tsv",
                "kind\twords\ncontent\t02|30\n", "kind", "words")));
        assertTrue(r.getMessage().contains("bad root range '30'"), r.getMessage());
        DictionaryException a = assertThrows(DictionaryException.class, () -> ActorlessEvents.from(TsvTable.parse("actorless.tsv",
                "kind\twords\nweapon\t\n", "kind", "words")));
        assertTrue(a.getMessage().contains("actorless.tsv:2"), a.getMessage());
    }

    @Test
    void aRoleTakesTheSentencesOnlyCountryUnlessItIsTheOtherSides() {
        // "The minister resigned, Kenyan media reported": the only country the sentence names is Kenya.
        List<Event> e = code("The/DT/2/det minister/NN/3/nsubj resigned:resign/VBD/0/root ,/,/3/punct Kenyan/JJ/6/amod "
                + "media:medium/NNS/7/nsubj reported:report/VBD/3/parataxis");
        assertTrue(e.stream().anyMatch(x -> x.source().equals("KENGOV") && x.root().equals("08") && x.explanation().contains("the sentence's only country")),
                e.stream().map(Event::explanation).toList().toString());
        // "The government criticized Zambian farmers": Zambia is the target's country, not necessarily the government's.
        List<Event> other = code("The/DT/2/det government/NN/3/nsubj criticized:criticize/VBD/0/root Zambian/JJ/5/amod farmers:farmer/NNS/3/obj");
        assertEquals(List.of("GOV 111 ZMBAGR"), triples(other));
    }

    @Test
    void aCoderOnOtherDictionariesLeavesRolesWithoutCountry() {
        // PETRARCH's suite expects "---GOV" where its dictionaries give no country (DATE-16).
        assertFalse(ReadingRules.NONE.placesActors());
        assertTrue(ReadingRules.standard().placesActors());
    }
}
