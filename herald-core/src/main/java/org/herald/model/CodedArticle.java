package org.herald.model;

import java.util.List;

/**
 * An article after coding: its sentences' text, the actors named in them, and the events. {@code discarded} says
 * why a story was not coded at all ("sports story: Lakers, Celtics"); it is empty for a coded story. {@code quotes}
 * and {@code figures} are the story's quotations and numeric claims (empty until the pipeline has extracted them).
 */
public record CodedArticle(Article article, List<String> sentences, List<ActorMention> mentions, List<Event> events, String discarded,
                           List<Quote> quotes, List<Figure> figures) {
    public CodedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        discarded = discarded == null ? "" : discarded;
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public CodedArticle(Article article, List<String> sentences, List<ActorMention> mentions, List<Event> events, String discarded) {
        this(article, sentences, mentions, events, discarded, List.of(), List.of());
    }

    public CodedArticle(Article article, List<String> sentences, List<ActorMention> mentions, List<Event> events) {
        this(article, sentences, mentions, events, "");
    }

    /** A story not coded, and why. */
    public static CodedArticle discarded(Article article, String reason) {
        return new CodedArticle(article, List.of(), List.of(), List.of(), reason);
    }

    /** The same coding with these events (the same list, some attributed to speakers), quotes and figures. */
    public CodedArticle withClaims(List<Event> newEvents, List<Quote> newQuotes, List<Figure> newFigures) {
        return new CodedArticle(article, sentences, mentions, newEvents, discarded, newQuotes, newFigures);
    }

    public boolean isDiscarded() {
        return !discarded.isEmpty();
    }
}
