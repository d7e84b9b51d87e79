package org.herald.events;

/**
 * Herald's rules for reading news beyond its patterns: contexts that are not political, parts of a sentence that
 * say what did not happen, and arms that make an event political without known actors. A coder on other
 * dictionaries (PETRARCH's) codes as they say, with {@link #NONE}.
 */
public record ReadingRules(NonPoliticalContexts contexts, Modality modality, Arms arms) {
    public static final ReadingRules NONE = new ReadingRules(NonPoliticalContexts.NONE, Modality.NONE, Arms.NONE);

    public static ReadingRules standard() {
        return new ReadingRules(NonPoliticalContexts.standard(), Modality.standard(), Arms.standard());
    }
}
