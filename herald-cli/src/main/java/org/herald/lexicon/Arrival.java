package org.herald.lexicon;

/**
 * A form that a seed brings to a code: by hand, or from WordNet by a relation.
 *
 * @param rank how near the form is to the seed: 0 hand, 1 synonym, 2 derived noun, 2+N troponym/hyponym depth N
 * @param provenance {@code hand} or {@code wn31 <sensekey> <syn|tropo|deriv> <seedlemma>}
 */
public record Arrival(String form, Seed.Pos pos, String code, int rank, String provenance, Seed seed) {
    public static final int HAND = 0, SYN = 1, DERIV = 2;

    public static int tropo(int depth) { return DERIV + depth; }

    /** Nearer relation first, then the earlier seeds line. */
    public boolean beats(Arrival o) {
        return rank != o.rank ? rank < o.rank : seed.line() < o.seed.line();
    }
}
