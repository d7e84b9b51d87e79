package org.herald.learn;

import java.util.List;
import java.util.Locale;

/** A fake embedder for tests: words hashed into 64 dimensions, L2-normalised; counts how many texts it embedded. */
final class HashingEmbedder implements SentenceEmbedder {
    int embedded;

    @Override public String id() { return "hashing-64"; }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][64];
        for (int i = 0; i < texts.size(); i++) {
            for (String w : texts.get(i).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (w.length() < 3) continue;
                out[i][Math.floorMod(w.hashCode(), 64)] += 1;
            }
            double n = 0;
            for (float v : out[i]) n += v * v;
            if (n > 0) for (int j = 0; j < 64; j++) out[i][j] /= (float) Math.sqrt(n);
        }
        embedded += texts.size();
        return out;
    }
}
