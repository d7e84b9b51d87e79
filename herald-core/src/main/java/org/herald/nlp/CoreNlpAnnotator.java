package org.herald.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.herald.model.Article;

/**
 * Stanford CoreNLP behind {@link Annotator}: tokenize, ssplit, pos, lemma, ner (3 classes), depparse (UD), and SUTime
 * for the sentences' time expressions ({@link TimeMention}).
 * Loading takes seconds and gigabytes, so a process should hold one instance: use {@link #shared()}.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static volatile CoreNlpAnnotator shared;

    private final StanfordCoreNLP split;
    private final StanfordCoreNLP parse;
    private final TimeAnnotator time;
    private final int maxSentenceTokens;

    public CoreNlpAnnotator() {
        this(SentenceCap.DEFAULT_MAX_TOKENS);
    }

    /**
     * Two passes: tokenize and split, then tag and parse, so that sentences longer than {@code maxSentenceTokens}
     * can be cut in between ({@link SentenceCap}). CoreNLP shares the loaded models of both passes.
     */
    public CoreNlpAnnotator(int maxSentenceTokens) {
        if (maxSentenceTokens < 10) throw new IllegalArgumentException("a sentence cap under 10 tokens: " + maxSentenceTokens);
        this.maxSentenceTokens = maxSentenceTokens;
        this.split = new StanfordCoreNLP(properties("tokenize,ssplit"));
        this.parse = new StanfordCoreNLP(properties("pos,lemma,ner,depparse"), false);
        // SUTime resolves "Friday", "earlier this week", "two days ago" against the article date, tense included
        // ("will meet on Monday" is the next Monday). Run on its own after parsing: NER's built-in SUTime would
        // bring back the numeric classifiers switched off below.
        this.time = new TimeAnnotator("sutime", new Properties());
    }

    /** The per-process instance, loaded on first use. */
    public static CoreNlpAnnotator shared() {
        CoreNlpAnnotator local = shared;
        if (local == null) {
            synchronized (CoreNlpAnnotator.class) {
                local = shared;
                if (local == null) shared = local = new CoreNlpAnnotator();
            }
        }
        return local;
    }

    static Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        // A blank line ends a sentence: headlines and paragraphs never run into each other.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Herald's own dictionaries find countries, leaders and organisations; CoreNLP only needs to say
        // PERSON / ORGANIZATION / LOCATION. The fine-grained gazetteers and numeric/time classifiers are
        // most of the NER cost and are switched off.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        return p;
    }

    @Override
    public AnnotatedDoc annotate(Article article) {
        String text = article.fullText();
        Annotation annotation = new Annotation(text);
        split.annotate(annotation);
        List<CoreMap> sentences = SentenceCap.cut(text, annotation.get(CoreAnnotations.SentencesAnnotation.class), maxSentenceTokens);
        annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        parse.annotate(annotation);
        annotation.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        time.annotate(annotation);
        List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
        List<ParsedSentence> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            ParsedSentence p = convert(out.size(), text, s);
            out.add(p.withTimes(times(p, timexes == null ? List.of() : timexes)));
        }
        return new AnnotatedDoc(article, out);
    }

    /** The time expressions lying wholly inside the sentence, by character offsets (cut sentences keep theirs). */
    private static List<TimeMention> times(ParsedSentence p, List<CoreMap> timexes) {
        List<TimeMention> out = new ArrayList<>();
        if (p.size() == 0) return out;
        for (CoreMap t : timexes) {
            Integer begin = t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Timex x = t.get(TimeAnnotations.TimexAnnotation.class);
            if (begin == null || end == null || x == null) continue;
            int first = -1, last = -1;
            for (Token tok : p.tokens()) {
                if (tok.begin() >= begin && tok.end() <= end) {
                    if (first < 0) first = tok.index();
                    last = tok.index();
                }
            }
            if (first < 0 || p.token(first).begin() != begin || p.token(last).end() != end) continue;
            out.add(new TimeMention(first, last, t.get(CoreAnnotations.TextAnnotation.class), x.value(), x.timexType()));
        }
        return out;
    }

    private static ParsedSentence convert(int index, String text, CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(i + 1, l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), ner,
                    l.beginPosition(), l.endPosition()));
        }
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) deps.add(new Dependency(0, root.index(), "root"));
            for (SemanticGraphEdge e : graph.edgeListSorted()) {
                deps.add(new Dependency(e.getGovernor().index(), e.getDependent().index(), e.getRelation().toString()));
            }
        }
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new ParsedSentence(index, text.substring(begin, end), tokens, deps);
    }
}
