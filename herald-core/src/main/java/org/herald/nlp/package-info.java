/**
 * The NLP layer: tokens, lemmas, entity types and UD dependency trees. Everything CoreNLP-specific stays in
 * {@link org.herald.nlp.CoreNlpAnnotator}; the rest of Herald sees {@link org.herald.nlp.ParsedSentence}.
 */
package org.herald.nlp;
