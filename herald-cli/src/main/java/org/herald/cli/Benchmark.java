package org.herald.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.herald.model.Article;

/**
 * Times pipelines on the same articles: each is loaded once (its load split into named parts), then all get one
 * untimed warm-up pass and N timed passes, interleaved so that a slow spell of the machine hits them alike.
 * The clock is a parameter so the arithmetic can be tested without loading CoreNLP.
 */
final class Benchmark {
    /** What one pass over the articles saw. */
    record Pass(long articles, long sentences, long tokens) {}

    /** A loaded pipeline: runs every article through once. */
    interface Subject {
        Pass run(List<Article> articles);
    }

    /** Times the named parts of a load ("corenlp", "dictionaries"). */
    interface LoadTimer {
        <T> T time(String part, Supplier<T> load);
    }

    /** A pipeline before it is loaded: its name, what it runs, and how to load it. */
    record Contender(String name, String annotators, Function<LoadTimer, Subject> loader) {}

    /** A loaded contender with the nanoseconds each load part took, in load order. */
    record Loaded(Contender contender, Map<String, Long> loadNanos, Subject subject) {}

    /** One contender's measurement; {@code passNanos} is empty when only the load was measured. */
    record Result(String name, String annotators, Map<String, Long> loadNanos, Pass pass, List<Long> passNanos) {
        Result {
            loadNanos = Collections.unmodifiableMap(new LinkedHashMap<>(loadNanos)); // keeps load order for the report
            passNanos = List.copyOf(passNanos);
        }

        double loadSeconds() { return loadNanos.values().stream().mapToLong(Long::longValue).sum() / 1e9; }

        double loadSeconds(String part) { return loadNanos.getOrDefault(part, 0L) / 1e9; }

        boolean timed() { return !passNanos.isEmpty(); }

        /** Seconds for one pass over all articles: the median of the timed passes (robust to one slow pass). */
        double seconds() {
            if (passNanos.isEmpty()) return 0;
            List<Long> sorted = passNanos.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
            return median / 1e9;
        }

        double sentencesPerSecond() {
            double s = seconds();
            return s == 0 ? 0 : pass.sentences() / s;
        }
    }

    private final LongSupplier clock;

    Benchmark(LongSupplier clock) {
        this.clock = clock;
    }

    /** Loads one contender, timing each part it names. */
    Loaded load(Contender c) {
        Map<String, Long> parts = new LinkedHashMap<>();
        Subject subject = c.loader().apply(new LoadTimer() {
            @Override
            public <T> T time(String part, Supplier<T> load) {
                long t0 = clock.getAsLong();
                T value = load.get();
                parts.merge(part, clock.getAsLong() - t0, Long::sum);
                return value;
            }
        });
        return new Loaded(c, parts, subject);
    }

    /** The load times alone (for --load-only). */
    static List<Result> loadOnly(List<Loaded> loaded) {
        return loaded.stream()
                .map(l -> new Result(l.contender().name(), l.contender().annotators(), l.loadNanos(), new Pass(0, 0, 0), List.of()))
                .toList();
    }

    /** One warm-up pass each, then {@code repeat} timed passes each, interleaved. */
    List<Result> measure(List<Loaded> loaded, List<Article> articles, int repeat) {
        if (repeat < 1) throw new IllegalArgumentException("repeat must be at least 1");
        for (Loaded l : loaded) l.subject().run(articles);
        List<List<Long>> times = new ArrayList<>();
        List<Pass> passes = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            times.add(new ArrayList<>());
            passes.add(null);
        }
        for (int r = 0; r < repeat; r++) {
            for (int i = 0; i < loaded.size(); i++) {
                long t0 = clock.getAsLong();
                Pass p = loaded.get(i).subject().run(articles);
                times.get(i).add(clock.getAsLong() - t0);
                passes.set(i, p);
            }
        }
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            Contender c = loaded.get(i).contender();
            out.add(new Result(c.name(), c.annotators(), loaded.get(i).loadNanos(), passes.get(i), times.get(i)));
        }
        return out;
    }
}
