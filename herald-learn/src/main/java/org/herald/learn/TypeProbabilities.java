package org.herald.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The model's probability for each PLOVER type and for no event ({@link LabelledExample#NO_EVENT}), highest first. */
public record TypeProbabilities(Map<String, Double> probabilities, List<String> nearest) {
    public static TypeProbabilities of(Map<String, Double> raw, List<String> nearest) {
        List<Map.Entry<String, Double>> es = new ArrayList<>(raw.entrySet());
        es.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        Map<String, Double> sorted = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : es) sorted.put(e.getKey(), e.getValue());
        return new TypeProbabilities(java.util.Collections.unmodifiableMap(sorted), List.copyOf(nearest));
    }

    public String top() { return probabilities.isEmpty() ? LabelledExample.NO_EVENT : probabilities.keySet().iterator().next(); }

    public double p(String type) { return probabilities.getOrDefault(type, 0.0); }

    public double pNoEvent() { return p(LabelledExample.NO_EVENT); }

    /** "ASSAULT 0.91, COERCE 0.05, NONE 0.02": the top {@code n}. */
    public String summary(int n) {
        StringBuilder b = new StringBuilder();
        int k = 0;
        for (Map.Entry<String, Double> e : probabilities.entrySet()) {
            if (k++ == n) break;
            if (b.length() > 0) b.append(", ");
            b.append(e.getKey()).append(' ').append(String.format(Locale.ROOT, "%.2f", e.getValue()));
        }
        return b.toString();
    }
}
