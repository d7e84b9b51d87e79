package org.herald.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.herald.events.EventCoder;
import org.herald.figures.NumberReader.NumberPhrase;
import org.herald.model.CodedArticle;
import org.herald.model.Figure;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.ParsedSentence;
import org.herald.pipeline.QuotesAndFigures;
import org.herald.testing.Parses;
import org.junit.jupiter.api.Test;

/** Numbers and figures on hand-built trees. */
class FiguresTest {
    private static final NumberReader NUMBERS = new NumberReader(FigureWords.standard());

    /** The one number phrase of a sentence given as words (each a CD/NN token hanging on the next). */
    private static NumberPhrase number(String spec) {
        List<NumberPhrase> found = NUMBERS.find(Parses.sentence(spec));
        assertEquals(1, found.size(), spec + " -> " + found);
        return found.get(0);
    }

    @Test
    void numbersInDigitsAndWords() {
        assertEquals(2600, number("2,600/CD/0/root").value());
        assertEquals(1_500_000, number("1.5/CD/2/compound million/CD/3/nummod people/NNS/0/root").value());
        assertEquals(19, number("nineteen/CD/2/nummod soldiers/NNS/0/root").value());
        assertEquals(25, number("twenty-five/CD/2/nummod soldiers/NNS/0/root").value());
        assertEquals(250, number("two/CD/2/compound hundred/CD/5/nummod and/CC/4/cc fifty/CD/2/conj refugees/NNS/0/root").value());
        assertEquals(3e9, number("3bn/CD/0/root").value());
        assertEquals(12, number("a/DT/2/det dozen/NN/0/root").value());
        assertEquals(2_000_000, number("two/CD/2/compound million/CD/0/root").value());
    }

    @Test
    void vagueNumbersAndRangesHaveBounds() {
        NumberPhrase dozens = number("dozens/NNS/0/root of/IN/3/case protesters/NNS/1/nmod");
        assertEquals(24, dozens.low());
        assertEquals(99, dozens.high());
        assertEquals(24, dozens.value());
        NumberPhrase tens = number("tens/NNS/0/root of/IN/3/case thousands/NNS/1/nmod of/IN/5/case people/NNS/3/nmod");
        assertEquals(20_000, tens.low());
        assertEquals(99_000, tens.high());
        NumberPhrase several = number("several/JJ/2/amod hundred/CD/3/nummod people/NNS/0/root");
        assertEquals(300, several.low());
        assertEquals(900, several.high());
        NumberPhrase between = number("between/IN/2/case 10/CD/5/nummod and/CC/4/cc 20/CD/2/conj civilians/NNS/0/root");
        assertTrue(between.range());
        assertEquals(10, between.low());
        assertEquals(20, between.high());
        assertEquals(1, between.first(), "'between' belongs to the range");
        NumberPhrase millions = number("between/IN/2/case 10/CD/5/nummod and/CC/4/cc 20/CD/5/conj million/CD/6/nummod dollars/NNS/0/root");
        assertEquals(10_000_000, millions.low(), "the first number counts in the second's millions");
        assertEquals(20_000_000, millions.high());
        NumberPhrase dash = number("10-20/CD/2/nummod people/NNS/0/root");
        assertEquals(10, dash.low());
        assertEquals(20, dash.high());
        assertTrue(Double.isNaN(number("2,600/CD/0/root").low()), "an exact number has no range");
    }

    @Test
    void signsBeforeAndAfter() {
        NumberPhrase dollars = number("$/$/0/root 3/CD/3/compound billion/CD/1/nummod");
        assertEquals(3e9, dollars.value());
        assertEquals("USD", dollars.sign().unit());
        assertEquals(1, dollars.signBefore());
        NumberPhrase percent = number("a/DT/4/det 25/CD/3/nummod %/NN/4/compound tariff/NN/0/root");
        assertEquals(25, percent.value());
        assertEquals("percent", percent.sign().unit());
        assertEquals(3, percent.signAfter());
    }

    @Test
    void wordsThatAreNoNumbers() {
        ParsedSentence s = Parses.sentence("One/NN/4/nsubj of/IN/3/case them/PRP/1/nmod left:leave/VBD/0/root");
        assertTrue(NUMBERS.find(s).isEmpty(), "'One' tagged as a noun is not a number");
    }

    static CodedArticle code(String... sentences) {
        AnnotatedDoc doc = Parses.doc("2026-01-17", sentences);
        EventCoder.Coding coding = EventCoder.standard(false).coding(doc);
        return QuotesAndFigures.standard().apply(doc, coding.article(), coding.actors());
    }

    static Figure only(CodedArticle c) {
        assertEquals(1, c.figures().size(), c.figures().toString());
        return c.figures().get(0);
    }

    @Test
    void arrestsOfDozensOfProtesters() {
        CodedArticle c = code("Dozens/NNS/5/nsubj:pass of/IN/3/case protesters:protester/NNS/1/nmod were:be/VBD/5/aux:pass arrested:arrest/VBN/0/root"
                + " in/IN/7/case Tehran/NNP/5/obl ././5/punct");
        Figure f = only(c);
        assertEquals("arrests", f.category());
        assertEquals("protesters", f.counted());
        assertEquals(24, f.value());
        assertEquals(24, f.low());
        assertEquals(99, f.high());
        assertEquals("persons", f.unit());
        assertEquals("Dozens of protesters", f.text());
        assertTrue(f.event() >= 0, "tied to the arrest the coder found: " + c.events());
        assertEquals("arrested", c.events().get(f.event()).trigger());
    }

