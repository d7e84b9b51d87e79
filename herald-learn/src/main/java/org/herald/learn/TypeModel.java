package org.herald.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A multinomial logistic regression over sentence embeddings (Tribuo's linear SGD trainer with the log-multiclass
 * objective), trained at load time on the labelled examples, with its probabilities calibrated by a temperature fitted
 * on held-out folds of the same examples (the temperature whose probabilities give the held-out labels the highest
 * likelihood). It also finds the nearest examples, to explain what it says.
 */
public final class TypeModel {
    private static final LabelFactory LABELS = new LabelFactory();
    private static final double[] TEMPERATURES = {0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.4, 1.7, 2.0, 2.5, 3.0};
    static final int EPOCHS = 25, FOLDS = 4;
    static final long SEED = 20261126L;

    static {
        Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    }

    private final Model<Label> model;
    private final String[] featureNames;
    private final double temperature;
    private final float[][] examples;
    private final List<LabelledExample> labelled;

    private TypeModel(Model<Label> model, String[] featureNames, double temperature, float[][] examples, List<LabelledExample> labelled) {
        this.model = model;
        this.featureNames = featureNames;
        this.temperature = temperature;
        this.examples = examples;
        this.labelled = labelled;
    }

    /** Trains on the examples and their embeddings (row i of {@code x} embeds example i), calibrating on held-out folds. */
    public static TypeModel train(List<LabelledExample> examples, float[][] x) {
        return train(examples, x, fitTemperature(examples, x));
    }

    /** The same with the temperature already known (from {@link #fitTemperature}, perhaps cached). */
    public static TypeModel train(List<LabelledExample> examples, float[][] x, double temperature) {
        return new TypeModel(fit(examples, x, featureNames(x), all(x.length)), featureNames(x), temperature, x, List.copyOf(examples));
    }

    private static String[] featureNames(float[][] x) {
        if (x.length == 0) throw new IllegalArgumentException("one embedding per example is needed");
        String[] names = new String[x[0].length];
        for (int j = 0; j < names.length; j++) names[j] = String.format("e%03d", j);
        return names;
    }

    public double temperature() { return temperature; }

    /**
     * The type probabilities of one embedded sentence, with its three nearest examples: the mean of the calibrated
     * regression and a distance-weighted vote of the {@link #NEIGHBOURS} nearest examples (weight e^(
     * {@link #SHARPNESS} x cosine)). The regression generalises over the whole bank; the vote keeps a sentence close to
     * a few examples of one kind (a sub-type the bank covers thinly) from being pulled to the majority type.
     */
    public TypeProbabilities classify(float[] v) {
        Map<String, Double> p = calibrated(model, v, featureNames, temperature);
        Map<String, Double> vote = vote(v);
        Map<String, Double> mean = new HashMap<>();
        for (Map.Entry<String, Double> e : p.entrySet()) mean.put(e.getKey(), (e.getValue() + vote.getOrDefault(e.getKey(), 0.0)) / 2);
        return TypeProbabilities.of(mean, nearest(v, 3));
    }

    static final int NEIGHBOURS = 10;
    static final double SHARPNESS = 20;

    private Map<String, Double> vote(float[] v) {
        Integer[] order = new Integer[examples.length];
        double[] c = new double[examples.length];
        for (int i = 0; i < examples.length; i++) {
            c[i] = cosine(v, examples[i]);
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(c[b], c[a]));
        Map<String, Double> out = new HashMap<>();
        double sum = 0;
        for (int k = 0; k < Math.min(NEIGHBOURS, order.length); k++) {
            double w = Math.exp(SHARPNESS * c[order[k]]);
            out.merge(labelled.get(order[k]).type(), w, Double::sum);
            sum += w;
        }
        for (Map.Entry<String, Double> e : out.entrySet()) e.setValue(e.getValue() / sum);
        return out;
    }

    private List<String> nearest(float[] v, int n) {
        double[] best = new double[n];
        int[] at = new int[n];
        java.util.Arrays.fill(best, -2);
        java.util.Arrays.fill(at, -1);
        for (int i = 0; i < examples.length; i++) {
            double c = cosine(v, examples[i]);
            for (int k = 0; k < n; k++) {
                if (c > best[k]) {
                    System.arraycopy(best, k, best, k + 1, n - k - 1);
                    System.arraycopy(at, k, at, k + 1, n - k - 1);
                    best[k] = c;
                    at[k] = i;
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (at[k] < 0) continue;
            LabelledExample e = labelled.get(at[k]);
            out.add(String.format(java.util.Locale.ROOT, "%s %.2f \"%s\" (%s)", e.type(), best[k], e.text(), e.id()));
        }
        return out;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int j = 0; j < a.length; j++) {
            dot += a[j] * b[j];
            na += a[j] * a[j];
            nb += b[j] * b[j];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static Model<Label> fit(List<LabelledExample> examples, float[][] x, String[] names, List<Integer> rows) {
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("herald-examples", LABELS), LABELS);
        for (int i : rows) data.add(new ArrayExample<>(new Label(examples.get(i).type()), names, toDouble(x[i])));
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), EPOCHS, Integer.MAX_VALUE, 1, SEED);
        return trainer.train(data);
    }

    /**
     * The temperature that gives held-out examples the highest likelihood, over {@link #FOLDS} folds ({@link #FOLDS}
     * trainings: the costly part of a load, so callers may cache it).
     */
    static double fitTemperature(List<LabelledExample> examples, float[][] x) {
        if (examples.size() != x.length) throw new IllegalArgumentException("one embedding per example is needed");
        String[] names = featureNames(x);
        if (x.length < FOLDS * 10) return 1.0;
        double[] nll = new double[TEMPERATURES.length];
        for (int f = 0; f < FOLDS; f++) {
            List<Integer> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < x.length; i++) (i % FOLDS == f ? test : train).add(i);
            Model<Label> m = fit(examples, x, names, train);
            for (int i : test) {
                Map<String, Double> raw = raw(m, x[i], names);
                for (int t = 0; t < TEMPERATURES.length; t++) {
                    double p = scale(raw, TEMPERATURES[t]).getOrDefault(examples.get(i).type(), 0.0);
                    nll[t] -= Math.log(Math.max(p, 1e-9));
                }
            }
        }
        int best = 0;
        for (int t = 1; t < TEMPERATURES.length; t++) if (nll[t] < nll[best]) best = t;
        return TEMPERATURES[best];
    }

    private static Map<String, Double> calibrated(Model<Label> m, float[] v, String[] names, double temperature) {
        return scale(raw(m, v, names), temperature);
    }

    private static Map<String, Double> raw(Model<Label> m, float[] v, String[] names) {
        Prediction<Label> p = m.predict(new ArrayExample<>(LABELS.getUnknownOutput(), names, toDouble(v)));
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Label> e : p.getOutputScores().entrySet()) out.put(e.getKey(), e.getValue().getScore());
        return out;
    }

    /** Probabilities p_i^(1/T), renormalised: softmax of the log-probabilities divided by the temperature. */
    private static Map<String, Double> scale(Map<String, Double> p, double temperature) {
        Map<String, Double> out = new HashMap<>();
        double sum = 0;
        for (Map.Entry<String, Double> e : p.entrySet()) {
            double v = Math.pow(Math.max(e.getValue(), 1e-12), 1.0 / temperature);
            out.put(e.getKey(), v);
            sum += v;
        }
        for (Map.Entry<String, Double> e : out.entrySet()) e.setValue(e.getValue() / sum);
        return out;
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int j = 0; j < v.length; j++) d[j] = v[j];
        return d;
    }

    private static List<Integer> all(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(i);
        return out;
    }
}
