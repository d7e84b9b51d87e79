package org.herald.events;

/**
 * PETRARCH's {@code $} (source) and {@code +} (target) pattern markers, and the {@code ^} skips before them, said
 * in terms of the dependency tree. A marker before the verb names the subject of the word to its right (the verb
 * itself, or a pattern word such as "NOTED + *" or "+ HOSTING *"); a marker after the verb names the first actor
 * after the word to its left ("* MONEY $": the actor after "money"), once {@code skips} noun phrases are passed.
 *
 * @param source  {@code $} (true) or {@code +} (false)
 * @param beforeVerb whether the marker stands before the pattern's {@code *}
 * @param anchor  index into the pattern's constraints of the word next to the marker; -1 for the verb itself
 * @param skips   how many {@code ^} (skip one noun phrase) stand between the anchor and the marker
 */
public record RoleMarker(boolean source, boolean beforeVerb, int anchor, int skips) {}
