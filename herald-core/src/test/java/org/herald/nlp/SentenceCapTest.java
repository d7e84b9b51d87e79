package org.herald.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Over-long sentences are cut at clause breaks into pieces the tagger and parser can take; others are left alone. */
class SentenceCapTest {
    /** Sentences over the text's whitespace-separated words, one sentence per element of {@code sentences}. */
    static List<CoreMap> split(String text, int... sentenceLengths) {
        List<CoreLabel> all = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            l.setBeginPosition(at);
            l.setEndPosition(at + w.length());
            all.add(l);
            at += w.length() + 1;
        }
        List<CoreMap> out = new ArrayList<>();
        int from = 0;
        for (int n : sentenceLengths) {
            List<CoreLabel> t = all.subList(from, from + n);
            Annotation s = new Annotation(text.substring(t.get(0).beginPosition(), t.get(n - 1).endPosition()));
            s.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(t));
            s.set(CoreAnnotations.TokenBeginAnnotation.class, from);
            out.add(s);
            from += n;
        }
        return out;
    }

    @Test
    void sentencesWithinTheCapAreUntouched() {
        List<CoreMap> s = split("Iran warned Israel . Russia condemned threats .", 4, 4);
        assertSame(s, SentenceCap.cut("Iran warned Israel . Russia condemned threats .", s, 10));
    }

    @Test
    void aLongSentenceIsCutAtTheLastClauseBreakInTheWindowAndIndexesFollow() {
        StringBuilder b = new StringBuilder("Short one .");
        for (int i = 0; i < 30; i++) b.append(i % 7 == 6 ? " ," : " w" + i);
        b.append(" Last one .");
        String text = b.toString();
        List<CoreMap> pieces = SentenceCap.cut(text, split(text, 3, 30, 3), 10);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            CoreMap p = pieces.get(i);
            List<CoreLabel> t = p.get(CoreAnnotations.TokensAnnotation.class);
            sizes.add(t.size());
            assertEquals(i, p.get(CoreAnnotations.SentenceIndexAnnotation.class));
            assertEquals(text.substring(t.get(0).beginPosition(), t.get(t.size() - 1).endPosition()), p.get(CoreAnnotations.TextAnnotation.class));
            for (int k = 0; k < t.size(); k++) {
                assertEquals(k + 1, t.get(k).index(), "tokens are numbered within their piece");
                assertEquals(i, t.get(k).sentIndex());
            }
        }
        // The 30-token sentence has commas at its 7th, 14th, 21st and 28th tokens: pieces of 7, 7, 7 and the 9 left.
        assertEquals(List.of(3, 7, 7, 7, 9, 3), sizes);
        assertTrue(pieces.get(1).get(CoreAnnotations.TextAnnotation.class).endsWith(","));
    }

    @Test
    void withoutABreakThePieceIsCutAtTheCap() {
        String text = "a b c d e f g h i j k l m n o p q r s t u v w x y";
        List<CoreMap> pieces = SentenceCap.cut(text, split(text, 25), 10);
        assertEquals(List.of(10, 10, 5), pieces.stream().map(p -> p.get(CoreAnnotations.TokensAnnotation.class).size()).toList());
        assertEquals(10, pieces.get(1).get(CoreAnnotations.TokenBeginAnnotation.class));
    }
}
