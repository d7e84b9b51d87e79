/**
 * Quotations and reported speech: direct quotes between quotation marks and indirect ones ("X said ...", "according
 * to X"), each with its speaker resolved to an actor code and the events coded inside it. Word lists are data
 * ({@code herald/dictionaries/quote-words.tsv}; the verbs of saying are {@code speech-verbs.tsv}).
 */
package org.herald.quotes;
