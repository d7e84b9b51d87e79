package org.herald.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.herald.actors.Actor;
import org.herald.actors.ActorCode;
import org.herald.actors.ActorResolver;
import org.herald.actors.DictionaryEntry;
import org.herald.actors.EntryKind;
import org.herald.actors.PhraseMatch;
import org.herald.nlp.ParsedSentence;

/**
 * Who speaks, through one article: the agent of a verb of saying (climbing to the clause or noun that gives it
 * when the verb has no subject of its own: "issued a rebuke stating", "with the Kremlin noting"), the issuer of a
 * statement ("a Kremlin statement"; "the statement" is the story's last one), and a role with no country whose
 * organisation the story named before ("Foreign Ministry spokeswoman X" after "Russia's Foreign Ministry" is RUSGOV).
 * One instance per article; sentences in story order.
 */
final class Speakers {
    /** Relations through which a verb without a subject takes the subject of the clause above it. */
    private static final Set<String> CLIMB = Set.of("xcomp", "advcl", "conj", "dep", "parataxis", "csubj", "ccomp");
    private static final int MAX_CLIMB = 4;
    private static final Set<String> TRIMMED = Set.of("case", "fixed", "punct", "cc", "mark", "advmod");
    /** Coded actors of earlier sentences, oldest first: the story's organisations, for roles without a country. */
    private static final int MEMORY = 200;

    private final QuoteWords words;
    private final List<Actor> story = new ArrayList<>();
    private Speaker lastStatement;
    private Speaker lastSpeaker;

    Speakers(QuoteWords words) {
        this.words = words;
    }

    /** Remembers the sentence's actors for the sentences after it. */
    void endSentence(ActorResolver.SentenceActors sa) {
        for (Actor a : sa.all()) if (a.coded() && a.code().hasBase()) story.add(a);
        while (story.size() > MEMORY) story.remove(0);
    }

    /** Remembers a speaker found for a quote: "the statement" and "the announcement" later refer to it. */
    void spoke(Speaker sp, boolean statement) {
        if (sp.code().isEmpty()) return;
        lastSpeaker = sp;
        if (statement) lastStatement = sp;
    }

    /**
     * The agent of verb {@code v}: its subject, the "by" phrase of a passive, or, for a verb without either, the
     * subject of the clause it depends on; a participle on a noun speaks for that noun (an actor, a statement's
     * issuer, or whoever issued the statement: "issued a written rebuke stating").
     */
    Optional<Speaker> agentOf(ActorResolver.SentenceActors sa, int v) {
        return agentOf(sa, v, k -> false);
    }

    /** {@link #agentOf(ActorResolver.SentenceActors, int)} with the tokens {@code quoted} holds never taken as the agent. */
    Optional<Speaker> agentOf(ActorResolver.SentenceActors sa, int v, java.util.function.IntPredicate quoted) {
        ParsedSentence s = sa.sentence();
        int cur = v;
        for (int steps = 0; cur > 0 && steps < MAX_CLIMB; steps++) {
            for (int subj : s.children(cur, "nsubj")) {
                // "[its commitment ...]," the statement said": the parser may hang quoted words on the verb as a subject.
                if (isExpletive(s, subj) || quoted.test(subj)) continue;
                return phrase(sa, subj);
            }
            if (!s.children(cur, "nsubj:pass").isEmpty() || !s.children(cur, "aux:pass").isEmpty()) {
                for (int o : s.children(cur, "obl")) if (s.caseMarker(o).equals("by") && !quoted.test(o)) return phrase(sa, o);
                return Optional.empty(); // "it was noted that": nobody named
            }
            String rel = s.relation(cur);
            int h = s.head(cur);
            if (h <= 0) return Optional.empty();
            if (rel.startsWith("acl")) {
                if (words.isSource(s.token(h).lemma())) {
                    Optional<Speaker> own = issuer(sa, h);
                    if (own.isPresent()) return own;
                    cur = s.head(h); // "issued a rebuke stating": whoever issued it
                    continue;
                }
                Optional<Speaker> noun = phrase(sa, h).filter(x -> !x.code().isEmpty());
                if (noun.isPresent()) return noun; // "with the Kremlin noting that"
                cur = s.head(h);
                continue;
            }
            if (!CLIMB.contains(rel)) return Optional.empty();
            cur = h;
        }
        return Optional.empty();
    }

