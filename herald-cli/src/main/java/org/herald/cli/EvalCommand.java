package org.herald.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herald.eval.GoldRecord;
import org.herald.eval.GoldScorer;
import org.herald.eval.PloverScorer;
import org.herald.eval.PlaceScorer;
import org.herald.eval.Scores;
import org.herald.actors.ActorDictionary;
import org.herald.events.CoderOptions;
import org.herald.events.EventCoder;
import org.herald.learn.EmbeddingCache;
import org.herald.learn.ExampleBank;
import org.herald.learn.LabelledExample;
import org.herald.learn.MiniLmEmbedder;
import org.herald.learn.ModelEvaluation;
import org.herald.events.ReadingRules;
import org.herald.model.Event;
import org.herald.petrarch.PetrarchDictionaries;
import org.herald.petrarch.PetrarchNotes;
import org.herald.petrarch.PetrarchSuite;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.pipeline.HeraldPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** herald eval: score Herald against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score coding against a JSON Lines gold file (--gold), PLOVER gold sentences (--plover) or the PETRARCH suite (--petrarch).")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", description = "JSON Lines gold: {\"id\",\"date\",\"text\",\"expected\":[{\"source\",\"target\",\"code\"}]}.")
    Path gold;

    @Option(names = "--places", description = "Gold place records: {\"id\",\"date\",\"text\",\"place\",\"country\",\"precision\",\"kind\"}: "
            + "where the event of each text's last sentence happened; scores the location Herald gives it (right country, right place).")
    Path places;

    @Option(names = "--plover", description = "PLOVER gold records: {\"id\",\"date\",\"text\",\"plover\",\"plover_alt\",\"sources\"}; "
            + "\"plover\": null marks a story with no political event (scored as the no-event rate).")
    Path plover;

    @Option(names = "--with-dictionaries", paramLabel = "DIR",
            description = "With --plover/--gold: code with these TABARI/PETRARCH dictionaries on top of Herald's own (as herald code --dictionaries).")
    Path withDictionaries;

    @Option(names = "--petrarch", description = "PETRARCH unit-test records (PETR.UnitTest.records.xml), coded with the dictionaries its <Environment> names.")
    Path petrarch;

    @Option(names = "--dictionaries", description = "Where --petrarch finds its dictionary files (default: ../dictionaries beside the records).")
    Path dictionaries;

    @Option(names = "--trace", paramLabel = "ID", split = ",",
            description = "With --petrarch: also print these records' UD parse and each event's explanation.")
    java.util.Set<String> trace = java.util.Set.of();

    @Option(names = "--model", description = "With --plover: also score the learned event-type model alone and fused with the patterns "
            + "(patterns, model, both), with a sweep of the fusion's add threshold.")
    boolean model;

    @Option(names = "--examples", paramLabel = "FILE", description = "With --model: labelled examples (dev-set format) added to Herald's bank.")
    List<Path> examples = new java.util.ArrayList<>();

    @Option(names = "--folds", paramLabel = "K", defaultValue = "0",
            description = "With --model: cross-validate, training on Herald's bank, --examples and the other K-1 folds of the gold file "
                    + "(default 0: the bank and --examples alone).")
    int folds;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where embeddings of the example bank are cached (default: $HERALD_CACHE or ~/.cache/herald).")
    Path cache;

    @Option(names = "--json", description = "Print a machine-readable summary instead of tables.")
    boolean json;

    @Option(names = "--misses", defaultValue = "true", negatable = true, description = "List the records missed, no-event records coded, events of a wrong type and records typed right with no source of the gold country (default on).")
    boolean listMisses;

    @Override
    public Integer call() throws Exception {
        if (gold == null && plover == null && petrarch == null && places == null) {
            System.err.println("herald eval: give --gold FILE, --plover FILE, --places FILE or --petrarch FILE");
            return 2;
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        if (petrarch != null) summary.put("petrarch", petrarch());
        if (gold == null && plover == null && places == null) {
            if (json) System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
            return 0;
        }
        EventCoder coder = withDictionaries == null ? EventCoder.standard(false)
                : PetrarchDictionaries.directory(withDictionaries, ActorDictionary.standard(), EventCoder.standardVerbs())
                        .coder(EventCoder.standardNouns(), CoderOptions.DEFAULT, ReadingRules.standard());
        HeraldPipeline pipeline = new HeraldPipeline(CoreNlpAnnotator.shared(), coder);
        if (gold != null) summary.put("gold", gold(pipeline));
        if (places != null) summary.put("places", places(coder));
        if (plover != null && !model) summary.put("plover", plover(pipeline));
        if (plover != null && model) summary.put("model", model(coder));
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
        }
        return 0;
    }

    static List<Event> code(HeraldPipeline pipeline, GoldRecord r) {
        return pipeline.code(r.article());
    }

    private Map<String, Object> places(EventCoder coder) {
        PlaceScorer scorer = PlaceScorer.score(GoldRecord.read(places), CoreNlpAnnotator.shared()::annotate, coder);
        if (!json) {
            System.out.println("== " + places + " (" + scorer.records() + " records)");
            System.out.printf("right country   %.3f%n", scorer.countryAccuracy());
            System.out.printf("right place     %.3f%n", scorer.placeAccuracy());
            System.out.println("kind            records  country    place");
            scorer.byKind().forEach((k, v) -> System.out.printf("  %-14s %6d  %7.3f  %7.3f%n", k, v[0], (double) v[1] / v[0], (double) v[2] / v[0]));
            if (listMisses) scorer.misses().forEach(m -> System.out.println("miss " + m));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", scorer.records());
        m.put("country_accuracy", scorer.countryAccuracy());
        m.put("place_accuracy", scorer.placeAccuracy());
        m.put("misses", scorer.misses());
        return m;
    }

    private Map<String, Object> gold(HeraldPipeline pipeline) {
        GoldScorer scorer = new GoldScorer();
        for (GoldRecord r : GoldRecord.read(gold)) scorer.add(r, code(pipeline, r));
        if (!json) {
            System.out.println("== " + gold);
            System.out.println("root code:   " + scorer.root());
            System.out.println("full code:   " + scorer.code());
            System.out.println("full triple: " + scorer.triple());
            printConfusion("root", scorer.confusion());
            if (listMisses) scorer.misses().forEach(m -> System.out.println("miss " + m));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("root", scores(scorer.root()));
        m.put("code", scores(scorer.code()));
        m.put("triple", scores(scorer.triple()));
        m.put("confusion", scorer.confusion());
        m.put("misses", scorer.misses());
        return m;
    }

    private Map<String, Object> plover(HeraldPipeline pipeline) {
        PloverScorer scorer = PloverScorer.score(GoldRecord.read(plover), r -> code(pipeline, r));
        if (!json) {
            System.out.println("== " + plover + " (" + scorer.records() + " labelled records, " + scorer.noEventRecords() + " no-event records)");
            System.out.printf("PLOVER type recall          %.3f%n", scorer.typeRecall());
            System.out.printf("PLOVER type precision       %.3f  (%d typed events)%n", scorer.typePrecision(), scorer.typedEvents());
            System.out.printf("PLOVER type+source recall   %.3f%n", scorer.typeSourceRecall());
            if (scorer.noEventRecords() > 0) System.out.printf("no-event rate               %.3f%n", scorer.noEventRate());
            System.out.println("type          gold  found  recall   events  correct  precision");
            scorer.byType().forEach((k, v) -> System.out.printf("  %-10s %5d  %5d  %6.3f   %6d  %7d  %9.3f%n", k, v.records(), v.hits(), v.recall(),
                    v.events(), v.correct(), v.precision()));
            printConfusion("type", scorer.confusion());
            if (listMisses) {
                scorer.misses().forEach(m -> System.out.println("miss " + m));
                scorer.falseAlarms().forEach(m -> System.out.println("no-event coded " + m));
                scorer.wrongTyped().forEach(m -> System.out.println("wrong type " + m));
                scorer.sourceMisses().forEach(m -> System.out.println("source miss " + m));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", scorer.records());
        m.put("type_recall", scorer.typeRecall());
        m.put("type_precision", scorer.typePrecision());
        m.put("type_source_recall", scorer.typeSourceRecall());
        m.put("typed_events", scorer.typedEvents());
        m.put("no_event_records", scorer.noEventRecords());
        m.put("no_event_rate", scorer.noEventRate());
        Map<String, Object> types = new LinkedHashMap<>();
        scorer.byType().forEach((k, v) -> types.put(k, Map.of("records", v.records(), "recall", v.recall(), "events", v.events(),
                "precision", v.precision())));
        m.put("types", types);
        m.put("confusion", scorer.confusion());
        m.put("misses", scorer.misses());
        m.put("no_event_coded", scorer.falseAlarms());
        m.put("wrong_type", scorer.wrongTyped());
        m.put("source_miss", scorer.sourceMisses());
        return m;
    }

    private Map<String, Object> model(EventCoder coder) {
        List<LabelledExample> extra = new java.util.ArrayList<>();
        for (Path p : examples) extra.addAll(ExampleBank.file(p));
        ModelEvaluation.Run run = ModelEvaluation.run(GoldRecord.read(plover), CoreNlpAnnotator.shared()::annotate, coder, MiniLmEmbedder.shared(),
                extra, folds, cache == null ? EmbeddingCache.defaultDirectory() : cache);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folds", run.folds());
        m.put("patterns", brief(run.patterns()));
        m.put("model", brief(run.model()));
        m.put("both", brief(run.both()));
        Map<String, Object> sweep = new LinkedHashMap<>();
        run.bothByAdd().forEach((a, s) -> sweep.put(a, brief(s)));
        m.put("both_by_add", sweep);
        Map<String, Object> alone = new LinkedHashMap<>();
        run.modelByAdd().forEach((a, s) -> alone.put(a, brief(s)));
        m.put("model_by_add", alone);
        if (!json) {
            System.out.println("== " + plover + (run.folds() > 1 ? " (" + run.folds() + "-fold cross-validation; each fold typed by a model trained on "
                    + "Herald's bank, --examples and the other folds)" : " (model trained on Herald's bank and --examples only)"));
            System.out.println("run        recall  precision  no-event rate  typed events");
            row("patterns", run.patterns());
            row("model", run.model());
            row("both", run.both());
            System.out.printf("fusion settings: add %.2f, add_coded %.2f, none %.2f, overrule %.2f, min confidence %.2f; model alone at %.2f%n",
                    run.settings().add(), run.settings().addCoded(), run.settings().none(), run.settings().overrule(), run.settings().minConfidence(),
                    run.settings().alone());
            System.out.println("both, by the add thresholds (recall, precision, no-event rate, typed events):");
            run.bothByAdd().forEach((a, s) -> row("  " + a, s, 58));
            run.modelByAdd().forEach((a, s) -> row("  " + a, s, 58));
        }
        return m;
    }

    private static void row(String name, PloverScorer s) {
        row(name, s, 10);
    }

    /** One line of the patterns / model / both table, the name in a column {@code width} wide. */
    private static void row(String name, PloverScorer s, int width) {
        System.out.printf("%-" + width + "s %6.3f  %9.3f  %13.3f  %12d%n", name, s.typeRecall(), s.typePrecision(), s.noEventRate(), s.typedEvents());
    }

    private static Map<String, Object> brief(PloverScorer s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type_recall", s.typeRecall());
        m.put("type_precision", s.typePrecision());
        m.put("no_event_rate", s.noEventRate());
        m.put("typed_events", s.typedEvents());
        return m;
    }

    private Map<String, Object> petrarch() {
        PetrarchNotes notes = PetrarchNotes.load();
        PetrarchSuite.Result r = PetrarchSuite.run(petrarch, dictionaries, notes, trace);
        if (!json) {
            System.out.println("== " + petrarch);
            for (PetrarchSuite.Outcome o : r.outcomes()) {
                String status = o.excluded() ? "SKIP" : o.passed() ? "PASS" : "FAIL";
                System.out.printf("%s %-22s %-10s expected [%s] got [%s]%s%n", status, o.id(), o.category(), o.expected(), o.got(),
                        o.reason().isEmpty() ? "" : "  -- " + o.reason());
                if (!o.trace().isEmpty()) System.out.print(o.trace());
            }
            System.out.println("category    passed / included");
            r.byCategory().forEach((k, v) -> System.out.printf("  %-10s %3d / %3d%n", k, v[0], v[1]));
            System.out.printf("PETRARCH suite: %d of %d included records pass (%.1f%%), %d excluded%n", r.passed(), r.included(),
                    100 * r.passRate(), r.outcomes().size() - r.included());
            r.unnoted(notes).forEach(u -> System.err.println("herald eval: " + u));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("included", r.included());
        m.put("passed", r.passed());
        m.put("pass_rate", r.passRate());
        Map<String, Object> cats = new LinkedHashMap<>();
        r.byCategory().forEach((k, v) -> cats.put(k, Map.of("passed", v[0], "included", v[1])));
        m.put("categories", cats);
        m.put("failures", r.outcomes().stream().filter(o -> !o.excluded() && !o.passed())
                .map(o -> Map.of("id", o.id(), "expected", o.expected(), "got", o.got(), "reason", o.reason())).toList());
        return m;
    }

    private static Map<String, Object> scores(Scores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", s.precision());
        m.put("recall", s.recall());
        m.put("f1", s.f1());
        m.put("true_positives", s.truePositives());
        m.put("predicted", s.predicted());
        m.put("expected", s.expected());
        return m;
    }

    private static void printConfusion(String what, Map<String, Map<String, Integer>> confusion) {
        System.out.println("confusion (" + what + ": expected -> predicted counts)");
        confusion.forEach((k, v) -> System.out.printf("  %-10s %s%n", k, v));
    }
}
