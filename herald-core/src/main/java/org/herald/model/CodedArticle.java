package org.herald.model;

import java.util.List;

/**
 * An article after coding: its sentences' text, the actors named in them, and the events. {@code discarded} says
 * why a story was not coded at all ("sports story: Lakers, Celtics"); it is empty for a coded story.
 */
public record CodedArticle(Article article, List<String> sentences, List<ActorMention> mentions, List<Event> events, String discarded) {
    public CodedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        discarded = discarded == null ? "" : discarded;
    }

    public CodedArticle(Article article, List<String> sentences, List<ActorMention> mentions, List<Event> events) {
        this(article, sentences, mentions, events, "");
    }

    /** A story not coded, and why. */
    public static CodedArticle discarded(Article article, String reason) {
        return new CodedArticle(article, List.of(), List.of(), List.of(), reason);
    }

    public boolean isDiscarded() {
        return !discarded.isEmpty();
    }
}
