package org.herald.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Figure;
import org.herald.model.Quote;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.Dependency;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.Token;
import org.herald.pipeline.QuotesAndFigures;
import org.junit.jupiter.api.Test;

/**
 * Random trees of the words quotes and figures turn on (marks, numbers, signs, "between", speech verbs, statement
 * nouns): the stage never fails, every span lies in its sentence and reads as its text, and every event index is real.
 */
class RandomClaimsTest {
    private static final String[][] WORDS = {
            {"\"", "``"}, {"\"", "''"}, {"“", "``"}, {"”", "''"}, {"«", "``"}, {"»", "''"}, {"2,600", "CD"}, {"1.5", "CD"}, {"million", "CD"},
            {"nineteen", "CD"}, {"twenty-five", "CD"}, {"hundred", "CD"}, {"3bn", "CD"}, {"10-20", "CD"}, {"dozens", "NNS"}, {"tens", "NNS"},
            {"thousands", "NNS"}, {"of", "IN"}, {"and", "CC"}, {"or", "CC"}, {"to", "TO"}, {"between", "IN"}, {"from", "IN"}, {"a", "DT"},
            {"$", "$"}, {"%", "NN"}, {"percent", "NN"}, {"more", "JJR"}, {"than", "IN"}, {"at", "IN"}, {"least", "JJS"}, {"some", "DT"},
            {"said", "VBD"}, {"stated", "VBD"}, {"estimates", "VBZ"}, {"according", "VBG"}, {"statement", "NN"}, {"Kremlin", "NNP"},
            {"Russia", "NNP"}, {"Iran", "NNP"}, {"spokeswoman", "NN"}, {"ministry", "NN"}, {"protesters", "NNS"}, {"soldiers", "NNS"},
            {"killed", "VBN"}, {"were", "VBD"}, {"arrested", "VBN"}, {"surpassed", "VBN"}, {"tariff", "NN"}, {"aid", "NN"}, {"in", "IN"},
            {"we", "PRP"}, {"they", "PRP"}, {"it", "PRP"}, {"condemned", "VBD"}, {"rejected", "VBD"}, {",", ","}, {".", "."}, {":", ":"}};
    private static final String[] RELATIONS = {"nsubj", "nsubj:pass", "obj", "obl", "nmod", "nummod", "compound", "amod", "ccomp", "xcomp",
            "advcl", "acl", "dep", "conj", "cc", "case", "det", "punct", "aux:pass", "fixed", "parataxis", "csubj"};

    private static ParsedSentence sentence(Random r, int index) {
        int n = 1 + r.nextInt(25);
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            String[] w = WORDS[r.nextInt(WORDS.length)];
            if (text.length() > 0) text.append(' ');
            int b = text.length();
            text.append(w[0]);
            String lemma = w[0].toLowerCase().replaceAll("(ed|s)$", "");
            tokens.add(new Token(i, w[0], lemma, w[1], w[1].startsWith("NNP") ? "LOCATION" : "O", b, text.length()));
            // A head before the token (or the root for the first) keeps the tree acyclic whatever the draw.
            int head = i == 1 ? 0 : r.nextInt(i);
            deps.add(new Dependency(head == 0 && i > 1 ? 1 : head, i, i == 1 ? "root" : RELATIONS[r.nextInt(RELATIONS.length)]));
        }
        return new ParsedSentence(index, text.toString(), tokens, deps);
    }

    @Test
    void randomTreesNeverBreakTheStage() {
        EventCoder coder = EventCoder.standard(false);
        QuotesAndFigures stage = QuotesAndFigures.standard();
        Random r = new Random(12);
        for (int round = 0; round < 400; round++) {
            List<ParsedSentence> sentences = new ArrayList<>();
            int count = 1 + r.nextInt(6);
            for (int i = 0; i < count; i++) sentences.add(sentence(r, i));
            AnnotatedDoc doc = new AnnotatedDoc(new Article("r" + round, LocalDate.of(2026, 1, 17), "", "", ""), sentences);
            EventCoder.Coding coding = coder.coding(doc);
            CodedArticle coded = coding.article();
            CodedArticle out = stage.apply(doc, coded, coding.actors());
            assertEquals(coded.events().size(), out.events().size(), "events are neither added nor dropped");
            for (int i = 0; i < coded.events().size(); i++) {
                // Everything but the attribution stays as coded: actors, code, date, place, model figures.
                assertEquals(coded.events().get(i).withAttribution(out.events().get(i).attributedTo()), out.events().get(i), "only attribution may change");
            }
            for (Quote q : out.quotes()) {
                String s = sentences.get(q.sentence()).text();
                assertTrue(0 <= q.begin() && q.begin() <= q.end() && q.end() <= s.length(), q + " in " + s);
                assertEquals(s.substring(q.begin(), q.end()), q.text(), s);
                for (int e : q.events()) assertTrue(e >= 0 && e < out.events().size(), q.toString());
            }
            for (Figure f : out.figures()) {
                String s = sentences.get(f.sentence()).text();
                assertTrue(0 <= f.begin() && f.begin() <= f.end() && f.end() <= s.length(), f + " in " + s);
                assertEquals(s.substring(f.begin(), f.end()), f.text(), s);
                assertTrue(f.event() >= -1 && f.event() < out.events().size(), f.toString());
                assertTrue(!Double.isNaN(f.value()) && !f.category().isEmpty(), f.toString());
                assertTrue(!f.isRange() || f.low() <= f.high(), f.toString());
            }
        }
    }
}
