package org.herald.events;

import java.util.Optional;

/**
 * The coder's switches, in one typed record. {@code keepNegated}: keep negated events (flagged) instead of
 * dropping them. {@code requireDyad}: only events with both a source and a target (PETRARCH's require_dyad).
 * {@code combine}: apply verb combinations and Herald's refusal/intent rules (off to reproduce plain
 * PETRARCH pattern coding). {@code discards}: sentences and stories not to code.
 */
public record CoderOptions(boolean keepNegated, boolean requireDyad, boolean combine, Discards discards) {
    public static final CoderOptions DEFAULT = new CoderOptions(false, false, true, Discards.NONE);

    public CoderOptions withKeepNegated(boolean v) { return new CoderOptions(v, requireDyad, combine, discards); }
    public CoderOptions withRequireDyad(boolean v) { return new CoderOptions(keepNegated, v, combine, discards); }
    public CoderOptions withCombine(boolean v) { return new CoderOptions(keepNegated, requireDyad, v, discards); }
    public CoderOptions withDiscards(Discards d) { return new CoderOptions(keepNegated, requireDyad, combine, d); }

    /** Text that is not to be coded: a reason when a sentence (or, for {@code story}, a whole story) matches. */
    public interface Discards {
        Discards NONE = (text, story) -> Optional.empty();

        Optional<String> match(String text, boolean story);
    }
}
