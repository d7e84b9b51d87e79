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
import org.herald.eval.Scores;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.pipeline.HeraldPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** herald eval: score Herald against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score coding against a JSON Lines gold file (--gold) or PLOVER gold sentences (--plover).")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", description = "JSON Lines gold: {\"id\",\"date\",\"text\",\"expected\":[{\"source\",\"target\",\"code\"}]}.")
    Path gold;

    @Option(names = "--plover", description = "PLOVER gold sentences: {\"id\",\"date\",\"text\",\"plover\",\"sources\",\"targets\"}.")
    Path plover;

    @Option(names = "--json", description = "Print a machine-readable summary instead of tables.")
    boolean json;

    @Option(names = "--misses", defaultValue = "true", negatable = true, description = "List the records missed (default on).")
    boolean listMisses;

    @Override
    public Integer call() throws Exception {
        if (gold == null && plover == null) {
            System.err.println("herald eval: give --gold FILE or --plover FILE");
            return 2;
        }
        HeraldPipeline pipeline = new HeraldPipeline(CoreNlpAnnotator.shared(), EventCoder.standard(false));
        Map<String, Object> summary = new LinkedHashMap<>();
        if (gold != null) summary.put("gold", gold(pipeline));
        if (plover != null) summary.put("plover", plover(pipeline));
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary));
        }
        return 0;
    }

    static List<Event> code(HeraldPipeline pipeline, GoldRecord r) {
        return pipeline.code(new Article(r.id(), r.date(), "gold", "", r.text()));
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
        PloverScorer scorer = new PloverScorer();
        for (GoldRecord r : GoldRecord.read(plover)) scorer.add(r, code(pipeline, r));
        if (!json) {
            System.out.println("== " + plover + " (" + scorer.records() + " records)");
            System.out.printf("PLOVER type recall          %.3f%n", scorer.typeRecall());
            System.out.printf("PLOVER type precision       %.3f  (%d typed events)%n", scorer.typePrecision(), scorer.typedEvents());
            System.out.printf("PLOVER type+source recall   %.3f%n", scorer.typeSourceRecall());
            printConfusion("type", scorer.confusion());
            if (listMisses) scorer.misses().forEach(m -> System.out.println("miss " + m));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", scorer.records());
        m.put("type_recall", scorer.typeRecall());
        m.put("type_precision", scorer.typePrecision());
        m.put("type_source_recall", scorer.typeSourceRecall());
        m.put("typed_events", scorer.typedEvents());
        m.put("confusion", scorer.confusion());
        m.put("misses", scorer.misses());
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
