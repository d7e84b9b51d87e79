package org.herald.pipeline;

import java.util.List;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.Annotator;

/** Article -> AnnotatedDoc -> Events: the stages composed in one place. */
public final class HeraldPipeline {
    private final Annotator annotator;
    private final EventCoder coder;
    private final CodingStats stats = new CodingStats();

    public HeraldPipeline(Annotator annotator, EventCoder coder) {
        this.annotator = annotator;
        this.coder = coder;
    }

    public List<Event> code(Article article) {
        long t0 = System.nanoTime();
        AnnotatedDoc doc = annotator.annotate(article);
        long t1 = System.nanoTime();
        List<Event> events = coder.code(doc);
        long t2 = System.nanoTime();
        stats.add(doc.sentences().size(), events.size(), t1 - t0, t2 - t1);
        return events;
    }

    public CodingStats stats() { return stats; }
}
