package org.herald.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herald.actors.ActorDictionary;
import org.herald.events.CoderOptions;
import org.herald.events.EventCoder;
import org.herald.events.PatternDictionary;
import org.herald.events.ReadingRules;
import org.herald.petrarch.PetrarchDictionaries;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.pipeline.HeraldPipeline;
import org.herald.pipeline.StoryDiscards;
import org.herald.pipeline.TimeBox;
import org.herald.read.InputError;
import org.herald.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** herald code: read articles, code events, write them. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code political events from articles (wire text, JSON Lines, plain text or WARC web archives).")
final class CodeCommand implements Callable<Integer> {
    @Mixin InputOptions input;

    @Mixin ArticleOptions article;

    @Mixin ModelOptions model;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or table (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--explain", description = "Show for each event the trigger, pattern (file:line) and how source and target were found.")
    boolean explain;

    @Option(names = "--stats", description = "Print counts, sentences/s and time per stage to stderr.")
    boolean stats;

    @Option(names = "--keep-negated", description = "Keep negated events (flagged negated=true) instead of dropping them.")
    boolean keepNegated;

    @Option(names = "--story-country", description = "A role its sentence gives no country (\"the ministry\", \"protesters\") takes the story's dominant country (the one most of its sentences name). Off by default: the sentence alone decides.")
    boolean storyCountry;

    @Option(names = "--claims", description = "With jsonl: also write each quote and figure as a line of its own (\"record\": \"quote\" or \"figure\"), those tied to no event included.")
    boolean claims;

    @Option(names = "--dictionaries", description = "A directory of TABARI/PETRARCH dictionaries (*verb*, *actor*, *agent*, *discard*, *issue* files) used on top of Herald's own.")
    java.nio.file.Path dictionaries;

    @Option(names = "--dictionaries-only", description = "With --dictionaries: code with those dictionaries alone, as PETRARCH would (dyads only, no verb combinations).")
    boolean dictionariesOnly;

    @Override
    public Integer call() {
        EventFormat fmt;
        try {
            fmt = EventFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("herald: unknown --format '" + format + "' (use jsonl, csv or table)");
            return 2;
        }
        java.time.Duration limit = article.articleTimeout(); // a bad value is refused before any input is read
        long r0 = System.nanoTime();
        ReadResult read = input.read(article);
        long readNanos = System.nanoTime() - r0;
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        EventCoder coder;
        try {
            coder = coder();
        } catch (org.herald.dict.DictionaryException e) {
            System.err.println("herald: " + e.getMessage());
            return 2;
        }
        org.herald.pipeline.EventJudge judge;
        try {
            judge = dictionariesOnly ? org.herald.pipeline.EventJudge.NONE : model.judge();
        } catch (org.herald.dict.DictionaryException | java.io.UncheckedIOException e) {
            System.err.println("herald: " + e.getMessage());
            return 2;
        }
        int status;
        try (TimeBox box = new TimeBox(limit)) {
            status = codeAll(read.articles(), coder, judge, dictionariesOnly ? StoryDiscards.NONE : article.storyDiscards(), box, fmt, out, explain, stats, readNanos, claims);
        }
        return Math.max(status, input.reportErrors(read.errors()));
    }

    private EventCoder coder() {
        CoderOptions options = CoderOptions.DEFAULT.withKeepNegated(keepNegated).withStoryCountry(storyCountry);
        if (dictionaries == null) return EventCoder.standard(options);
        PetrarchDictionaries d = dictionariesOnly
                ? PetrarchDictionaries.directory(dictionaries, ActorDictionary.empty(), PatternDictionary.of(List.of()))
                : PetrarchDictionaries.directory(dictionaries, ActorDictionary.standard(), EventCoder.standardVerbs());
        d.unsupported().forEach(u -> System.err.println("herald: not used: " + u));
        System.err.println("herald: dictionaries " + d.files());
        CoderOptions o = dictionariesOnly ? CoderOptions.PETRARCH.withKeepNegated(true) : options;
        return dictionariesOnly ? d.coder(PatternDictionary.of(List.of()), o) : d.coder(EventCoder.standardNouns(), o, ReadingRules.standard());
    }

    /** Codes the articles and writes events; returns 1 if any article failed inside the pipeline. */
    static int codeAll(List<Article> articles, EventCoder coder, org.herald.pipeline.EventJudge judge, StoryDiscards discards, TimeBox box,
                       EventFormat fmt, PrintWriter out,
                       boolean explain, boolean stats, long readNanos) {
        return codeAll(articles, coder, judge, discards, box, fmt, out, explain, stats, readNanos, false);
    }

    /** As above; {@code claims} writes every quote and figure too (JSON Lines). */
    static int codeAll(List<Article> articles, EventCoder coder, org.herald.pipeline.EventJudge judge, StoryDiscards discards, TimeBox box,
                       EventFormat fmt, PrintWriter out,
                       boolean explain, boolean stats, long readNanos, boolean claims) {
        long l0 = System.nanoTime();
        HeraldPipeline pipeline = new HeraldPipeline(CoreNlpAnnotator.shared(), coder, judge, discards);
        long loadNanos = System.nanoTime() - l0;
        pipeline.stats().addRead(readNanos);
        EventFormat.Sink sink = fmt.open(out, explain);
        int status = 0;
        for (Article a : articles) {
            org.herald.model.CodedArticle coded;
            try {
                coded = box.run(() -> pipeline.codeArticle(a));
                if (coded.isDiscarded()) System.err.println("herald: not coded " + a.id() + ": " + coded.discarded() + " (--no-story-discards codes it)");
            } catch (TimeBox.OverTime e) {
                System.err.println(ArticleOptions.overTime(a.id(), e));
                status = 1;
                continue;
            } catch (RuntimeException e) {
                System.err.println("herald: skipped " + new InputError(a.id(), 0, "could not be coded: " + e));
                status = 1;
                continue;
            }
            sink.article(coded, claims);
            out.flush();
        }
        sink.close();
        if (stats) System.err.println(pipeline.stats().report(loadNanos));
        return status;
    }
}
