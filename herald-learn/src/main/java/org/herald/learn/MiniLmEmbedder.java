package org.herald.learn;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantized) on ONNX Runtime, CPU only, from LangChain4j's Maven artifact: the model file ships
 * inside the jar, so nothing is downloaded. Loaded once per process ({@link #shared()}), about 1.5 s.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
    private static final int BATCH = 64;
    private static volatile MiniLmEmbedder shared;
    private final AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    public static MiniLmEmbedder shared() {
        if (shared == null) {
            synchronized (MiniLmEmbedder.class) {
                if (shared == null) shared = new MiniLmEmbedder();
            }
        }
        return shared;
    }

    @Override public String id() { return "all-minilm-l6-v2-q/langchain4j-1.19.0-beta29"; }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<TextSegment> batch = new ArrayList<>();
            for (String t : texts.subList(from, Math.min(texts.size(), from + BATCH))) batch.add(TextSegment.from(t.isBlank() ? "." : t));
            List<Embedding> got;
            synchronized (model) {
                got = model.embedAll(batch).content();
            }
            for (int i = 0; i < got.size(); i++) out[from + i] = got.get(i).vector();
        }
        return out;
    }
}
