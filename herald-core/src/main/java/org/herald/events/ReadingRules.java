package org.herald.events;

/**
 * Herald's rules for reading news beyond its patterns: contexts that are not political, the places of the gazetteer
 * (the country of "gunmen in Maiduguri"), parts of a sentence that
 * say what did not happen, and events coded without known actors (protest, and conflict involving arms). A coder on other
 * dictionaries (PETRARCH's) codes as they say, with {@link #NONE}.
 */
public record ReadingRules(NonPoliticalContexts contexts, Modality modality, ActorlessEvents actorless, org.herald.geo.Gazetteer places) {
    public static final ReadingRules NONE = new ReadingRules(NonPoliticalContexts.NONE, Modality.NONE, ActorlessEvents.NONE,
            org.herald.geo.Gazetteer.EMPTY);

    /** Do actors of no country take one from their sentence (its only country, where it happened)? Not on others' dictionaries. */
    public boolean placesActors() {
        return places != org.herald.geo.Gazetteer.EMPTY;
    }

    public static ReadingRules standard() {
        return new ReadingRules(NonPoliticalContexts.standard(), Modality.standard(), ActorlessEvents.standard(),
                org.herald.geo.Gazetteer.standard());
    }
}
