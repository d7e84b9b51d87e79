package org.herald.events;

import java.util.function.Supplier;
import org.herald.geo.Gazetteer;

/**
 * Herald's rules for reading news beyond its patterns: contexts that are not political, the places of the gazetteer
 * (the country of "gunmen in Maiduguri"), parts of a sentence that
 * say what did not happen, events coded without known actors (protest, and conflict involving arms), and what a
 * protest is for (CAMEO's 141x-145x). A coder on other
 * dictionaries (PETRARCH's) codes as they say, with {@link #NONE}. The gazetteer is asked for when a story is coded:
 * the standard rules load it in the background, beside CoreNLP's models.
 */
public record ReadingRules(NonPoliticalContexts contexts, Modality modality, ActorlessEvents actorless, Supplier<Gazetteer> gazetteer,
                           ProtestPurposes purposes) {
    private static final Supplier<Gazetteer> NO_PLACES = () -> Gazetteer.EMPTY;
    public static final ReadingRules NONE = new ReadingRules(NonPoliticalContexts.NONE, Modality.NONE, ActorlessEvents.NONE, NO_PLACES,
            ProtestPurposes.NONE);

    /** The gazetteer (waiting for its background load if it has not finished). */
    public Gazetteer places() {
        return gazetteer.get();
    }

    /** Do actors of no country take one from their sentence (its only country, where it happened)? Not on others' dictionaries. */
    public boolean placesActors() {
        return gazetteer != NO_PLACES;
    }

    public static ReadingRules standard() {
        return new ReadingRules(NonPoliticalContexts.standard(), Modality.standard(), ActorlessEvents.standard(), Gazetteer.inBackground(),
                ProtestPurposes.standard());
    }
}
