package org.herald.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.actors.ActorCode;
import org.herald.actors.ActorResolver;
import org.herald.dict.SpeechVerbs;
import org.herald.events.EventCoder;
import org.herald.figures.FigureFinder;
import org.herald.model.Attribution;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Figure;
import org.herald.model.Quote;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.ParsedSentence;
import org.herald.quotes.EventTriggers;
import org.herald.quotes.QuoteFinder;

/**
 * The stage after coding: finds the article's quotes and figures, attributes the events coded inside a quote to its
 * speaker (an event the coder already attributed keeps its attribution) and ties each figure to the event it belongs
 * to. Events change in nothing else.
 */
public final class QuotesAndFigures {
    /** No quotes or figures: the coded article as it is. */
    public static final QuotesAndFigures NONE = new QuotesAndFigures(null, null);

    private final QuoteFinder quotes;
    private final FigureFinder figures;

    public QuotesAndFigures(QuoteFinder quotes, FigureFinder figures) {
        this.quotes = quotes;
        this.figures = figures;
    }

    public static QuotesAndFigures standard() {
        return new QuotesAndFigures(QuoteFinder.standard(), FigureFinder.standard());
    }

    /**
     * {@code coded} with its quotes and figures; {@code actors} are its sentences' actors as the coder resolved them
     * ({@link EventCoder#coding}), one per sentence in order: speakers are the actors the events name.
     */
    public CodedArticle apply(AnnotatedDoc doc, CodedArticle coded, List<ActorResolver.SentenceActors> actors) {
        if (quotes == null || coded.isDiscarded()) return coded;
        if (actors.size() != doc.sentences().size()) {
            throw new IllegalArgumentException(actors.size() + " sentences of actors for " + doc.sentences().size() + " sentences");
        }
        String id = doc.article().id();
        List<Event> events = coded.events();
        QuoteFinder.Session session = quotes.session();
        List<Figure> found = new ArrayList<>();
        Map<Integer, Map<Integer, List<Integer>>> triggers = new HashMap<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            ParsedSentence s = doc.sentences().get(i);
            ActorResolver.SentenceActors sa = actors.get(i);
            if (sa.sentence() != s) throw new IllegalArgumentException("actors of another sentence at " + i);
            List<QuoteFinder.Found> here = session.sentence(sa);
            Map<Integer, List<Integer>> at = EventTriggers.in(s, events);
            triggers.put(s.index(), at);
            Map<Integer, Integer> eventAt = new HashMap<>();
            // A figure belongs to what happened, not to the statement reporting it.
            at.forEach((token, list) -> {
                if (!SpeechVerbs.isSpeech(s.token(token))) eventAt.put(token, list.get(0));
            });
            found.addAll(figures.find(id, s, t -> session.claimant(sa, here, t).map(sp -> new FigureFinder.Claimant(sp.code(), sp.text())), eventAt));
        }
        List<QuoteFinder.Found> all = new ArrayList<>(session.finish());
        // The smallest quote holding an event speaks for it: a direct quote inside a reported statement first.
        List<QuoteFinder.Found> bySize = new ArrayList<>(all);
        bySize.sort(Comparator.comparingInt(QuoteFinder.Found::size));
        List<Event> attributed = new ArrayList<>(events);
        Map<QuoteFinder.Found, List<Integer>> inside = new HashMap<>();
        for (QuoteFinder.Found f : bySize) {
            List<Integer> mine = new ArrayList<>();
            triggers.getOrDefault(f.sentence(), Map.of()).forEach((token, list) -> {
                if (f.covers(token)) mine.addAll(list);
            });
            mine.sort(Integer::compare);
            inside.put(f, mine);
            Attribution who = new Attribution(f.speakerCode(), f.speakerText());
            for (int i : mine) {
                if (better(Attribution.parse(attributed.get(i).attributedTo()), who)) attributed.set(i, attributed.get(i).withAttribution(who.toString()));
            }
        }
        List<Quote> out = new ArrayList<>();
        for (QuoteFinder.Found f : all) {
            out.add(new Quote(id, f.sentence(), f.begin(), f.end(), f.text(), f.kind(), f.speakerCode(), f.speakerText(), f.speakerHow(), f.verb(),
                    inside.getOrDefault(f, List.of())));
        }
        return coded.withClaims(attributed, out, found);
    }

    /**
     * Does the quote's speaker say more than the event's attribution? Yes when there is none, or when it names the
     * same words with a lesser code ("GOV (Foreign Ministry spokeswoman X)" where the story's ministry makes it RUSGOV).
     */
    static boolean better(Attribution had, Attribution spoken) {
        if (spoken.isEmpty()) return false;
        if (had.isEmpty()) return true;
        if (spoken.code().isEmpty() || !ActorCode.parse(spoken.code()).hasBase()) return false;
        // Same words: the quote stage knows more when the coder found no code, or a code of no country.
        return had.text().equals(spoken.text()) && (had.code().isEmpty() || !ActorCode.parse(had.code()).hasBase());
    }
}
