package org.herald.events;

import java.util.Optional;

/**
 * The coder's switches, in one typed record. {@code keepNegated}: keep negated events (flagged) instead of
 * dropping them. {@code requireDyad}: only events with both a source and a target (PETRARCH's require_dyad).
 * {@code combine}: apply verb combinations and Herald's refusal/intent rules (off to reproduce plain
 * PETRARCH pattern coding). {@code deepTargets}: read the verb's arguments in sentence order (the first one
 * with an actor is the target, whatever its preposition), and take the first actor anywhere under the verb's object as
 * target when no argument slot names one (PETRARCH's verb-phrase search), or, for a verb that is not one of
 * reporting, the first actor of a clause it governs that has no event of its own ("believes [Dagolath] can cope"). {@code discards}: text not to code.
 * {@code storyCountry}: a role that its sentence gives no country ("the ministry", "protesters") takes the story's
 * dominant country (the one most of its sentences name), when there is one.
 */
public record CoderOptions(boolean keepNegated, boolean requireDyad, boolean combine, boolean deepTargets, Discards discards, boolean storyCountry) {
    public static final CoderOptions DEFAULT = new CoderOptions(false, false, true, false, Discards.NONE, false);
    /** As PETRARCH codes: dyads only, no combinations, a target anywhere in the verb phrase, negation left to the patterns. */
    public static final CoderOptions PETRARCH = new CoderOptions(true, true, false, true, Discards.NONE, false);

    public CoderOptions withKeepNegated(boolean v) { return new CoderOptions(v, requireDyad, combine, deepTargets, discards, storyCountry); }
    public CoderOptions withRequireDyad(boolean v) { return new CoderOptions(keepNegated, v, combine, deepTargets, discards, storyCountry); }
    public CoderOptions withCombine(boolean v) { return new CoderOptions(keepNegated, requireDyad, v, deepTargets, discards, storyCountry); }
    public CoderOptions withDiscards(Discards d) { return new CoderOptions(keepNegated, requireDyad, combine, deepTargets, d, storyCountry); }
    public CoderOptions withStoryCountry(boolean v) { return new CoderOptions(keepNegated, requireDyad, combine, deepTargets, discards, v); }

    /** Text that is not to be coded: a reason when a sentence (or, for {@code story}, a whole story) matches. */
    public interface Discards {
        Discards NONE = (text, story) -> Optional.empty();

        Optional<String> match(String text, boolean story);
    }
}
