package org.herald.actors;

/**
 * An actor as found in one sentence: its code (possibly empty for an unknown organisation or person, whose
 * text is kept), the words that name it, and the head token. {@code how} says how the code was reached
 * ("dictionary", "title", "pronoun", "anaphora", "location") for --explain.
 */
public record Actor(ActorCode code, String text, int sentence, int head, boolean person, boolean plural, String how, boolean subject) {
    public Actor(ActorCode code, String text, int sentence, int head, boolean person, boolean plural, String how) {
        this(code, text, sentence, head, person, plural, how, false);
    }

    public boolean coded() { return !code.isEmpty(); }
    public Actor withCode(ActorCode c, String reason) { return new Actor(c, text, sentence, head, person, plural, reason, subject); }
    /** The same actor, marked as a clause subject (pronouns prefer subjects as antecedents). */
    public Actor asSubject() { return new Actor(code, text, sentence, head, person, plural, how, true); }
}
