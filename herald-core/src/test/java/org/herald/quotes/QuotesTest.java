package org.herald.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.herald.events.EventCoder;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Quote;
import org.herald.nlp.AnnotatedDoc;
import org.herald.pipeline.QuotesAndFigures;
import org.herald.testing.Parses;
import org.junit.jupiter.api.Test;

/** Quotes on hand-built trees: speakers by verb, statement, title and organisation; events attributed. */
class QuotesTest {
    private static final EventCoder CODER = EventCoder.standard(false);

    static CodedArticle code(String date, String... sentences) {
        AnnotatedDoc doc = Parses.doc(date, sentences);
        EventCoder.Coding coding = CODER.coding(doc);
        return QuotesAndFigures.standard().apply(doc, coding.article(), coding.actors());
    }

    static Quote only(CodedArticle c, int sentence, String kind) {
        List<Quote> q = c.quotes().stream().filter(x -> x.sentence() == sentence && x.kind().equals(kind)).toList();
        assertEquals(1, q.size(), "one " + kind + " quote in sentence " + sentence + ": " + c.quotes());
        return q.get(0);
    }

    @Test
    void spokeswomanWithAnUnknownNameSpeaksForTheMinistryTheStoryNamed() {
        CodedArticle c = code("2026-01-17",
                "Russia/NNP/4/nmod:poss 's/POS/1/case Foreign/NNP/4/compound Ministry/NNP/5/nsubj condemned:condemn/VBD/0/root the/DT/7/det threats:threat/NNS/5/obj ././5/punct",
                "Foreign/NNP/2/compound Ministry/NNP/3/compound spokeswoman/NN/5/compound Yelena/NNP/5/compound Petrova/NNP/6/nsubj said:say/VBD/0/root"
                        + " :/:/6/punct \"/``/10/punct We:we/PRP/10/nsubj reject/VBP/6/ccomp the/DT/12/det accusations:accusation/NNS/10/obj ././10/punct \"/''/10/punct");
        Quote q = only(c, 1, "direct");
        assertEquals("We reject the accusations", q.text());
        assertEquals("RUSGOV", q.speaker(), q.toString());
        assertEquals("Foreign Ministry spokeswoman Yelena Petrova", q.speakerText());
        assertEquals("say", q.verb());
        assertTrue(q.speakerHow().contains("Foreign Ministry"), q.speakerHow());
        // The coder codes "reject" inside the quote; its attribution now names the ministry's country.
        assertEquals(1, q.events().size(), c.events().toString());
        Event reject = c.events().get(q.events().get(0));
        assertEquals("reject", reject.trigger());
        assertEquals("RUSGOV (Foreign Ministry spokeswoman Yelena Petrova)", reject.attributedTo());
        assertEquals("We reject the accusations", q.text());
        assertEquals(c.sentences().get(1).substring(q.begin(), q.end()), q.text());
    }

    @Test
    void aKremlinStatementSpeaksAndTheStatementLaterIsTheSame() {
        CodedArticle c = code("2026-01-17",
                "\"/``/3/punct We:we/PRP/3/nsubj support/VBP/10/ccomp dialogue/NN/3/obj ,/,/3/punct \"/''/3/punct a/DT/9/det Kremlin/NNP/9/compound"
                        + " statement/NN/10/nsubj said:say/VBD/0/root ././10/punct",
                "\"/``/4/punct We:we/PRP/4/nsubj also/RB/4/advmod oppose/VBP/10/ccomp sanctions:sanction/NNS/4/obj ,/,/4/punct \"/''/4/punct"
                        + " the/DT/9/det statement/NN/10/nsubj said:say/VBD/0/root ././10/punct");
        Quote first = only(c, 0, "direct");
        assertEquals("RUSGOV", first.speaker(), first.toString());
        assertEquals("a Kremlin statement", first.speakerText());
        assertEquals("We support dialogue", first.text());
        Quote second = only(c, 1, "direct");
        assertEquals("RUSGOV", second.speaker(), second.toString());
        assertEquals("the statement", second.speakerText());
        assertTrue(second.speakerHow().contains("a Kremlin statement"), second.speakerHow());
        // No indirect quote beside them: the verb of saying frames the direct quote.
        assertTrue(c.quotes().stream().noneMatch(q -> q.kind().equals("indirect")), c.quotes().toString());
    }

