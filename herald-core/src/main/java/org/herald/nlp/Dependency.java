package org.herald.nlp;

/** A Universal Dependencies edge; {@code governor} 0 is the root. Relations keep subtypes ("obl:in", "nmod:poss"). */
public record Dependency(int governor, int dependent, String relation) {
    /** The relation without its subtype: "obl:in" -> "obl". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
