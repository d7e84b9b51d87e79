package org.herald.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.actors.Actor;
import org.herald.actors.ActorDictionary;
import org.herald.actors.ActorResolver;
import org.herald.actors.PhraseMatch;
import org.herald.codes.CameoCodebook;
import org.herald.model.ActorMention;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.ParsedSentence;

/**
 * Codes events from dependency trees. A verb matching a verb pattern (or a light verb carrying an event noun:
 * "engage in conversations", "impose a tariff") is an event whose source is its subject (climbing through
 * xcomp/advcl/conj when the verb has none) and whose target is its object or a prepositional argument. Event
 * nouns ("talks with", "threats of ... against") are coded on their own when nothing governs them.
 */
public final class EventCoder {
    final PatternDictionary verbs;
    final Combinations combinations;
    /** Stands in for verbs without a pattern under "must"/"should" in another actor's reported speech. */
    final Pattern modalDemand = new Pattern("modal.must", "100", Set.of(), List.of(), true, false, List.of(), "(built in)", 0);
    final PatternDictionary nouns;
    final ActorDictionary actors;
    final CameoCodebook codes;
    final CoderOptions options;
    final ReadingRules rules;

    /** A coder on other dictionaries (PETRARCH's): it codes as they say, without Herald's {@link ReadingRules}. */
    public EventCoder(PatternDictionary verbs, PatternDictionary nouns, Combinations combinations, ActorDictionary actors,
                      CameoCodebook codes, CoderOptions options) {
        this(verbs, nouns, combinations, actors, codes, options, ReadingRules.NONE);
    }

    public EventCoder(PatternDictionary verbs, PatternDictionary nouns, Combinations combinations, ActorDictionary actors,
                      CameoCodebook codes, CoderOptions options, ReadingRules rules) {
        this.rules = rules;
        this.verbs = verbs;
        this.combinations = combinations;
        this.options = options;
        this.nouns = nouns;
        this.actors = actors;
        this.codes = codes;
    }

    /** Herald's shipped dictionaries. */
    public static EventCoder standard(boolean keepNegated) {
        return standard(CoderOptions.DEFAULT.withKeepNegated(keepNegated));
    }

    public static EventCoder standard(CoderOptions options) {
        return new EventCoder(standardVerbs(), standardNouns(), Combinations.standard(), ActorDictionary.standard(),
                CameoCodebook.standard(), options, ReadingRules.standard());
    }

    // Parsed once per process: every coder (one per test, per request option set) shares these immutable tables.
    private static volatile PatternDictionary standardVerbs;
    private static volatile PatternDictionary standardNouns;

    public static PatternDictionary standardVerbs() {
        if (standardVerbs == null) standardVerbs = handAndLexicon(PatternDictionary.VERBS, PatternDictionary.LEXICON_VERBS);
        return standardVerbs;
    }

    public static PatternDictionary standardNouns() {
        if (standardNouns == null) standardNouns = handAndLexicon(PatternDictionary.NOUNS, PatternDictionary.LEXICON_NOUNS);
        return standardNouns;
    }

    /** A hand table with the generated lexicon behind it. */
    private static PatternDictionary handAndLexicon(String hand, String lexicon) {
        return PatternDictionary.resource(hand, CameoCodebook.standard()).withLexicon(PatternDictionary.resource(lexicon, CameoCodebook.standard()));
    }

    /** The actor dictionary this coder resolves actors with (for later stages that resolve speakers the same way). */
    public ActorDictionary actorDictionary() { return actors; }

    public List<Event> code(AnnotatedDoc doc) {
        return codeArticle(doc).events();
    }

    /** Events plus the actor mentions of every sentence, for storage. */
    public CodedArticle codeArticle(AnnotatedDoc doc) {
        return coding(doc).article();
    }

    /**
     * The coded article and the actors of each of its sentences as the coder resolved them (in story order, so
     * pronouns read as the coder read them): later stages that ask who a phrase names (the quote stage's speakers)
     * take these rather than resolving the story a second time, and so agree with the events' actors.
     */
    public record Coding(CodedArticle article, List<ActorResolver.SentenceActors> actors) {
        public Coding {
            actors = List.copyOf(actors);
        }
    }

    /** {@link #codeArticle} with the sentences' resolved actors. */
    public Coding coding(AnnotatedDoc doc) {
        List<ActorMention> mentions = new ArrayList<>();
        List<ActorResolver.SentenceActors> resolved = new ArrayList<>();
        List<Event> events = codeInto(doc, mentions, resolved);
        return new Coding(new CodedArticle(doc.article(), doc.sentences().stream().map(ParsedSentence::text).toList(), mentions, events), resolved);
    }

    /**
     * A model's call on one sentence: code it as {@code code} of PLOVER type {@code type}, saying {@code why}; with
     * {@code unknownActors}, keep the event even when the sentence names no actor for it.
     */
    public record ModelCall(String code, String type, String why, boolean unknownActors) {}

    /**
     * Events the learned model adds where the patterns found none of its type: for each called sentence, its main
     * predicate with its subject and object actors resolved as usual (pronouns read in story order), the call's code,
     * pattern {@code model:TYPE}. Herald's non-political contexts apply as to pattern events.
     */
    public List<Event> modelEvents(AnnotatedDoc doc, java.util.Map<Integer, ModelCall> calls) {
        List<Event> out = new ArrayList<>();
        if (calls.isEmpty()) return out;
        eachSentence(doc, (sc, sa) -> {
            ModelCall call = calls.get(sc.s.index());
            return call == null ? List.of() : sc.modelEvent(call);
        }, out, null);
        return out;
    }

