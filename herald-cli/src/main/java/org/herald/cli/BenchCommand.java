package org.herald.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.herald.cli.Benchmark.Contender;
import org.herald.cli.Benchmark.Pass;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.Annotator;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.nlp.ParsedSentence;
import org.herald.pipeline.HeraldPipeline;
import org.herald.read.InputFormat;
import org.herald.read.Inputs;
import org.herald.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** herald bench: Herald's whole coding pipeline against plain CoreNLP's default pipeline on the same texts. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Time Herald's coding pipeline (CoreNLP tokenize,ssplit,pos,lemma,ner,depparse + actor and event coding, "
                    + "article to events) against plain CoreNLP's default pipeline annotating the same texts.",
            "The baseline is new StanfordCoreNLP(props) with annotators " + BenchCommand.DEFAULT_BASELINE
                    + " (CoreNLP's classic command-line default without coref) and CoreNLP's defaults for every other "
                    + "setting. CoreNLP 4.5.10's bundled StanfordCoreNLP.properties names tokenize,ssplit,pos,lemma,ner,"
                    + "depparse,coref,kbp instead; pass that to --baseline-annotators to compare with it.",
            "Each pipeline is loaded once (Herald first, in a fresh JVM, so its load is not flattered), gets one "
                    + "warm-up pass, then --repeat timed passes, interleaved; seconds is the median pass. "
                    + "ratio = baseline seconds / Herald seconds: above 1, Herald is faster.",
            "Needs ~4-6 GB heap for both pipelines at once: HERALD_HEAP=6g bin/herald bench."})
final class BenchCommand implements Callable<Integer> {
    static final String DEFAULT_BASELINE = "tokenize,ssplit,pos,lemma,ner,parse";
    static final String HERALD_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse + Herald coder";

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Files, directories, globs, or - for stdin (default: the samples of herald demo).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--input-format", defaultValue = "auto", description = "auto, wire, jsonl or text (default: ${DEFAULT-VALUE}).",
            converter = InputOptions.FormatConverter.class)
    InputFormat format;

    @Option(names = "--date", description = "Date for plain-text inputs and JSON lines without one (YYYY-MM-DD).")
    LocalDate date;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed passes per pipeline after the warm-up (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--json", description = "Print a machine-readable summary instead of the table.")
    boolean json;

    @Option(names = "--load-only", description = "Only load the pipelines and report load times: CoreNLP's annotators vs "
            + "Herald's dictionaries and patterns (budget: 3 s).")
    boolean loadOnly;

    @Option(names = "--herald-only", description = "Measure Herald's pipeline alone (debugging).")
    boolean heraldOnly;

    @Option(names = "--baseline-only", description = "Measure the CoreNLP baseline alone (debugging).")
    boolean baselineOnly;

    @Option(names = "--baseline-annotators", defaultValue = DEFAULT_BASELINE,
            description = "Annotators of the CoreNLP baseline (default: ${DEFAULT-VALUE}).")
    String baselineAnnotators;

    @Override
    public Integer call() {
        if (repeat < 1) {
            System.err.println("herald bench: --repeat must be at least 1");
            return 2;
        }
        if (heraldOnly && baselineOnly) {
            System.err.println("herald bench: --herald-only and --baseline-only exclude each other");
            return 2;
        }
        int status = 0;
        List<Article> articles;
        if (inputs.isEmpty()) {
            articles = DemoCommand.samples();
        } else {
            ReadResult read = new Inputs(format, Optional.ofNullable(date), System.in).read(inputs);
            read.errors().forEach(e -> System.err.println("herald: skipped " + e));
            status = read.errors().isEmpty() ? 0 : 1;
            articles = read.articles();
        }
        if (articles.isEmpty() && !loadOnly) {
            System.err.println("herald bench: no articles to measure");
            return Math.max(status, 1);
        }
        List<Contender> contenders = new ArrayList<>();
        if (!baselineOnly) contenders.add(herald());
        if (!heraldOnly) contenders.add(baseline(baselineAnnotators));
        run(new Benchmark(System::nanoTime), contenders, articles, System.out);
        return status;
    }

    /** Loads, measures and prints; the seam the tests drive with a fake clock and fake pipelines. */
    void run(Benchmark bench, List<Contender> contenders, List<Article> articles, PrintStream out) {
        List<Benchmark.Loaded> loaded = new ArrayList<>();
        for (Contender c : contenders) {
            System.err.println("herald bench: loading " + c.name() + " (" + c.annotators() + ")...");
            loaded.add(bench.load(c));
        }
        List<Benchmark.Result> results;
        if (loadOnly) {
            results = Benchmark.loadOnly(loaded);
        } else {
            System.err.println("herald bench: " + articles.size() + " articles, 1 warm-up + " + repeat + " timed passes each...");
            results = bench.measure(loaded, articles, repeat);
        }
        BenchReport report = new BenchReport(results, repeat, loadOnly);
        if (json) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.json()));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            out.print(report.table());
        }
        out.flush();
    }

    /** Herald end to end: dictionaries and patterns (timed on first construction), CoreNLP, the learned model, then article -> events. */
    static Contender herald() {
        return new Contender(BenchReport.HERALD, HERALD_ANNOTATORS, timer -> {
            // Dictionaries first: in a fresh JVM they pay their own class loading, so the budget check is not flattered.
            EventCoder coder = timer.time(BenchReport.DICTIONARIES, () -> EventCoder.standard(false));
            Annotator nlp = timer.time(BenchReport.CORENLP, CoreNlpAnnotator::shared);
            // The gazetteer loads on its own thread from the coder's construction; what is left of it after CoreNLP is added time.
            timer.time(BenchReport.PLACES, org.herald.geo.Gazetteer::standard);
            // The learned model as `herald code` runs it: embedder, bank embeddings (disk cache) and training.
            org.herald.pipeline.EventJudge model = timer.time(BenchReport.MODEL, org.herald.learn.EventModel::shared);
            return articles -> {
                long[] tokens = {0};
                Annotator counting = a -> {
                    AnnotatedDoc doc = nlp.annotate(a);
                    for (ParsedSentence s : doc.sentences()) tokens[0] += s.size();
                    return doc;
                };
                HeraldPipeline pipeline = new HeraldPipeline(counting, coder, model);
                long sentences = 0;
                for (Article a : articles) {
                    CodedArticle coded = pipeline.codeArticle(a);
                    sentences += coded.sentences().size();
                }
                return new Pass(articles.size(), sentences, tokens[0]);
            };
        });
    }

    /** Plain CoreNLP with the given annotators and its own defaults otherwise, annotating the same full texts. */
    static Contender baseline(String annotators) {
        return new Contender(BenchReport.BASELINE, annotators, timer -> {
            // CoreNLP keeps loaded annotators in a static pool keyed by their settings; clearing it makes the baseline
            // load its own models instead of borrowing the ones Herald's pipeline has just loaded.
            StanfordCoreNLP.clearAnnotatorPool();
            Properties props = new Properties();
            props.setProperty("annotators", annotators);
            StanfordCoreNLP nlp = timer.time(BenchReport.CORENLP, () -> new StanfordCoreNLP(props));
            return articles -> {
                long sentences = 0, tokens = 0;
                for (Article a : articles) {
                    Annotation doc = new Annotation(a.fullText());
                    nlp.annotate(doc);
                    List<CoreMap> ss = doc.get(CoreAnnotations.SentencesAnnotation.class);
                    if (ss == null) continue;
                    sentences += ss.size();
                    for (CoreMap s : ss) tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
                }
                return new Pass(articles.size(), sentences, tokens);
            };
        });
    }
}
