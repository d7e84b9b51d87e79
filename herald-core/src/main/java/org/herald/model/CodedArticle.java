package org.herald.model;

import java.util.List;

/** An article after coding: its sentences' text, the actors named in them, and the events. */
public record CodedArticle(Article article, List<String> sentences, List<ActorMention> mentions, List<Event> events) {
    public CodedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }
}
