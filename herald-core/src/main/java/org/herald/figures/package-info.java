/**
 * Figures: numeric claims (casualties, arrests, displaced people, troops, money, percentages) with what they count,
 * their qualifier, who claims them and the event they belong to. Numbers written as words, vague numbers and ranges
 * are read from data ({@code herald/dictionaries/number-words.tsv}, {@code figure-*.tsv}).
 */
package org.herald.figures;
