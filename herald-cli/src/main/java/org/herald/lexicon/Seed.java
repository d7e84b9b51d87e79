package org.herald.lexicon;

import java.util.List;

/**
 * One line of seeds.tsv: hand forms and WordNet senses for a CAMEO code, and how far to expand the senses.
 *
 * @param tropoDepth levels of verb troponyms / noun hyponyms to take (0 = none)
 */
public record Seed(String code, Pos pos, List<String> forms, List<String> senseKeys, boolean synonyms, int tropoDepth,
                   boolean derived, String file, int line) {
    public enum Pos {
        VERB, NOUN;

        public String letter() { return this == VERB ? "v" : "n"; }

        public String word() { return this == VERB ? "verb" : "noun"; }
    }

    public String where() { return file + ":" + line; }
}
