/**
 * The WordNet-expanded CAMEO event lexicon: hand seeds ({@code herald/lexicon/seeds.tsv}) are expanded through
 * WordNet 3.1 (synonyms, troponyms/hyponyms, derived nouns), filtered by a reviewed stop list and the hand pattern
 * tables, and written as pattern files with provenance ({@code herald lexicon}). Only the generator needs WordNet;
 * the coder reads the generated TSV files.
 */
package org.herald.lexicon;
