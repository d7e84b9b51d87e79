package org.herald.nlp;

/**
 * One token of a parsed sentence. {@code index} is 1-based as in CoNLL-U, so 0 can mean the root.
 * {@code pos} is the Penn Treebank tag, {@code ner} the coarse entity type or "O".
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    public boolean isNoun() { return pos.startsWith("NN"); }
    public boolean isProperNoun() { return pos.startsWith("NNP"); }
    public boolean isVerb() { return pos.startsWith("VB"); }
    public boolean isPronoun() { return pos.startsWith("PRP"); }
    public boolean isPlural() { return pos.equals("NNS") || pos.equals("NNPS"); }
}
