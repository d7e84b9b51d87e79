package org.herald.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts over-long sentences into pieces before they are tagged and parsed. A "sentence" of thousands of tokens (a
 * table, a list without full stops, hostile input) costs the tagger, the parser and the coder time and memory out
 * of all proportion and gives no useful event, while no news sentence comes near the cap. A piece ends at the last
 * clause break (; : , or a dash) in the second half of the window, so a cut rarely splits a phrase.
 */
final class SentenceCap {
    /** Tokens in one sentence at most; news sentences run to 60-80. */
    static final int DEFAULT_MAX_TOKENS = 200;

    private static final Set<String> BREAKS = Set.of(";", ":", ",", "--", "-", "—", "–");

    private SentenceCap() {}

    /** The sentences with each longer than {@code max} tokens cut into pieces; indexes renumbered. */
    static List<CoreMap> cut(String text, List<CoreMap> sentences, int max) {
        if (sentences.stream().noneMatch(s -> tokens(s).size() > max)) return sentences;
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = tokens(s);
            int tokenBase = s.get(CoreAnnotations.TokenBeginAnnotation.class) == null ? 0 : s.get(CoreAnnotations.TokenBeginAnnotation.class);
            int from = 0;
            while (from < tokens.size()) {
                int to = end(tokens, from, max);
                out.add(piece(text, tokens.subList(from, to), tokenBase + from, out.size()));
                from = to;
            }
        }
        return out;
    }

    /** Where the piece starting at {@code from} ends: the whole rest, or just after the last break in the window's second half. */
    private static int end(List<CoreLabel> tokens, int from, int max) {
        if (tokens.size() - from <= max) return tokens.size();
        for (int i = from + max - 1; i >= from + max / 2; i--) {
            if (BREAKS.contains(tokens.get(i).word())) return i + 1;
        }
        return from + max;
    }

    private static CoreMap piece(String text, List<CoreLabel> tokens, int tokenBegin, int index) {
        List<CoreLabel> own = new ArrayList<>(tokens);
        int begin = own.get(0).beginPosition();
        int end = own.get(own.size() - 1).endPosition();
        Annotation p = new Annotation(text.substring(begin, end));
        p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        p.set(CoreAnnotations.TokensAnnotation.class, own);
        p.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        p.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + own.size());
        p.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        for (int i = 0; i < own.size(); i++) {
            own.get(i).setIndex(i + 1);
            own.get(i).setSentIndex(index);
        }
        return p;
    }

    private static List<CoreLabel> tokens(CoreMap s) {
        return s.get(CoreAnnotations.TokensAnnotation.class);
    }
}
