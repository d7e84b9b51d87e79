package org.herald.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.codes.CameoCodebook;
import org.herald.dict.TsvTable;
import org.herald.events.EventCoder;
import org.herald.model.Event;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.ParsedSentence;

/**
 * The learned event-type model beside the patterns: it types every sentence (PLOVER type or no event, with
 * probabilities), gives every pattern event a confidence and its type's probability, and adds a model event where it is
 * sure of a type the patterns did not code (herald/model/fusion.tsv). Loaded once: the bank's embeddings come from a
 * disk cache keyed by content hash, the classifier is trained at load time.
 */
public final class EventModel implements org.herald.pipeline.EventJudge {
    /**
     * The fusion thresholds (herald/model/fusion.tsv); {@code alone} is where the model by itself (evaluation's "model"
     * run, no patterns) types a sentence.
     */
    public record Settings(double add, double addCoded, double addUnknown, double none, double overrule, double minConfidence, double alone) {
        public Settings withMinConfidence(double v) { return new Settings(add, addCoded, addUnknown, none, overrule, v, alone); }
    }

    private final SentenceEmbedder embedder;
    private final TypeModel model;
    private final Map<String, String> typeCodes;
    private final Settings settings;
    private final int examples;

    private EventModel(SentenceEmbedder embedder, TypeModel model, Map<String, String> typeCodes, Settings settings, int examples) {
        this.embedder = embedder;
        this.model = model;
        this.typeCodes = typeCodes;
        this.settings = settings;
        this.examples = examples;
    }

    /** Trained on Herald's bank plus {@code extra} examples (a user's --examples), embeddings cached in {@code cacheDir}. */
    public static EventModel load(SentenceEmbedder embedder, List<LabelledExample> extra, Path cacheDir) {
        return train(embedder, ExampleBank.shipped(), extra, cacheDir);
    }

    /**
     * Trained on {@code bank} and the user's {@code extra} examples, each example counting once (weighting the user's
     * examples up to the bank's total raised recall and precision a little but the no-event rate past 0.10 in 5-fold
     * cross-validation on CASE dev, so it is not done); with any extra examples the fusion uses the "examples"
     * profile, else "bank". The bank's embeddings and the fitted temperature (which depends only on the examples,
     * their labels and the trainer) come from the cache in {@code cacheDir} when they are there (null: no cache).
     */
    public static EventModel train(SentenceEmbedder embedder, List<LabelledExample> bank, List<LabelledExample> extra, Path cacheDir) {
        List<LabelledExample> all = new ArrayList<>(bank);
        all.addAll(extra);
        float[][] xb = EmbeddingCache.embed(embedder, bank.stream().map(LabelledExample::text).toList(), cacheDir);
        float[][] xe = extra.isEmpty() ? new float[0][] : embedder.embed(extra.stream().map(LabelledExample::text).toList());
        float[][] x = new float[all.size()][];
        System.arraycopy(xb, 0, x, 0, xb.length);
        System.arraycopy(xe, 0, x, xb.length, xe.length);
        List<String> key = new ArrayList<>();
        for (LabelledExample e : all) key.add(e.type() + "\t" + e.text());
        key.add("epochs " + TypeModel.EPOCHS + " folds " + TypeModel.FOLDS + " seed " + TypeModel.SEED);
        double temperature = EmbeddingCache.number(embedder, key, "temperature", cacheDir, () -> TypeModel.fitTemperature(all, x));
        return new EventModel(embedder, TypeModel.train(all, x, temperature), typeCodes(), settings(extra.isEmpty() ? "bank" : "examples"),
                all.size());
    }

    private static volatile EventModel shared;

    /** The default model (Herald's bank, MiniLM, the default cache), loaded once per process. */
    public static EventModel shared() {
        if (shared == null) {
            synchronized (EventModel.class) {
                if (shared == null) shared = load(MiniLmEmbedder.shared(), List.of(), EmbeddingCache.defaultDirectory());
            }
        }
        return shared;
    }

    /** This model with other fusion settings (e.g. --min-confidence). */
    public EventModel with(Settings other) {
        return new EventModel(embedder, model, typeCodes, other, examples);
    }

    @Override
    public List<Event> judge(EventCoder coder, AnnotatedDoc doc, List<Event> events) {
        return fuse(coder, doc, events);
    }

    public Settings settings() { return settings; }
    public int examples() { return examples; }
    public double temperature() { return model.temperature(); }

    public List<TypeProbabilities> classify(List<String> texts) {
        return classifyEmbedded(embedder.embed(texts));
    }

    /** Texts already embedded with this model's embedder. */
    public List<TypeProbabilities> classifyEmbedded(float[][] x) {
        List<TypeProbabilities> out = new ArrayList<>();
        for (float[] v : x) out.add(model.classify(v));
        return out;
    }

    /** The CAMEO code a model event of {@code type} gets. */
    public String codeOf(String type) { return typeCodes.get(type); }

    /** The pattern events judged by the model, plus the model's own events, all with a confidence, by sentence. */
    public List<Event> fuse(EventCoder coder, AnnotatedDoc doc, List<Event> patternEvents) {
        return fuse(coder, doc, patternEvents, settings);
    }

