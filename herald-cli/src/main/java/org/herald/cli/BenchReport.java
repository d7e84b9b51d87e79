package org.herald.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herald.cli.Benchmark.Result;

/** What {@code herald bench} prints: a short table or a JSON summary of the measured pipelines. */
record BenchReport(List<Result> results, int repeat, boolean loadOnly) {
    static final String HERALD = "herald";
    static final String BASELINE = "corenlp-default";
    /** Load-time parts of Herald's pipeline. */
    static final String CORENLP = "corenlp", DICTIONARIES = "dictionaries", PLACES = "places", MODEL = "model";
    /** Herald's dictionaries and patterns may add at most this much load time to CoreNLP's. */
    static final double DICTIONARY_BUDGET_SECONDS = 3.0;

    BenchReport {
        results = List.copyOf(results);
    }

    Optional<Result> herald() { return find(HERALD); }

    Optional<Result> baseline() { return find(BASELINE); }

    private Optional<Result> find(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** Baseline seconds / Herald seconds for one pass over the same articles: above 1, Herald is faster. */
    Optional<Double> ratio() {
        if (loadOnly) return Optional.empty();
        Optional<Result> h = herald(), b = baseline();
        if (h.isEmpty() || b.isEmpty() || h.get().seconds() == 0) return Optional.empty();
        return Optional.of(b.get().seconds() / h.get().seconds());
    }

    /** "Herald is 2.3x faster than CoreNLP's default pipeline" (or slower, with the inverse factor). */
    Optional<String> verdict() {
        return ratio().map(r -> r >= 1
                ? String.format(Locale.ROOT, "Herald is %.1fx faster than CoreNLP's default pipeline", r)
                : String.format(Locale.ROOT, "Herald is %.1fx slower than CoreNLP's default pipeline", 1 / r));
    }

    String table() {
        StringBuilder b = new StringBuilder();
        if (loadOnly) {
            b.append(String.format(Locale.ROOT, "%-16s %8s  %s%n", "pipeline", "load s", "annotators"));
            for (Result r : results) {
                b.append(String.format(Locale.ROOT, "%-16s %8.2f  %s%n", r.name(), r.loadSeconds(), r.annotators()));
            }
        } else {
            b.append(String.format(Locale.ROOT, "%-16s %8s %9s %10s %8s %9s %12s%n",
                    "pipeline", "load s", "articles", "sentences", "tokens", "seconds", "sentences/s"));
            for (Result r : results) {
                b.append(String.format(Locale.ROOT, "%-16s %8.2f %9d %10d %8d %9.3f %12.1f%n", r.name(), r.loadSeconds(),
                        r.pass().articles(), r.pass().sentences(), r.pass().tokens(), r.seconds(), r.sentencesPerSecond()));
            }
        }
        herald().ifPresent(h -> b.append(String.format(Locale.ROOT,
                "Herald load: CoreNLP %.2f s + dictionaries and patterns %.2f s + waiting for the gazetteer after CoreNLP %.2f s "
                        + "(budget %.0f s: %s) + learned model %.2f s%n",
                h.loadSeconds(CORENLP), h.loadSeconds(DICTIONARIES), h.loadSeconds(PLACES), DICTIONARY_BUDGET_SECONDS,
                withinBudget(h) ? "within" : "OVER", h.loadSeconds(MODEL))));
        baseline().ifPresent(r -> b.append("Baseline: new StanfordCoreNLP with annotators ").append(r.annotators())
                .append(", CoreNLP's own defaults for everything else\n"));
        if (!loadOnly) {
            b.append(String.format(Locale.ROOT, "seconds = median of %d timed pass%s over all articles, after one warm-up pass%n",
                    repeat, repeat == 1 ? "" : "es"));
        }
        verdict().ifPresent(v -> b.append(String.format(Locale.ROOT, "%s (ratio %.2f = baseline seconds / Herald seconds)%n",
                v, ratio().orElseThrow())));
        return b.toString();
    }

    /** The load time Herald's own data adds: its dictionaries and patterns, and any wait for the gazetteer loaded beside CoreNLP. */
    static boolean withinBudget(Result herald) {
        return herald.loadSeconds(DICTIONARIES) + herald.loadSeconds(PLACES) <= DICTIONARY_BUDGET_SECONDS;
    }

    /** The summary for --json; field names are stable for scripts. */
    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", loadOnly ? "load-only" : "full");
        if (!loadOnly) {
            m.put("repeat", repeat);
            m.put("statistic", "median");
        }
        m.put("pipelines", results.stream().map(this::pipeline).toList());
        herald().ifPresent(h -> {
            Map<String, Object> load = new LinkedHashMap<>();
            load.put("corenlp_seconds", round(h.loadSeconds(CORENLP)));
            load.put("dictionaries_seconds", round(h.loadSeconds(DICTIONARIES)));
            load.put("gazetteer_wait_seconds", round(h.loadSeconds(PLACES)));
            load.put("dictionaries_budget_seconds", DICTIONARY_BUDGET_SECONDS);
            load.put("model_seconds", round(h.loadSeconds(MODEL)));
            load.put("within_budget", withinBudget(h));
            m.put("herald_load", load);
        });
        ratio().ifPresent(r -> m.put("ratio", round(r)));
        verdict().ifPresent(v -> m.put("verdict", v));
        return m;
    }

    private Map<String, Object> pipeline(Result r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", r.name());
        p.put("annotators", r.annotators());
        p.put("load_seconds", round(r.loadSeconds()));
        Map<String, Object> parts = new LinkedHashMap<>();
        r.loadNanos().forEach((part, nanos) -> parts.put(part, round(nanos / 1e9)));
        p.put("load", parts);
        if (!loadOnly) {
            p.put("articles", r.pass().articles());
            p.put("sentences", r.pass().sentences());
            p.put("tokens", r.pass().tokens());
            p.put("seconds", round(r.seconds()));
            p.put("pass_seconds", r.passNanos().stream().map(n -> round(n / 1e9)).toList());
            p.put("sentences_per_second", round(r.sentencesPerSecond()));
        }
        return p;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
