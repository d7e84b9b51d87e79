package org.herald.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.herald.codes.CameoCode;
import org.herald.codes.CameoCodebook;
import org.herald.eval.GoldRecord;
import org.herald.eval.PloverScorer;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.ParsedSentence;

/**
 * Scores the patterns, the model alone and both together on a PLOVER gold file in one run. With {@code folds} > 1 the
 * model is cross-validated: each fold is typed by a model trained on Herald's bank, the user's examples and the other
 * folds' records; with fewer, by the bank (and the user's examples) alone. Every record is parsed and pattern-coded
 * once; only the classifier changes between folds. "Both" is also scored for a sweep of the fusion's add threshold.
 */
public final class ModelEvaluation {
    /** Fusion settings tried beside the configured ones: add, add_coded, overrule, min_confidence, add_unknown. */
    static final double[][] SWEEP = {
        {0.5, 0.7, 2, 0, 2}, {0.8, 2, 2, 0, 2}, {0.9, 2, 2, 0, 2}, {0.9, 2, 2, 0, 0.95},
        {0.5, 0.7, 0.9, 0.2, 2}, {0.5, 0.7, 0.9, 0.2, 0.8}, {0.5, 0.7, 0.9, 0.2, 0.9}, {0.5, 0.7, 0.9, 0.2, 0.95},
        {0.5, 0.8, 0.9, 0.2, 0.9}, {0.6, 0.8, 0.9, 0.2, 0.9}, {0.5, 0.7, 0.85, 0.2, 0.9}, {0.4, 0.7, 0.9, 0.2, 0.9}};

    public record Run(PloverScorer patterns, PloverScorer model, PloverScorer both, Map<String, PloverScorer> bothByAdd,
                      Map<String, PloverScorer> modelByAdd, EventModel.Settings settings, int folds) {}

    /** Thresholds at which the model alone is also scored. */
    static final double[] MODEL_SWEEP = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private ModelEvaluation() {}

    public static Run run(List<GoldRecord> records, Function<Article, AnnotatedDoc> annotate, EventCoder coder, SentenceEmbedder embedder,
                          List<LabelledExample> extra, int folds, Path cacheDir) {
        return run(records, annotate, coder, embedder, extra, folds, cacheDir, true);
    }

    /** As above; {@code sweep} false skips the sweep of fusion settings (for regression floors). */
    public static Run run(List<GoldRecord> records, Function<Article, AnnotatedDoc> annotate, EventCoder coder, SentenceEmbedder embedder,
                          List<LabelledExample> extra, int folds, Path cacheDir, boolean sweep) {
        List<AnnotatedDoc> docs = new ArrayList<>();
        List<List<Event>> patterns = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        List<int[]> span = new ArrayList<>(); // per record: first sentence row, count
        for (GoldRecord r : records) {
            AnnotatedDoc doc = annotate.apply(r.article());
            docs.add(doc);
            patterns.add(coder.code(doc));
            span.add(new int[] {sentences.size(), doc.sentences().size()});
            for (ParsedSentence s : doc.sentences()) sentences.add(s.text());
        }
        float[][] x = embedder.embed(sentences);
        List<LabelledExample> asExamples = new ArrayList<>();
        for (GoldRecord r : records) {
            asExamples.add(new LabelledExample(r.id(), r.text(), r.noEvent() ? LabelledExample.NO_EVENT : r.plover(), "gold " + r.id()));
        }
        int k = Math.max(1, folds);
        List<EventModel> models = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<LabelledExample> user = new ArrayList<>(extra);
            if (k > 1) for (int i = 0; i < records.size(); i++) if (i % k != f) user.add(asExamples.get(i));
            models.add(EventModel.train(embedder, ExampleBank.shipped(), user, cacheDir));
        }
        EventModel.Settings settings = models.get(0).settings();
        PloverScorer pat = new PloverScorer(), mod = new PloverScorer(), both = new PloverScorer();
        Map<String, PloverScorer> modelSwept = new LinkedHashMap<>();
        for (double a : sweep ? MODEL_SWEEP : new double[0]) modelSwept.put(String.format(java.util.Locale.ROOT, "model alone, add %.2f", a), new PloverScorer());
        Map<String, PloverScorer> swept = new LinkedHashMap<>();
        List<EventModel.Settings> tried = new ArrayList<>();
        for (double[] t : sweep ? SWEEP : new double[0][]) {
            EventModel.Settings v = new EventModel.Settings(t[0], t[1], t[4], settings.none(), t[2], t[3], settings.alone());
            tried.add(v);
            swept.put(describe(v), new PloverScorer());
        }
        for (int i = 0; i < records.size(); i++) {
            EventModel m = models.get(i % k);
            int[] sp = span.get(i);
            float[][] rows = java.util.Arrays.copyOfRange(x, sp[0], sp[0] + sp[1]);
            List<TypeProbabilities> probs = m.classifyEmbedded(rows);
            GoldRecord r = records.get(i);
            pat.add(r, patterns.get(i));
            mod.add(r, modelOnly(m, docs.get(i), probs, settings.alone()));
            for (double a : sweep ? MODEL_SWEEP : new double[0]) {
                modelSwept.get(String.format(java.util.Locale.ROOT, "model alone, add %.2f", a)).add(r, modelOnly(m, docs.get(i), probs, a));
            }
            both.add(r, m.fuse(coder, docs.get(i), patterns.get(i), probs, settings));
            for (EventModel.Settings v : tried) swept.get(describe(v)).add(r, m.fuse(coder, docs.get(i), patterns.get(i), probs, v));
        }
        return new Run(pat, mod, both, swept, modelSwept, settings, k);
    }

    static String describe(EventModel.Settings v) {
        return String.format(java.util.Locale.ROOT, "add %.2f coded %.2f unknown %s overrule %s min %.2f", v.add(), v.addCoded(),
                v.addUnknown() > 1 ? "off " : String.format(java.util.Locale.ROOT, "%.2f", v.addUnknown()),
                v.overrule() > 1 ? "off " : String.format(java.util.Locale.ROOT, "%.2f", v.overrule()), v.minConfidence());
    }

    /** The model alone: one event of its top type for each sentence it types (not no-event) with at least {@code add}. */
    static List<Event> modelOnly(EventModel m, AnnotatedDoc doc, List<TypeProbabilities> probs, double add) {
        List<Event> out = new ArrayList<>();
        CameoCodebook codes = CameoCodebook.standard();
        for (int i = 0; i < probs.size(); i++) {
            TypeProbabilities p = probs.get(i);
            String top = p.top();
            if (top.equals(LabelledExample.NO_EVENT) || p.p(top) < add) continue;
            CameoCode c = codes.describe(m.codeOf(top));
            ParsedSentence s = doc.sentences().get(i);
            out.add(new Event(doc.article().id(), s.index(), doc.article().date(), "", "", "", "", c.code(), c.root(), c.name(), c.goldstein(),
                    c.quadClass(), c.ploverType(), c.ploverMode(), "model:" + top, "", s.text(), "", false, "", "model: " + p.summary(3))
                    .withModel(p.p(top), p.p(top), p.summary(3)));
        }
        return out;
    }
}
