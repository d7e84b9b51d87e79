package org.herald.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.actors.Actor;
import org.herald.actors.ActorCode;
import org.herald.codes.CameoCode;
import org.herald.model.Event;
import org.herald.nlp.ParsedSentence;

/**
 * Turns a coded event of one sentence into {@link Event} records: pairs its sources with its targets, gives attacks
 * without a known perpetrator an empty source, drops repeats and writes each event's explanation.
 */
final class EventEmitter {
    /** Roots coded with an unknown source when the target is known: coercion, assault, fighting, mass violence. */
    static final Set<String> UNATTRIBUTED_ROOTS = Set.of("17", "18", "19", "20");
    /** Roots that are events without a target: a state protests, mobilizes, refuses, threatens, yields on its own. */
    private static final Set<String> STANDALONE_ROOTS = Set.of("03", "08", "09", "10", "12", "13", "14", "15", "16", "17", "18", "19", "20");

    final EventCoder coder;
    final String articleId;
    final LocalDate date;
    final ParsedSentence s;
    final Arguments args;
    final List<Event> events = new ArrayList<>();
    final Set<String> seen = new HashSet<>();

    EventEmitter(EventCoder coder, String articleId, LocalDate date, ParsedSentence s, Arguments args) {
        this.coder = coder;
        this.articleId = articleId;
        this.date = date;
        this.s = s;
        this.args = args;
    }

    /** Emits source x target events (or mutual pairs, or target-less events where the pattern allows). */
    void emit(List<Actor> sources, List<Actor> targets, String targetText, String code, Pattern decided, Pattern matched, int trigger,
              boolean negated) {
        if (negated && !coder.options.keepNegated()) return;
        List<Actor> src = args.codedOnly(sources);
        if (src.isEmpty()) src = unknownSource(sources, targets, code, trigger);
        if (src.isEmpty()) src = actorless(sources, code, trigger);
        if (src.isEmpty()) return;
        if (targets.isEmpty() && src.size() >= 2 && decided.mutual()) {
            for (Actor a : src) for (Actor b : src) if (a != b && !a.code().equals(b.code())) add(a, b, "", code, decided, matched, trigger, negated);
            return;
        }
        if (targets.isEmpty()) {
            if (coder.options.requireDyad()) return;
            if (decided.noTarget() || STANDALONE_ROOTS.contains(code.substring(0, 2))) {
                for (Actor a : src) add(a, null, targetText, code, decided, matched, trigger, negated);
            }
            return;
        }
        for (Actor a : src) for (Actor b : targets) {
            if (!a.code().equals(b.code())) add(a, b, "", code, decided, matched, trigger, negated);
        }
    }

    /**
     * An attack whose perpetrator is unknown ("missiles were fired at Eilat", "four soldiers were killed", "a grenade
     * attack on a police post") is coded as GDELT codes it, with an empty source that keeps the subject's words
     * ("mortar shells"): only material conflict, only with a coded target, and not when only dyads are wanted.
     */
    List<Actor> unknownSource(List<Actor> sources, List<Actor> targets, String code, int trigger) {
        if (coder.options.requireDyad() || targets.isEmpty() || !UNATTRIBUTED_ROOTS.contains(code.substring(0, 2))) return List.of();
        Actor said = sources.isEmpty() ? null : sources.get(0);
        return List.of(said == null ? unknown("", trigger, "no agent") : unknown(said.text(), said.head(), "unknown actor"));
    }

    /**
     * Protest with nobody named ("thousands marched through the capital") and material conflict with arms and no known
     * side ("explosives were found in a house", "a roadside bomb exploded") are coded with an empty source that keeps
     * the subject's words ({@link ActorlessEvents}); never when only dyads are wanted.
     */
    List<Actor> actorless(List<Actor> sources, String code, int trigger) {
        if (coder.options.requireDyad()) return List.of();
        String why = coder.rules.actorless().reason(s, code.substring(0, 2), trigger);
        if (why == null) return List.of();
        Actor said = sources.isEmpty() ? null : sources.get(0);
        if (said != null) return List.of(unknown(said.text(), said.head(), why));
        // A subject that is no actor at all ("Thousands marched"): its words are kept.
        for (int subj : s.children(trigger, "nsubj")) {
            if (s.relation(subj).equals("nsubj:pass")) continue;
            List<Integer> span = s.subtree(subj);
            return List.of(unknown(s.span(span.get(0), span.get(span.size() - 1)), subj, why));
        }
        return List.of(unknown("", trigger, why + ", no subject"));
    }

