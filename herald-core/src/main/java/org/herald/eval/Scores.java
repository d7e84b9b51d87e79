package org.herald.eval;

/** True positives against predicted and expected counts, with precision, recall and F1. */
public record Scores(int truePositives, int predicted, int expected) {
    public double precision() { return predicted == 0 ? 0 : (double) truePositives / predicted; }
    public double recall() { return expected == 0 ? 0 : (double) truePositives / expected; }
    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    public Scores plus(Scores o) {
        return new Scores(truePositives + o.truePositives, predicted + o.predicted, expected + o.expected);
    }
    @Override public String toString() {
        return String.format("P %.3f  R %.3f  F1 %.3f  (tp %d, predicted %d, expected %d)", precision(), recall(), f1(), truePositives, predicted, expected);
    }
}
