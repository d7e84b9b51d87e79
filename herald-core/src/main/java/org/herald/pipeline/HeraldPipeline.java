package org.herald.pipeline;

import java.util.List;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.Annotator;

/** Article -> AnnotatedDoc -> Events -> quotes and figures: the stages composed in one place. */
public final class HeraldPipeline {
    private final Annotator annotator;
    private final EventCoder coder;
    private final EventJudge judge;
    private final StoryDiscards discards;
    private final QuotesAndFigures claims;
    private final CodingStats stats = new CodingStats();

    public HeraldPipeline(Annotator annotator, EventCoder coder) {
        this(annotator, coder, EventJudge.NONE);
    }

    /** With a judge after the patterns (the learned model: confidence, model events). */
    public HeraldPipeline(Annotator annotator, EventCoder coder, EventJudge judge) {
        this(annotator, coder, judge, StoryDiscards.standard());
    }

    /** With the given story discards ({@link StoryDiscards#NONE} codes every story). */
    public HeraldPipeline(Annotator annotator, EventCoder coder, EventJudge judge, StoryDiscards discards) {
        this(annotator, coder, judge, discards, QuotesAndFigures.standard());
    }

    /** With the given quote and figure stage ({@link QuotesAndFigures#NONE} finds none). */
    public HeraldPipeline(Annotator annotator, EventCoder coder, EventJudge judge, StoryDiscards discards, QuotesAndFigures claims) {
        this.annotator = annotator;
        this.coder = coder;
        this.judge = judge;
        this.discards = discards;
        this.claims = claims;
    }

    public List<Event> code(Article article) {
        return codeArticle(article).events();
    }

    /** The whole coding of one article: sentences, actor mentions and events; or why it is not coded. */
    public CodedArticle codeArticle(Article article) {
        java.util.Optional<String> discard = discards.reason(article);
        if (discard.isPresent()) return CodedArticle.discarded(article, discard.get());
        long t0 = System.nanoTime();
        AnnotatedDoc doc = annotator.annotate(article);
        long t1 = System.nanoTime();
        EventCoder.Coding coding = coder.coding(doc);
        CodedArticle patterns = coding.article();
        CodedArticle judged = judge == EventJudge.NONE ? patterns
                : new CodedArticle(patterns.article(), patterns.sentences(), patterns.mentions(), judge.judge(coder, doc, patterns.events()));
        CodedArticle coded = claims.apply(doc, judged, coding.actors());
        long t2 = System.nanoTime();
        stats.add(doc.sentences().size(), coded.events().size(), t1 - t0, t2 - t1);
        return coded;
    }

    public CodingStats stats() { return stats; }
}