    public List<Event> fuse(EventCoder coder, AnnotatedDoc doc, List<Event> patternEvents, Settings with) {
        List<ParsedSentence> sentences = doc.sentences();
        List<TypeProbabilities> probs = classify(sentences.stream().map(ParsedSentence::text).toList());
        return fuse(coder, doc, patternEvents, probs, with);
    }

    /** As {@link #fuse(EventCoder, AnnotatedDoc, List)} with the sentences already classified (one per sentence, in order). */
    public List<Event> fuse(EventCoder coder, AnnotatedDoc doc, List<Event> patternEvents, List<TypeProbabilities> probs, Settings with) {
        Map<Integer, TypeProbabilities> bySentence = new HashMap<>();
        for (int i = 0; i < doc.sentences().size(); i++) bySentence.put(doc.sentences().get(i).index(), probs.get(i));
        List<Event> out = new ArrayList<>();
        Map<Integer, java.util.Set<String>> typesCoded = new HashMap<>();
        for (Event e : patternEvents) {
            TypeProbabilities p = bySentence.get(e.sentence());
            if (p == null) {
                out.add(e);
                continue;
            }
            typesCoded.computeIfAbsent(e.sentence(), k -> new java.util.HashSet<>()).add(e.ploverType());
            double pType = e.ploverType().isEmpty() ? 1 - p.pNoEvent() : p.p(e.ploverType());
            // The model calls the sentence no event, or is sure of another type: the pattern event is doubtful.
            boolean overruled = !p.top().equals(e.ploverType()) && !p.top().equals(LabelledExample.NO_EVENT) && p.p(p.top()) >= with.overrule()
                    && !e.ploverType().isEmpty();
            double confidence = p.pNoEvent() >= with.none() ? 0.5 * (1 - p.pNoEvent()) : overruled ? 0.5 * pType : 0.5 + 0.5 * pType;
            out.add(e.withModel(confidence, pType, p.summary(3))
                    .withExplanation("model: " + p.summary(3) + (overruled ? " (overrules the pattern)" : "") + "; nearest examples: "
                            + String.join(" | ", p.nearest())));
        }
        Map<Integer, EventCoder.ModelCall> calls = new HashMap<>();
        Map<Integer, TypeProbabilities> called = new HashMap<>();
        for (Map.Entry<Integer, TypeProbabilities> s : bySentence.entrySet()) {
            TypeProbabilities p = s.getValue();
            String top = p.top();
            java.util.Set<String> coded = typesCoded.getOrDefault(s.getKey(), java.util.Set.of());
            // A sentence the patterns already coded needs a surer model to add another type to it.
            double needed = coded.isEmpty() ? with.add() : with.addCoded();
            if (top.equals(LabelledExample.NO_EVENT) || p.p(top) < needed || coded.contains(top)) continue;
            String code = typeCodes.get(top);
            if (code == null) continue;
            calls.put(s.getKey(), new EventCoder.ModelCall(code, top, "model: " + p.summary(3) + "; nearest examples: "
                    + String.join(" | ", p.nearest()), p.p(top) >= with.addUnknown()));
            called.put(s.getKey(), p);
        }
        for (Event e : coder.modelEvents(doc, calls)) {
            TypeProbabilities p = called.get(e.sentence());
            out.add(e.withModel(p.p(e.ploverType()), p.p(e.ploverType()), p.summary(3)));
        }
        out.removeIf(e -> !Double.isNaN(e.confidence()) && e.confidence() < with.minConfidence());
        out.sort(java.util.Comparator.comparingInt(Event::sentence));
        return out;
    }

    static Map<String, String> typeCodes() {
        Map<String, String> out = new HashMap<>();
        CameoCodebook codes = CameoCodebook.standard();
        for (TsvTable.Row r : TsvTable.resource("herald/model/type-codes.tsv", "type", "code").rows()) {
            String type = r.get("type"), code = r.get("code");
            if (!ExampleBank.TYPES.contains(type)) throw r.error("unknown PLOVER type '" + type + "'");
            if (!codes.contains(code) || !codes.describe(code).ploverType().equals(type)) {
                throw r.error("code " + code + " is not a CAMEO code of type " + type);
            }
            out.put(type, code);
        }
        return out;
    }

    /** The fusion settings of a profile ("bank" or "examples") from herald/model/fusion.tsv. */
    static Settings settings(String profile) {
        Map<String, Double> v = new HashMap<>();
        for (TsvTable.Row r : TsvTable.resource("herald/model/fusion.tsv", "name", "bank", "examples").rows()) {
            try {
                double d = Double.parseDouble(r.get(profile));
                if (d < 0 || d > 2) throw new NumberFormatException();
                v.put(r.get("name"), d);
            } catch (NumberFormatException e) {
                throw r.error("value must be a number from 0 to 2, not '" + r.get(profile) + "'");
            }
        }
        for (String k : List.of("add", "add_coded", "add_unknown", "none", "overrule", "min_confidence", "alone")) {
            if (!v.containsKey(k)) throw new IllegalStateException("herald/model/fusion.tsv has no '" + k + "'");
        }
        return new Settings(v.get("add"), v.get("add_coded"), v.get("add_unknown"), v.get("none"), v.get("overrule"), v.get("min_confidence"),
                v.get("alone"));
    }
}