    /** The issuer a statement noun names itself ("a Kremlin statement", "Trump's declaration"), if any. */
    Optional<Speaker> issuer(ActorResolver.SentenceActors sa, int noun) {
        List<Actor> own = sa.resolveHead(noun);
        if (!own.isEmpty() && own.get(0).coded()) return Optional.of(speaker(sa, own.get(0), "statement: " + own.get(0).how()));
        for (int poss : sa.sentence().children(noun, "nmod:poss")) {
            List<Actor> owner = sa.argument(poss);
            if (!owner.isEmpty() && owner.get(0).coded()) return Optional.of(speaker(sa, owner.get(0), "issuer of the " + sa.sentence().token(noun).word()));
        }
        return Optional.empty();
    }

    /** The speaker a noun phrase names; a statement with no issuer of its own is the story's last statement. */
    Optional<Speaker> phrase(ActorResolver.SentenceActors sa, int head) {
        ParsedSentence s = sa.sentence();
        String text = speakerText(s, head);
        if (words.isSource(s.token(head).lemma())) {
            Optional<Speaker> own = issuer(sa, head);
            if (own.isPresent()) return own.map(x -> new Speaker(x.code(), text, x.how(), head));
            Speaker before = lastStatement != null ? lastStatement : lastSpeaker;
            if (before != null) return Optional.of(new Speaker(before.code(), text, "statement of " + before.text(), head));
            return Optional.of(new Speaker("", text, "statement, issuer unknown", head));
        }
        List<Actor> found = sa.argument(head);
        if (found.isEmpty()) {
            if (!s.token(head).isNoun() && !s.token(head).isPronoun()) return Optional.empty();
            return Optional.of(new Speaker("", text, "unknown", head));
        }
        Actor a = found.stream().filter(Actor::coded).findFirst().orElse(found.get(0));
        return Optional.of(speaker(sa, a, a.how()).withText(text, head));
    }

    private Speaker speaker(ActorResolver.SentenceActors sa, Actor a, String how) {
        ActorCode code = a.code();
        if (!code.isEmpty() && !code.hasBase()) {
            // "Foreign Ministry spokeswoman X": the organisation the story named with its country.
            Optional<Actor> org = organisation(sa, a);
            if (org.isPresent()) {
                return new Speaker(code.withBase(org.get().code().base()).code(), a.text(), "organisation named before: " + org.get().text(), a.head());
            }
        }
        return new Speaker(code.code(), a.text(), how, a.head());
    }

    /** The most recent earlier actor with a country whose words hold the organisation words of {@code a}'s phrase. */
    private Optional<Actor> organisation(ActorResolver.SentenceActors sa, Actor a) {
        ParsedSentence s = sa.sentence();
        Set<Integer> phrase = new HashSet<>();
        for (int k : s.subtree(a.head())) if (k <= a.head()) phrase.add(k);
        for (PhraseMatch m : sa.matches()) {
            if (!phrase.contains(m.from()) || !phrase.contains(m.to())) continue;
            boolean organisation = false;
            for (DictionaryEntry e : m.entries()) organisation |= e.kind() == EntryKind.AGENT && !e.person();
            if (!organisation) continue;
            String org = s.span(m.from(), m.to()).toLowerCase(Locale.ROOT);
            for (int i = story.size() - 1; i >= 0; i--) {
                Actor earlier = story.get(i);
                if (earlier.code().role().equals(a.code().role()) && earlier.text().toLowerCase(Locale.ROOT).contains(org)) return Optional.of(earlier);
            }
        }
        return Optional.empty();
    }

    /** The speaker's words: the head with the words before it in its phrase, and a name in apposition after it. */
    static String speakerText(ParsedSentence s, int head) {
        List<Integer> sub = s.subtree(head);
        int from = head, to = head;
        // Only the contiguous run before the head ("Foreign Ministry spokeswoman Maria Zakharova", "a Kremlin statement"),
        // without its preposition ("according to", "with").
        while (from - 1 >= 1 && sub.contains(from - 1)) from--;
        while (from < head && TRIMMED.contains(s.relation(from))) from++;
        for (int k = head + 1; k <= s.size() && s.head(k) == head && (s.relation(k).equals("flat") || s.relation(k).equals("compound")); k++) to = k;
        return s.span(from, to);
    }

    private static boolean isExpletive(ParsedSentence s, int k) {
        String w = s.token(k).word().toLowerCase(Locale.ROOT);
        return (w.equals("it") || w.equals("there")) && s.relation(k).equals("expl");
    }
}
