package org.herald.learn;

import java.util.List;

/** Turns sentences into vectors. The one door to an embedding model, so tests can use a fake. */
public interface SentenceEmbedder {
    /** Names the model and its version: part of the key of every cached embedding. */
    String id();

    /** One vector per text, in order, all of the same length. */
    float[][] embed(List<String> texts);
}
