package org.herald.actors;

import java.util.List;

/**
 * What one phrase of the actor dictionary means. {@code code} is the actor code (or role code for agents);
 * leaders carry their dated stints instead. {@code person} says whether the phrase names a person.
 */
public record DictionaryEntry(EntryKind kind, ActorCode code, boolean person, List<Leader> stints, String source) {
    public DictionaryEntry {
        stints = List.copyOf(stints);
    }

    static DictionaryEntry of(EntryKind kind, ActorCode code, boolean person, String source) {
        return new DictionaryEntry(kind, code, person, List.of(), source);
    }
}