    @Test
    void accordingToGivesAnIndirectQuoteWhoseSpeakerClaimsItsFigures() {
        CodedArticle c = code("2026-01-17",
                "Fatalities:fatality/NNS/3/nsubj have/VBP/3/aux surpassed:surpass/VBN/0/root 2,600/CD/3/obj ,/,/3/punct according/VBG/8/case to/TO/6/fixed HRANA/NNP/3/obl ././3/punct");
        Quote q = only(c, 0, "indirect");
        assertEquals("IRNHRI", q.speaker(), q.toString());
        assertEquals("according to", q.verb());
        assertEquals("Fatalities have surpassed 2,600", q.text());
        assertEquals(1, c.figures().size(), c.figures().toString());
        var f = c.figures().get(0);
        assertEquals(2600, f.value());
        assertEquals("deaths", f.category());
        assertEquals("more than", f.qualifier());
        assertEquals("Fatalities", f.counted());
        assertEquals("IRNHRI", f.claimant());
        assertEquals("HRANA", f.claimantText());
    }

    @Test
    void aQuoteOverTwoSentencesHasOneSpeaker() {
        CodedArticle c = code("2026-01-17",
                "\"/``/4/punct We:we/PRP/4/nsubj will/MD/4/aux respond/VB/0/root ././4/punct",
                "Israel/NNP/2/nsubj condemned:condemn/VBD/9/ccomp Iran/NNP/2/obj ,/,/2/punct \"/''/2/punct the/DT/8/det Turkish/JJ/8/amod"
                        + " minister/NN/9/nsubj said:say/VBD/0/root ././9/punct");
        Quote open = only(c, 0, "direct");
        Quote close = only(c, 1, "direct");
        assertEquals("We will respond", open.text());
        assertEquals("Israel condemned Iran", close.text());
        assertEquals("TURGOV", close.speaker(), close.toString());
        assertEquals("TURGOV", open.speaker(), "the first half takes the speaker named after the second: " + open);
        Event condemn = c.events().stream().filter(e -> e.trigger().equals("condemned")).findFirst().orElseThrow();
        assertTrue(condemn.attributedTo().startsWith("TURGOV"), condemn.toString());
    }

    @Test
    void scareQuotesAreAPhraseOfWhoeverUsesThem() {
        CodedArticle c = code("2026-01-17",
                "Iranian/JJ/2/amod authorities:authority/NNS/3/nsubj condemned:condemn/VBD/0/root what/WP/6/obj they/PRP/6/nsubj call/VBP/3/ccomp"
                        + " \"/``/8/punct riots:riot/NNS/6/xcomp \"/''/8/punct ././3/punct");
        Quote q = only(c, 0, "phrase");
        assertEquals("riots", q.text());
        assertEquals("IRNGOV", q.speaker(), q.toString());
        assertEquals("they", q.speakerText());
    }

    @Test
    void aStrayMarkIsNoQuoteForever() {
        String open = "\"/``/3/punct Talks:talk/NNS/3/nsubj resumed:resume/VBD/0/root ././3/punct";
        String plain = "Egypt/NNP/2/nsubj praised:praise/VBD/0/root Jordan/NNP/2/obj ././2/punct";
        CodedArticle c = code("2026-01-17", open, plain, plain, plain, plain, plain, plain, plain, plain);
        long quoted = c.quotes().stream().filter(q -> !q.kind().equals("indirect")).map(Quote::sentence).distinct().count();
        assertTrue(quoted <= 1 + QuoteWords.standard().maxOpenSentences(), "an unclosed mark stops after the set number of sentences: " + c.quotes());
        assertTrue(c.quotes().stream().noneMatch(q -> q.sentence() == 8), c.quotes().toString());
    }

    @Test
    void badWordListLinesNameTheirFileAndLine() {
        DictionaryException e = assertThrows(DictionaryException.class, () -> new QuoteWords(TsvTable.parse("quote-words.tsv",
                "kind\twords\tvalue\nmark\t\"\tboth\nmark\t«\tsideways\n")));
        assertTrue(e.getMessage().startsWith("quote-words.tsv:3:") && e.getMessage().contains("sideways"), e.getMessage());
        DictionaryException noSetting = assertThrows(DictionaryException.class, () -> new QuoteWords(TsvTable.parse("q.tsv", "kind\twords\tvalue\nsource\tstatement\t\n")));
        assertTrue(noSetting.getMessage().contains("max_open_sentences"), noSetting.getMessage());
        assertThrows(DictionaryException.class, () -> new QuoteWords(TsvTable.parse("q.tsv", "kind\twords\tvalue\nsetting\tmax_open_sentences\tfive\n")));
    }
}