    /**
     * Where an event of a sentence's main predicate would be placed (as {@link Event#location()}), with the story's
     * places and the sentence's actors resolved as in coding; {@link org.herald.model.Location#NONE} if nowhere.
     */
    public org.herald.model.Location placeOf(AnnotatedDoc doc, int sentence) {
        ActorResolver resolver = new ActorResolver(actors, doc.article().date());
        List<List<PhraseMatch>> matches = storyMatches(doc);
        org.herald.geo.StoryPlaces places = org.herald.geo.StoryPlaces.of(rules.places(), doc, actorCountries(matches));
        for (int i = 0; i < doc.sentences().size(); i++) {
            ParsedSentence s = doc.sentences().get(i);
            ActorResolver.SentenceActors sa = resolver.resolve(s, matches.get(i));
            if (s.index() != sentence) continue;
            List<Integer> roots = s.roots();
            return roots.isEmpty() ? org.herald.model.Location.NONE : new EventPlaces(s, sa, places).eventLocation(roots.get(0), null, null);
        }
        return org.herald.model.Location.NONE;
    }

    /** What to code in one sentence, given its coder and its resolved actors. */
    private interface SentenceWork {
        List<Event> apply(SentenceCoder coder, ActorResolver.SentenceActors sa);
    }

    /**
     * Walks the story's sentences in order with one actor resolver (so pronouns read across sentences), skipping
     * discarded sentences (still resolved, for pronouns), and keeps the events {@code work} codes that Herald's
     * non-political contexts allow (in the sentence or, for unattributed events, the one before). Each sentence's
     * resolved actors go to {@code resolved} when it is not null.
     */
    private void eachSentence(AnnotatedDoc doc, SentenceWork work, List<Event> out, List<ActorResolver.SentenceActors> resolved) {
        ActorResolver resolver = new ActorResolver(actors, doc.article().date());
        List<List<PhraseMatch>> matches = storyMatches(doc);
        org.herald.geo.StoryPlaces places = org.herald.geo.StoryPlaces.of(rules.places(), doc, actorCountries(matches));
        Optional<String> dominant = options.storyCountry() ? dominantCountry(doc, matches, places) : Optional.empty();
        ParsedSentence previous = null;
        for (int i = 0; i < doc.sentences().size(); i++) {
            ParsedSentence s = doc.sentences().get(i);
            ParsedSentence before = previous;
            previous = s;
            ActorResolver.SentenceActors sa = resolver.resolve(s, matches.get(i));
            if (resolved != null) resolved.add(sa);
            if (options.discards().match(s.text(), false).isPresent()) continue;
            SentenceCoder coder = new SentenceCoder(this, doc.article().id(), doc.article().date(), s, sa, resolver, places);
            for (Event e : work.apply(coder, sa)) {
                if (rules.contexts().excludes(before, s, e).isEmpty()) out.add(rules.placesActors() ? coder.args.places.placeActors(e, dominant) : e);
            }
        }
    }

    /** The actor dictionary's phrase matches of each sentence, in order: made once, for the actors and the places. */
    private List<List<PhraseMatch>> storyMatches(AnnotatedDoc doc) {
        return doc.sentences().stream().map(actors::match).toList();
    }

    /** The country most of the story's sentences name (by actor words or places), if one leads; empty on a tie. */
    private static Optional<String> dominantCountry(AnnotatedDoc doc, List<List<PhraseMatch>> matches, org.herald.geo.StoryPlaces places) {
        Map<String, Integer> sentences = new HashMap<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            java.util.Set<String> named = new java.util.TreeSet<>();
            EventPlaces.nationalBases(matches.get(i), named);
            for (var m : places.in(doc.sentences().get(i).index())) if (!m.place().country().isEmpty()) named.add(m.place().country());
            for (String c : named) sentences.merge(c, 1, Integer::sum);
        }
        String best = null;
        int most = 0;
        boolean tie = false;
        for (var e : sentences.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best);
    }

    /**
     * The countries of the story's known persons, context for its places (Shinzo Abe's Japan: "the city of Nara" is
     * Japan's, not Mali's). Not its country and capital names: those are places the gazetteer resolves itself.
     */
    private java.util.Set<String> actorCountries(List<List<PhraseMatch>> matches) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (!rules.placesActors()) return out;
        for (List<PhraseMatch> sentence : matches) {
            for (var m : sentence) {
                for (var e : m.entries()) {
                    String base = e.code().base();
                    if (e.person() && e.kind() == org.herald.actors.EntryKind.LEADER && base.length() == 3 && !base.equals("IGO")) out.add(base);
                }
            }
        }
        return out;
    }

    private List<Event> codeInto(AnnotatedDoc doc, List<ActorMention> mentions, List<ActorResolver.SentenceActors> resolved) {
        List<Event> out = new ArrayList<>();
        if (options.discards() != CoderOptions.Discards.NONE) {
            String story = String.join(" ", doc.sentences().stream().map(ParsedSentence::text).toList());
            if (options.discards().match(story, true).isPresent()) {
                // Not coded, but its speakers can still be asked for.
                ActorResolver resolver = new ActorResolver(actors, doc.article().date());
                for (ParsedSentence s : doc.sentences()) resolved.add(resolver.resolve(s));
                return out;
            }
        }
        eachSentence(doc, (sc, sa) -> {
            List<Event> events = sc.code();
            for (Actor a : sa.all()) {
                mentions.add(new ActorMention(doc.article().id(), sc.s.index(), a.head(), a.code().code(), a.text(), a.how()));
            }
            return events;
        }, out, resolved);
        return out;
    }
}
