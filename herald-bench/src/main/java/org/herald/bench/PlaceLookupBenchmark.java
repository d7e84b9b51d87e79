package org.herald.bench;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.herald.actors.ActorDictionary;
import org.herald.actors.ActorResolver;
import org.herald.dict.Resources;
import org.herald.geo.Gazetteer;
import org.herald.geo.StoryPlaces;
import org.herald.model.Article;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.nlp.ParsedSentence;
import org.herald.read.InputFormat;
import org.herald.read.Inputs;
import org.herald.read.ReadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Place lookup per sentence (issue 10): what {@link StoryPlaces#of} costs, the step that finds and resolves a story's
 * places in the embedded {@link Gazetteer} before the coder places its events.
 *
 * <p>Both benchmarks run over the sentences of the sample articles of {@code herald demo} (herald-cli's
 * {@code samples/*.txt}, copied into this jar at build time), annotated once with {@link CoreNlpAnnotator} in the
 * trial's setup, so CoreNLP is not measured. One invocation walks every sample article and counts as
 * {@value #SENTENCES} operations, so the scores are microseconds per sentence.
 *
 * <p>Baseline, {@link #actorLookup}: the actor dictionary lookup the coder already does for every sentence, exactly as
 * {@code EventCoder} does it: one {@link ActorResolver} per article over {@link ActorDictionary#standard()},
 * {@link ActorResolver#resolve} on each sentence in order (dictionary phrase matching plus resolution of every noun
 * phrase head). It is the sibling step of place lookup (dictionary words in, codes out, same sentences, same
 * process), so "places cost R times the actor lookup" says what the gazetteer adds to the per-sentence cost of
 * coding. A raw per-token {@link Gazetteer#candidates} loop was not chosen: it is part of what {@code StoryPlaces}
 * does, so the ratio would only say how much of it is context rules, not whether lookup is cheap next to the coder.
 *
 * <p>Run: {@code java -jar herald-bench/target/benchmarks.jar PlaceLookupBenchmark}: two forks of each benchmark (JIT
 * outcomes differ between JVMs), each with a 6 GB heap for CoreNLP, 5 x 2 s warmup and 5 x 2 s measurement; 2 to 3
 * minutes in all, most of it CoreNLP loading in each fork's setup. Report the ratio storyPlaces / actorLookup of the
 * same run: absolute microseconds drift by a third between runs on a shared 2-core machine, the ratio much less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlaceLookupBenchmark {
    /** The same files as herald-cli's {@code DemoCommand.SAMPLES}. */
    static final List<String> SAMPLES = List.of("samples/ceasefire-talks.txt", "samples/sanctions-dispute.txt", "samples/border-protests.txt");
    /** Sentences CoreNLP finds in {@link #SAMPLES} (headlines included); the setup fails if the samples change. */
    static final int SENTENCES = 19;

    private Gazetteer gazetteer;
    private ActorDictionary actors;
    private List<AnnotatedDoc> docs;

    @Setup(Level.Trial)
    public void setup() {
        gazetteer = Gazetteer.standard();
        actors = ActorDictionary.standard();
        docs = annotatedSamples();
        int sentences = docs.stream().mapToInt(d -> d.sentences().size()).sum();
        if (sentences != SENTENCES) {
            throw new IllegalStateException("the samples have " + sentences + " sentences, SENTENCES says " + SENTENCES
                    + ": update it so the scores stay per sentence");
        }
        // CoreNLP's models are garbage now: collect them before measuring.
        System.gc();
    }

    static List<AnnotatedDoc> annotatedSamples() {
        Inputs reader = new Inputs(InputFormat.WIRE, Optional.empty(), InputStream.nullInputStream());
        List<Article> articles = new ArrayList<>();
        for (String name : SAMPLES) {
            ReadResult r = reader.readText(name, Resources.text(name));
            if (!r.errors().isEmpty()) throw new IllegalStateException("bundled sample is malformed: " + r.errors());
            articles.addAll(r.articles());
        }
        CoreNlpAnnotator nlp = new CoreNlpAnnotator();
        List<AnnotatedDoc> out = new ArrayList<>();
        for (Article a : articles) out.add(nlp.annotate(a));
        return out;
    }

    /** Finds and resolves every sample story's places. */
    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void storyPlaces(Blackhole bh) {
        for (AnnotatedDoc doc : docs) bh.consume(StoryPlaces.of(gazetteer, doc));
    }

    /** Baseline: resolves every sentence's actors as the coder does. */
    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public void actorLookup(Blackhole bh) {
        for (AnnotatedDoc doc : docs) {
            LocalDate date = doc.article().date();
            ActorResolver resolver = new ActorResolver(actors, date);
            for (ParsedSentence s : doc.sentences()) bh.consume(resolver.resolve(s));
        }
    }
}
