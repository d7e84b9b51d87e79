package org.herald.actors;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.dict.SpeechVerbs;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.Token;

/**
 * Resolves noun phrases to actor codes, sentence by sentence through one article. It remembers recent actors
 * so that "he", "its", "they", "both leaders" and "the two nations" can be resolved. One instance per article.
 */
public final class ActorResolver {
    /** Relations that stay inside a noun phrase: their words describe the head's actor. */
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "flat", "amod", "nmod:poss", "appos", "nmod:npmod");
    /** Prepositional modifiers that still say whose the head is: "President of Iran", "protesters in Iran". */
    private static final Set<String> PHRASE_CASES = Set.of("of", "in", "from");
    private static final Set<String> INNER_RELATIONS = Set.of("compound", "flat", "amod", "det", "nummod", "case", "fixed",
            "punct", "cc", "goeswith", "mark", "aux", "cop");
    private static final Set<String> COLLECTIVE_NOUNS = Set.of("nation", "country", "side", "leader", "government", "state",
            "president", "party", "minister", "power");
    private static final Set<String> PERSON_COLLECTIVES = Set.of("leader", "president", "minister");
    private static final int MEMORY = 60;
    private static final Set<String> QUANTITIES = Set.of("ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million",
            "millions", "dozen", "dozens", "score", "scores", "group", "number", "some", "many", "most", "all", "few", "several",
            "band", "crowd", "team", "batch", "patch", "contingent", "unit", "member", "majority", "part", "delegation");

    private final ActorDictionary dict;
    private final LocalDate date;
    private final Deque<Actor> memory = new ArrayDeque<>();

    public ActorResolver(ActorDictionary dict, LocalDate date) {
        this.dict = dict;
        this.date = date;
    }

    public ActorDictionary dictionary() { return dict; }

    /** Resolves every noun phrase of the sentence (in order, so pronouns see what came before). */
    public SentenceActors resolve(ParsedSentence s) {
        return resolve(s, dict.match(s));
    }

    /** {@link #resolve(ParsedSentence)} with the sentence's dictionary matches already made ({@code dictionary().match(s)}). */
    public SentenceActors resolve(ParsedSentence s, List<PhraseMatch> matches) {
        SentenceActors sa = new SentenceActors(s, matches);
        for (Token t : s.tokens()) {
            if (!(t.isNoun() || t.isPronoun())) continue;
            if (INNER_RELATIONS.contains(s.relation(t.index()))) continue;
            List<Actor> found = sa.resolveHead(t.index());
            boolean subject = s.relation(t.index()).startsWith("nsubj")
                    || (s.relation(t.index()).equals("conj") && s.relation(s.head(t.index())).startsWith("nsubj"));
            for (Actor a : found) remember(subject ? a.asSubject() : a);
        }
        return sa;
    }

    private void remember(Actor a) {
        if (!a.coded() && !a.person()) return;
        memory.addFirst(a);
        while (memory.size() > MEMORY) memory.removeLast();
    }

    /** "anti-government" -> GOV, "anti-American" -> USA: whom a protest is against. */
    public Optional<ActorCode> antiTarget(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!w.startsWith("anti-") || w.length() <= 5) return Optional.empty();
        for (DictionaryEntry e : dict.lookup(t.word().substring(5))) {
            switch (e.kind()) {
                case AGENT, COUNTRY, ADJECTIVE, IGO, SEAT, CAPITAL -> { return Optional.of(e.code()); }
                default -> { }
            }
        }
        return Optional.empty();
    }

    /** The actors of one sentence, resolved lazily per head token and cached. */
    public final class SentenceActors {
        private final ParsedSentence s;
        private final List<PhraseMatch> matches;
        private final Map<Integer, List<Actor>> cache = new HashMap<>();

        SentenceActors(ParsedSentence s, List<PhraseMatch> matches) {
            this.s = s;
            this.matches = matches;
        }

        public ParsedSentence sentence() { return s; }

        /** Every actor resolved in this sentence so far, by head token order. */
        public List<Actor> all() {
            List<Actor> out = new ArrayList<>();
            new java.util.TreeMap<>(cache).values().forEach(out::addAll);
            return dedupe(out);
        }
        public List<PhraseMatch> matches() { return matches; }

        /** The actors of an argument: its head, plus heads conjoined to it ("the U.S. and Israel"). */
        public List<Actor> argument(int head) {
            List<Actor> first = resolveHead(head);
            List<Actor> out = new ArrayList<>(first);
            for (int c : s.children(head, "conj")) {
                for (Actor a : resolveHead(c)) {
                    if (a.coded() && !a.code().hasBase() && first.stream().anyMatch(f -> f.code().hasBase())) {
                        // "lawmakers and officials in Fornost": the place named once belongs to every conjunct.
                        for (Actor f : first) {
                            if (f.code().hasBase()) out.add(a.withCode(a.code().withBase(f.code().base()), a.how() + " + shared modifier"));
                        }
                    } else {
                        out.add(a);
                    }
                }
            }
            return dedupe(out);
        }

        /** The actor(s) a single head token names: usually one, two for "both leaders". */
        public List<Actor> resolveHead(int h) {
            List<Actor> cached = cache.get(h);
            if (cached != null) return cached;
            List<Actor> result = splitCompoundCodes(compute(h));
            cache.put(h, result);
            return result;
        }

        /** A dictionary code naming several actors ("LORIEN [ELR/GAL]" in PETRARCH files) gives one actor each. */
        private List<Actor> splitCompoundCodes(List<Actor> in) {
            if (in.stream().noneMatch(a -> a.code().code().contains("/"))) return in;
            List<Actor> out = new ArrayList<>();
            for (Actor a : in) {
                if (!a.code().code().contains("/")) {
                    out.add(a);
                    continue;
                }
                for (String part : a.code().code().split("/")) {
                    if (!part.isBlank()) out.add(a.withCode(ActorCode.parse(part), a.how() + " (compound code)"));
                }
            }
            return out;
        }

        private List<Actor> compute(int h) {
            Token t = s.token(h);
            if (t.isPronoun()) return pronoun(h).map(List::of).orElse(List.of());
            if (!t.isNoun() && !t.pos().equals("CD") && !t.pos().startsWith("JJ")) {
                // "Neither Galadriel nor Gollum": a determiner heading a name in apposition stands for it.
                if (t.pos().equals("DT")) {
                    for (var d : s.children(h)) {
                        if ((d.relation().equals("appos") || d.relation().equals("dep")) && s.token(d.dependent()).isNoun()) return argument(d.dependent());
                    }
                }
                return List.of();
            }
            // "Tens of thousands of students", "a group of rebels": the actor is what is counted.
            if (QUANTITIES.contains(t.lemma().toLowerCase(Locale.ROOT)) || t.pos().equals("CD")) {
                for (var d : s.children(h)) {
                    if (d.relation().startsWith("nmod") && s.caseMarker(d.dependent()).equals("of")) {
                        List<Actor> inner = resolveHead(d.dependent());
                        if (!inner.isEmpty()) return inner;
                    }
                }
            }
            Set<Integer> phrase = new LinkedHashSet<>();
            Set<Integer> viaPossessive = new HashSet<>();
            Set<Integer> direct = new HashSet<>();
            collectPhrase(h, phrase, viaPossessive, direct, false, true);
            int from = phrase.stream().min(Integer::compare).orElse(h);
            int to = phrase.stream().max(Integer::compare).orElse(h);
            String text = s.span(from, to);

            DictionaryEntry headEntry = null, leader = null, agent = null, base = null, prefix = null;
            boolean baseViaPossessive = false, headRelational = false;
            for (PhraseMatch m : matches) {
                if (!overlaps(m, phrase)) continue;
                for (DictionaryEntry e : m.entries()) {
                    boolean coversHead = m.covers(h);
                    switch (e.kind()) {
                        case LEADER -> {
                            Optional<ActorCode> active = e.person() ? personCode(e) : activeCode(e);
                            if (active.isEmpty()) continue;
                            if (!e.person()) {
                                // A dated actor that is not a person (a PETRARCH country or group): a base like a country.
                                if (base == null || coversHead) {
                                    base = DictionaryEntry.of(EntryKind.COUNTRY, active.get(), false, e.source());
                                    baseViaPossessive = viaPossessive.contains(m.from());
                                }
                                if (coversHead) headEntry = base;
                                continue;
                            }
                            if (leader == null || coversHead) leader = e;
                        }
                        case AGENT -> {
                            // Role words count only in the head's own words: not "threats of military operations".
                            if (!direct.contains(m.from()) && !direct.contains(m.to()) && !m.covers(h)) continue;
                            if (agent == null || coversHead) agent = e;
                            if (coversHead) headEntry = e;
                        }
                        case PREFIX_AGENT -> {
                            if (direct.contains(m.from()) || m.covers(h)) prefix = e;
                        }
                        case RELATIONAL -> headRelational |= coversHead;
                        default -> {
                            if (base == null || coversHead) {
                                base = e;
                                baseViaPossessive = viaPossessive.contains(m.from());
                            }
                            if (coversHead) headEntry = e;
                        }
                    }
                }
            }
            boolean plural = t.isPlural();
            boolean person = t.ner().equals("PERSON") || (headEntry != null && headEntry.person()) || leader != null;
            if (leader != null) {
                return List.of(new Actor(personCode(leader).orElseThrow(), text, s.index(), h, true, plural, "leader " + leader.stints().get(0).name()));
            }
            if (headRelational && baseViaPossessive) return List.of();
            // Hyphenated modifiers: "U.S.-based", "Russian-led".
            if (base == null) {
                for (int k : phrase) {
                    Optional<ActorCode> hy = hyphenated(s.token(k));
                    if (hy.isPresent()) {
                        base = DictionaryEntry.of(EntryKind.ADJECTIVE, hy.get(), false, "hyphen");
                        break;
                    }
                }
            }
            if (base == null && agent == null) {
                // "his discussion", "its willingness": the owner is the actor.
                for (int poss : s.children(h, "nmod:poss")) {
                    if (s.token(poss).isPronoun()) {
                        List<Actor> owner = resolveHead(poss);
                        if (!owner.isEmpty()) return List.of(owner.get(0).withCode(owner.get(0).code(), "owner " + owner.get(0).how()));
                    }
                }
                List<Actor> collective = collective(h, t);
                if (!collective.isEmpty()) return collective;
                if (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
                    return List.of(new Actor(ActorCode.NONE, text, s.index(), h, person, plural, "unknown " + t.ner().toLowerCase(Locale.ROOT)));
                }
                return List.of();
            }
            if (base != null && prefix != null) {
                // "MSF Arnor": the prefix role is written before the actor's code.
                base = DictionaryEntry.of(base.kind(), new ActorCode(prefix.code().role() + base.code().base(), base.code().role()), base.person(), base.source());
            }
            List<ActorCode> moreBases = conjoinedAdjectives(phrase);
            if (base != null && agent == null) {
                String how = base.kind().name().toLowerCase(Locale.ROOT);
                List<Actor> out = new ArrayList<>();
                out.add(new Actor(base.code(), text, s.index(), h, person, plural, how));
                for (ActorCode b : moreBases) out.add(new Actor(b, text, s.index(), h, person, plural, how + " (conjoined)"));
                return out;
            }
            if (base == null) {
                if (agent.code().role().isEmpty()) return List.of();
                List<Actor> collective = collective(h, t);
                if (!collective.isEmpty()) return collective;
                return List.of(new Actor(agent.code(), text, s.index(), h, person, plural, "role"));
            }
            // A country phrase with a role word: "Iranian authorities", "Russia's Foreign Ministry".
            ActorCode code = base.code().role().isEmpty() || agent == headEntry ? base.code().withRole(agent.code().role()) : base.code();
            if (base.kind() == EntryKind.IGO) code = base.code();
            List<Actor> out = new ArrayList<>();
            out.add(new Actor(code, text, s.index(), h, person, plural, "title"));
            // "Turkish and Greek sides": each conjoined country adjective is an actor of its own.
            for (ActorCode b : moreBases) out.add(new Actor(b.withRole(code.role()), text, s.index(), h, person, plural, "title (conjoined)"));
            return out;
        }

        private Optional<ActorCode> activeCode(DictionaryEntry leader) {
            for (Leader l : leader.stints()) if (l.activeOn(date)) return Optional.of(l.code());
            return Optional.empty();
        }

        /**
         * A person's code on the story's date; out of office (before or after every stint) a person is still of the
         * country of the nearest stint, as one of its elites (CAMEO's ELI, as PETRARCH codes former leaders): "former
         * President Bush", or a story whose date is unknown.
         */
        private Optional<ActorCode> personCode(DictionaryEntry leader) {
            Optional<ActorCode> active = activeCode(leader);
            if (active.isPresent()) return active;
            Leader nearest = null;
            long best = Long.MAX_VALUE;
            for (Leader l : leader.stints()) {
                long gap = l.daysFrom(date);
                if (gap < best) {
                    best = gap;
                    nearest = l;
                }
            }
            if (nearest == null || !nearest.code().hasBase()) return Optional.empty();
            return Optional.of(new ActorCode(nearest.code().base(), "ELI"));
        }

        private void collectPhrase(int i, Set<Integer> out, Set<Integer> viaPossessive, Set<Integer> direct, boolean poss, boolean isDirect) {
            out.add(i);
            if (poss) viaPossessive.add(i);
            if (isDirect) direct.add(i);
            for (var d : s.children(i)) {
                int c = d.dependent();
                String rel = d.relation();
                boolean inside = PHRASE_RELATIONS.contains(rel)
                        || (rel.startsWith("nmod") && !rel.equals("nmod:poss") && PHRASE_CASES.contains(s.caseMarker(c)));
                if (rel.equals("appos") && !s.token(c).isNoun()) inside = false;
                // A name the parser could only attach as "dep" is an apposition: "Old foes Gondor and Osgiliath".
                if (rel.equals("dep") && s.token(c).isProperNoun()) inside = true;
                boolean stillDirect = isDirect && (rel.equals("compound") || rel.equals("flat") || rel.equals("amod") || rel.equals("appos") || rel.equals("dep"));
                if (inside) collectPhrase(c, out, viaPossessive, direct, poss || rel.equals("nmod:poss"), stillDirect);
            }
        }

        private boolean overlaps(PhraseMatch m, Set<Integer> phrase) {
            for (int k = m.from(); k <= m.to(); k++) if (phrase.contains(k)) return true;
            return false;
        }

        private Optional<ActorCode> hyphenated(Token t) {
            String w = t.word();
            int dash = w.lastIndexOf('-');
            if (dash <= 0) return Optional.empty();
            String suffix = w.substring(dash + 1).toLowerCase(Locale.ROOT);
            if (!suffix.equals("based") && !suffix.equals("led") && !suffix.equals("born") && !suffix.equals("owned")) return Optional.empty();
            for (DictionaryEntry e : dict.lookup(w.substring(0, dash))) {
                if (e.kind() == EntryKind.COUNTRY || e.kind() == EntryKind.ADJECTIVE || e.kind() == EntryKind.IGO) {
                    return Optional.of(e.code());
                }
            }
            return Optional.empty();
        }

        /** "both leaders", "the two nations": the last two distinct actors of that kind. */
        private List<Actor> collective(int h, Token t) {
            if (!t.isPlural() || !COLLECTIVE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) return List.of();
            boolean pair = false;
            for (var d : s.children(h)) {
                String w = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
                if (w.equals("both") || w.equals("two") || w.equals("2")) pair = true;
            }
            if (!pair) return List.of();
            boolean wantPerson = PERSON_COLLECTIVES.contains(t.lemma().toLowerCase(Locale.ROOT));
            List<Actor> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Actor a : memory) {
                if (!a.coded() || a.person() != wantPerson) continue;
                if (!wantPerson && !(a.code().role().isEmpty() || a.code().role().equals("GOV"))) continue;
                String key = wantPerson ? a.code().code() + "|" + a.text() : a.code().base();
                if (!dict.isCountry(a.code().base()) && !wantPerson) continue;
                if (seen.add(key)) out.add(new Actor(a.code(), s.span(h, h), s.index(), h, a.person(), false, "anaphora: " + a.text()));
                if (out.size() == 2) break;
            }
            return out.size() == 2 ? out : List.of();
        }

        /** Countries named by adjectives conjoined to an adjective of the phrase: the "Greek" of "Turkish and Greek". */
        private List<ActorCode> conjoinedAdjectives(Set<Integer> phrase) {
            List<ActorCode> out = new ArrayList<>();
            for (int k : phrase) {
                String rel = s.relation(k);
                // "Turkish and Greek sides", "lawmakers in Fornost and Gondor": conjoined modifiers name more actors.
                if (!(rel.equals("amod") || (rel.startsWith("nmod") && !rel.equals("nmod:poss")) || rel.equals("compound") || rel.equals("appos") || rel.equals("dep"))) continue;
                for (int c : s.children(k, "conj")) {
                    for (PhraseMatch m : matches) {
                        if (!m.covers(c)) continue;
                        for (DictionaryEntry e : m.entries()) {
                            Optional<ActorCode> code = switch (e.kind()) {
                                case ADJECTIVE, COUNTRY -> Optional.of(e.code());
                                case LEADER -> e.person() ? Optional.empty() : activeCode(e); // a dated group or country
                                default -> Optional.empty();
                            };
                            code.filter(x -> !out.contains(x)).ifPresent(out::add);
                        }
                    }
                }
            }
            return out;
        }

        private Optional<Actor> pronoun(int h) {
            Token t = s.token(h);
            String w = t.word().toLowerCase(Locale.ROOT);
            Token tok = t;
            switch (w) {
                case "i", "we", "me", "us", "my", "our", "ours" -> {
                    Optional<Actor> speaker = speakerOf(h);
                    if (speaker.isPresent()) return speaker.map(a -> a.withCode(a.code(), "speaker: " + a.text()));
                    return recent(a -> !a.person(), tok, h);
                }
                case "he", "him", "his", "she", "her", "hers" -> { return recent(Actor::person, tok, h); }
                case "it", "its" -> { return recent(a -> !a.person() && a.code().hasBase(), tok, h); }
                case "they", "them", "their", "theirs" -> { return recent(a -> !a.person() || a.plural(), tok, h); }
                default -> { return Optional.empty(); }
            }
        }

        /** The most recent fitting actor; within that sentence a subject is preferred (it is the usual antecedent). */
        private Optional<Actor> recent(java.util.function.Predicate<Actor> ok, Token t, int h) {
            Actor found = null;
            for (Actor a : memory) {
                if (!a.coded() || !ok.test(a)) continue;
                if (found == null) found = a;
                else if (a.sentence() != found.sentence()) break;
                if (a.subject()) { found = a; break; }
            }
            if (found == null) return Optional.empty();
            return Optional.of(new Actor(found.code(), t.word(), s.index(), h, found.person(), found.plural(), "pronoun: " + found.text()));
        }

        /** For "we" inside reported speech: the subject of the speech verb above it. */
        private Optional<Actor> speakerOf(int h) {
            int cur = s.head(h);
            Set<Integer> inside = new HashSet<>();
            inside.add(h);
            while (cur > 0) {
                inside.add(cur);
                Token v = s.token(cur);
                if (SpeechVerbs.isSpeech(v)) {
                    for (int subj : s.children(cur, "nsubj")) {
                        if (!inside.contains(subj)) {
                            List<Actor> a = resolveHead(subj);
                            if (!a.isEmpty() && a.get(0).coded()) return Optional.of(a.get(0));
                        }
                    }
                }
                cur = s.head(cur);
            }
            return Optional.empty();
        }

        private List<Actor> dedupe(List<Actor> in) {
            List<Actor> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Actor a : in) if (seen.add(a.head() + "|" + a.code())) out.add(a);
            return out;
        }
    }
}