    @Test
    void nineteenSoldiersAreTroopsUnlessSomethingHappenedToThem() {
        Figure troops = only(code("Nineteen/CD/2/nummod soldiers:soldier/NNS/3/nsubj arrived:arrive/VBD/0/root ././3/punct"));
        assertEquals("troops", troops.category());
        assertEquals(19, troops.value());
        assertEquals("soldiers", troops.counted());
        Figure killed = only(code("Nineteen/CD/2/nummod soldiers:soldier/NNS/4/nsubj:pass were:be/VBD/4/aux:pass killed:kill/VBN/0/root ././4/punct"));
        assertEquals("deaths", killed.category());
        assertEquals("soldiers", killed.counted());
    }

    @Test
    void moneyAndWhatItIsFor() {
        Figure f = only(code("Washington/NNP/2/nsubj pledged:pledge/VBD/0/root $/$/2/obj 3/CD/5/compound billion/CD/3/nummod in/IN/7/case aid/NN/3/nmod ././2/punct"));
        assertEquals("money", f.category());
        assertEquals("USD", f.unit());
        assertEquals(3e9, f.value());
        assertEquals("aid", f.counted());
        assertEquals("$ 3 billion in aid", f.text()); // hand-built words are joined by spaces
    }

    @Test
    void aPercentTariffBelongsToTheImposingEvent() {
        CodedArticle c = code("Washington/NNP/2/nsubj imposed:impose/VBD/0/root a/DT/6/det 25/CD/5/nummod %/NN/6/compound tariff/NN/2/obj"
                + " on/IN/9/case any/DT/9/det nation/NN/6/nmod ././2/punct");
        Figure f = only(c);
        assertEquals("percent", f.category());
        assertEquals(25, f.value());
        assertEquals("tariff", f.counted());
        assertEquals("nation", f.among());
        assertEquals("imposed", c.events().get(f.event()).trigger());
        assertTrue(c.events().get(f.event()).code().startsWith("16"), c.events().toString());
    }

    @Test
    void aRangeOfCiviliansKilled() {
        Figure f = only(code("Between/IN/2/case 10/CD/5/nummod and/CC/4/cc 20/CD/2/conj civilians:civilian/NNS/7/nsubj:pass were:be/VBD/7/aux:pass"
                + " killed:kill/VBN/0/root ././7/punct"));
        assertEquals("deaths", f.category());
        assertEquals(10, f.low());
        assertEquals(20, f.high());
        assertEquals("between", f.qualifier());
        assertEquals("civilians", f.counted());
    }

    @Test
    void qualifiersBeforeAndAfter() {
        assertEquals("at least", only(code("at/IN/2/case least/JJS/3/nmod 50/CD/4/nummod people/NNS/6/nsubj:pass were:be/VBD/6/aux:pass injured:injure/VBN/0/root")).qualifier());
        Figure more = only(code("50/CD/4/nummod or/CC/3/cc more/JJR/1/conj refugees:refugee/NNS/5/nsubj arrived:arrive/VBD/0/root"));
        assertEquals("at least", more.qualifier());
        assertEquals("displaced", more.category());
        assertEquals("about", only(code("some/DT/2/advmod 800,000/CD/3/nummod refugees:refugee/NNS/4/nsubj fled:flee/VBD/0/root")).qualifier());
    }

    @Test
    void aNumberThatCountsNothingKnownIsNoFigure() {
        assertTrue(code("The/DT/3/det two/CD/3/nummod nations:nation/NNS/4/nsubj signed:sign/VBD/0/root a/DT/6/det deal/NN/4/obj in/IN/8/case 2024/CD/4/obl ././4/punct")
                .figures().isEmpty());
    }

    @Test
    void badWordListLinesNameTheirFileAndLine() {
        TsvTable nouns = TsvTable.parse("n.tsv", "form\twords\tcategory\tunit\tpersons\nnoun\tsoldier\ttroops\tpersons\tyes\n");
        TsvTable verbs = TsvTable.parse("v.tsv", "lemma\tkind\tcategory\trole\tqualifier\nkill\toutcome\tdeaths\tpatient\t\n");
        TsvTable quals = TsvTable.parse("q.tsv", "position\twords\tqualifier\nbefore\tat least\tat least\n");
        TsvTable numbers = TsvTable.parse("num.tsv", "word\tkind\tvalue\tlow\thigh\none\tunit\t1\t\t\n");
        new FigureWords(numbers, nouns, verbs, quals); // the good ones load
        DictionaryException bad = assertThrows(DictionaryException.class, () -> new FigureWords(
                TsvTable.parse("num.tsv", "word\tkind\tvalue\tlow\thigh\none\tunit\tuno\t\t\n"), nouns, verbs, quals));
        assertTrue(bad.getMessage().startsWith("num.tsv:2:") && bad.getMessage().contains("uno"), bad.getMessage());
        bad = assertThrows(DictionaryException.class, () -> new FigureWords(numbers,
                TsvTable.parse("n.tsv", "form\twords\tcategory\tunit\tpersons\nnoun\tsoldier\tsoldiery\tpersons\tyes\n"), verbs, quals));
        assertTrue(bad.getMessage().startsWith("n.tsv:2:") && bad.getMessage().contains("soldiery"), bad.getMessage());
        bad = assertThrows(DictionaryException.class, () -> new FigureWords(numbers, nouns,
                TsvTable.parse("v.tsv", "lemma\tkind\tcategory\trole\tqualifier\nkill\toutcome\tdeaths\tvictim\t\n"), quals));
        assertTrue(bad.getMessage().startsWith("v.tsv:2:"), bad.getMessage());
        bad = assertThrows(DictionaryException.class, () -> new FigureWords(numbers, nouns, verbs,
                TsvTable.parse("q.tsv", "position\twords\tqualifier\nbefore\tat least\troughly\n")));
        assertTrue(bad.getMessage().startsWith("q.tsv:2:") && bad.getMessage().contains("roughly"), bad.getMessage());
    }
}
