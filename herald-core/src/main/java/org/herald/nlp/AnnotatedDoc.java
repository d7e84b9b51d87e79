package org.herald.nlp;

import java.util.List;
import org.herald.model.Article;

/** An article with its parsed sentences; sentence 0 is the headline when the article has one. */
public record AnnotatedDoc(Article article, List<ParsedSentence> sentences) {
    public AnnotatedDoc {
        sentences = List.copyOf(sentences);
    }
}
