package org.herald.nlp;

import org.herald.model.Article;

/** Turns raw article text into parsed sentences. The only door to an NLP library. */
public interface Annotator {
    AnnotatedDoc annotate(Article article);
}
