package org.herald.pipeline;

import java.util.List;
import org.herald.events.EventCoder;
import org.herald.model.Event;
import org.herald.nlp.AnnotatedDoc;

/**
 * Judges the pattern events of a document after coding: gives them a confidence, may add events of its own (the
 * learned model in herald-learn does both). {@link #NONE} leaves the events as the patterns coded them.
 */
public interface EventJudge {
    EventJudge NONE = (coder, doc, events) -> events;

    List<Event> judge(EventCoder coder, AnnotatedDoc doc, List<Event> events);
}
