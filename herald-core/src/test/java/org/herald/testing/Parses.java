package org.herald.testing;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.ConllU;
import org.herald.nlp.ParsedSentence;

/**
 * Hand-built parses for coder tests, one token per space-separated item: {@code word[:lemma]/TAG/HEAD/REL}, e.g.
 * {@code "Turkey/NNP/2/nsubj condemned:condemn/VBD/0/root Israel/NNP/2/obj"}. The lemma defaults to the
 * lowercased word. Converted through CoNLL-U so the real reader is exercised too.
 */
public final class Parses {
    private Parses() {}

    public static ParsedSentence sentence(String spec) {
        StringBuilder conll = new StringBuilder();
        String[] items = spec.trim().split("\\s+");
        for (int i = 0; i < items.length; i++) {
            String[] f = items[i].split("/");
            if (f.length != 4) throw new IllegalArgumentException("token spec must be word[:lemma]/TAG/HEAD/REL: " + items[i]);
            String word = f[0], lemma = word.toLowerCase();
            int colon = word.indexOf(':');
            if (colon > 0) {
                lemma = word.substring(colon + 1);
                word = word.substring(0, colon);
            }
            String ner = f[1].startsWith("NNP") ? "NER=MISC" : "_";
            conll.append(i + 1).append('\t').append(word).append('\t').append(lemma).append("\t_\t").append(f[1])
                 .append("\t_\t").append(f[2]).append('\t').append(f[3]).append("\t_\t").append(ner).append('\n');
        }
        return ConllU.read("test", conll.toString()).get(0);
    }

    public static AnnotatedDoc doc(String date, String... sentences) {
        List<ParsedSentence> list = new ArrayList<>();
        for (String s : sentences) {
            ParsedSentence p = sentence(s);
            list.add(new ParsedSentence(list.size(), p.text(), p.tokens(), depsOf(p)));
        }
        return new AnnotatedDoc(new Article("t1", java.time.LocalDate.parse(date), "", "", ""), list);
    }

    private static List<org.herald.nlp.Dependency> depsOf(ParsedSentence p) {
        List<org.herald.nlp.Dependency> out = new ArrayList<>();
        for (int i = 1; i <= p.size(); i++) p.headEdge(i).ifPresent(out::add);
        return out;
    }
}