    /** An actor of no known code that keeps its words ({@code text}), headed at token {@code head}, found {@code how}. */
    Actor unknown(String text, int head, String how) {
        return new Actor(ActorCode.NONE, text, s.index(), head, false, false, how);
    }

    /** The longest evidence an event carries, in characters: a whole news sentence fits; a runaway one is cut. */
    static final int MAX_EVIDENCE = 1_000;

    /**
     * The event's sentence as evidence, or, when it is longer than {@link #MAX_EVIDENCE}, the window of that size around
     * the span (source to target), marked with "…" where it was cut: a 100,000-character "sentence" gives events of a
     * kilobyte each, not a copy of it each.
     */
    static String evidence(String sentence, String span) {
        if (sentence.length() <= MAX_EVIDENCE) return sentence;
        int at = Math.max(0, sentence.indexOf(span));
        int from = Math.max(0, Math.min(at - (MAX_EVIDENCE - Math.min(span.length(), MAX_EVIDENCE)) / 2, sentence.length() - MAX_EVIDENCE));
        int to = Math.min(sentence.length(), from + MAX_EVIDENCE);
        return (from > 0 ? "…" : "") + sentence.substring(from, to) + (to < sentence.length() ? "…" : "");
    }

    /** A span of at most {@link #MAX_EVIDENCE} characters. */
    static String cut(String span) {
        return span.length() <= MAX_EVIDENCE ? span : span.substring(0, MAX_EVIDENCE) + "…";
    }

    void add(Actor src, Actor tgt, String targetText, String code, Pattern decided, Pattern matched, int trigger, boolean negated) {
        java.util.Optional<ProtestPurposes.Purpose> purpose = coder.rules.purposes().refine(s, trigger, code);
        if (purpose.isPresent()) code = purpose.get().code();
        // A statement by "a spokesman" of no named country or organisation says nothing about who spoke.
        if (code.startsWith("01") && !src.code().hasBase()) return;
        String key = src.code() + "|" + (tgt == null ? "" : tgt.code()) + "|" + code + "|" + trigger;
        if (!seen.add(key)) return;
        if (tgt != null && !decided.reverseCode().isEmpty() && code.equals(decided.code())) {
            // The same event seen from the target's side: "arrived in Gondor" is 032 by Bree and 033 by Gondor.
            add(tgt, src, "", decided.reverseCode(), decided, matched, trigger, negated);
        }
        CameoCode c = coder.codes.describe(code);
        String pattern = matched == decided ? decided.id() : matched.id() + "+" + decided.id();
        String explanation = "trigger '" + s.token(trigger).word() + "' (token " + trigger + ") matched " + pattern
                + " [" + decided.describe() + "] at " + decided.file() + ":" + decided.line()
                + "; source '" + src.text() + "' via " + src.how()
                + (tgt == null ? "; no target" : "; target '" + tgt.text() + "' via " + tgt.how());
        org.herald.model.Location where = args.places.eventLocation(trigger, src, tgt);
        if (where.known()) explanation += "; place '" + where.text() + "' = " + where.describe();
        if (purpose.isPresent()) explanation += "; purpose '" + purpose.get().word() + "' = " + purpose.get().code();
        org.herald.model.EventDate when = org.herald.time.EventDates.standard().of(s, trigger, date);
        if (!when.fromArticle()) explanation += "; date '" + when.text() + "' = " + when + " (" + when.precision() + ")";
        int from = Math.min(trigger, src.sentence() == s.index() ? src.head() : trigger);
        int to = Math.max(trigger, src.sentence() == s.index() ? src.head() : trigger);
        if (tgt != null && tgt.sentence() == s.index()) {
            from = Math.min(from, tgt.head());
            to = Math.max(to, tgt.head());
        }
        events.add(new Event(articleId, s.index(), date,
                src.code().code(), src.text(), tgt == null ? "" : tgt.code().code(), tgt == null ? targetText : tgt.text(),
                c.code(), c.root(), c.name(), c.goldstein(), c.quadClass(), c.ploverType(), c.ploverMode(),
                pattern, s.token(trigger).word(), evidence(s.text(), s.span(from, to)), cut(s.span(from, to)), negated, args.attribution(trigger), explanation)
                .withLocation(where).withDate(when).withTriggerToken(trigger));
    }
}
