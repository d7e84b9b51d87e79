package org.herald.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.actors.Actor;
import org.herald.actors.ActorCode;
import org.herald.actors.ActorResolver;
import org.herald.dict.SpeechVerbs;
import org.herald.model.Attribution;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.Token;
import org.herald.quotes.QuoteFinder;
import org.herald.quotes.Speaker;

/**
 * Finds the actors that fill a predicate's arguments in one sentence's dependency tree: subjects (through control,
 * raising, participles and misparsed fronted phrases), passive agents, target slots, the targets of event nouns,
 * places, PETRARCH's role markers and the speaker of reported speech. {@link SentenceCoder} decides what is coded.
 */
final class Arguments {
    private static final Set<String> NOUN_TARGET_CASES = Set.of("with", "against", "on", "to", "toward", "towards", "at", "for", "of", "over",
            "from", "between");
    private static final Set<String> SUBJECT_CLIMB = Set.of("xcomp", "advcl", "dep", "conj", "ccomp", "parataxis");
    /** Relations of a word inside a larger name: never an actor of its own. */
    static final Set<String> INNER = Set.of("compound", "flat", "amod", "nmod:poss", "det");
    private static final Set<String> XCOMP_TARGET_CASES = Set.of("against", "on", "with", "to", "at", "toward", "towards");
    private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "LEG", "JUD");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tomorrow", "tonight", "week", "month", "year", "day", "night", "morning", "evening", "weekend");

    final ParsedSentence s;
    final ActorResolver.SentenceActors sa;
    /** The predicates a pattern matched ({@link SentenceCoder#matched}, filled as the sentence is planned). */
    final Map<Integer, Pattern> matched;
    /** The sentence's places ({@link org.herald.geo.StoryPlaces#NONE} for coders on other dictionaries). */
    final EventPlaces places;

    Arguments(ParsedSentence s, ActorResolver.SentenceActors sa, Map<Integer, Pattern> matched, org.herald.geo.StoryPlaces story) {
        this.s = s;
        this.sa = sa;
        this.matched = matched;
        this.places = new EventPlaces(s, sa, story);
    }

    List<Actor> subjects(int v) {
        int cur = v;
        for (int depth = 0; depth < 5 && cur > 0; depth++) {
            for (int subj : s.children(cur, "nsubj")) {
                if (s.relation(subj).equals("nsubj:pass")) continue;
                // A misparsed time word ("on Wednesday to investigate") is no subject: keep climbing.
                if (TIME_WORDS.contains(s.token(subj).lemma().toLowerCase(Locale.ROOT))) continue;
                List<Actor> a = fillLocation(sa.argument(subj), v);
                if (!a.isEmpty()) return a;
                return List.of();
            }
            String rel = s.relation(cur);
            String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
            if (s.children(cur, "nsubj").isEmpty() && !base.equals("xcomp")) {
                int misparsed = subjectBeforeVerb(cur);
                if (misparsed > 0) {
                    List<Actor> a = fillLocation(sa.argument(misparsed), v);
                    if (!a.isEmpty()) return a;
                }
            }
            if (base.equals("acl")) {
                // "Trump's declaration imposing a tariff": the participle's subject is the noun it modifies.
                int noun = s.head(cur);
                List<Actor> owner = codedOnly(sa.resolveHead(noun));
                if (!owner.isEmpty() || !verbalAct(cur) || !s.relation(noun).equals("obj")) return owner;
                // "the party issued a declaration demanding ...": a statement that names no actor speaks for whoever
                // issued it, when what it does is verbal (a demand, a condemnation, an appeal).
                cur = s.head(noun);
                continue;
            }
            if (!SUBJECT_CLIMB.contains(base)) return List.of();
            // Object control: in "urged Israel to accept", Israel is the one who would accept.
            // An object that names no actor ("rejected an invitation to attend") controls nothing: keep climbing.
            if (base.equals("xcomp") && !s.children(s.head(cur), "obj").isEmpty()) {
                List<Actor> controller = codedOnly(sa.argument(s.children(s.head(cur), "obj").get(0)));
                if (!controller.isEmpty()) return controller;
            }
            // Raising: in "Gollum was seen to break into ...", Gollum is the one who broke in.
            if (base.equals("xcomp") && !s.children(s.head(cur), "nsubj:pass").isEmpty()) {
                return codedOnly(sa.argument(s.children(s.head(cur), "nsubj:pass").get(0)));
            }
            cur = s.head(cur);
        }
        return List.of();
    }

    /**
     * The parser sometimes hangs the subject after a fronted phrase on that phrase as an apposition: "With the signing
     * of a memorandum on cessation of hostilities, [the Sudanese government and the SPLA] have agreed". A noun phrase
     * that ends right before the finite verb (and its auxiliaries), attached as appos, is the verb's subject.
     */
    private int subjectBeforeVerb(int v) {
        int first = v;
        for (var d : s.children(v)) {
            int a = d.dependent();
            if (a < first && (d.relation().startsWith("aux") || d.relation().equals("advmod"))) first = a;
        }
        if (first <= 1) return -1;
        int k = first - 1;
        for (int cur = k, depth = 0; cur > 0 && depth < 6; cur = s.head(cur), depth++) {
            String rel = s.relation(cur);
            if (rel.equals("appos")) {
                List<Integer> span = s.subtree(cur);
                return span.get(span.size() - 1) == k ? cur : -1;
            }
            if (!(rel.equals("conj") || rel.equals("compound") || rel.equals("flat") || rel.startsWith("nmod") || rel.equals("amod"))) return -1;
        }
        return -1;
    }

    /** Does predicate {@code k} code a verbal act (CAMEO 01-13: statements, appeals, demands, accusations, threats)? */
    private boolean verbalAct(int k) {
        Pattern p = matched.get(k);
        if (p == null || p.light() || p.code().length() < 2 || p.code().equals(SentenceCoder.NULL_CODE)) return false;
        int root = Integer.parseInt(p.code().substring(0, 2));
        return root >= 1 && root <= 13;
    }

    List<Actor> byAgent(int v) {
        // The verb's own "by" phrase, or one the parser hung on its adverb ("was opposed earlier by Osgiliath").
        List<Integer> holders = new ArrayList<>(List.of(v));
        holders.addAll(s.children(v, "advmod"));
        for (int h : holders) {
            for (var d : s.children(h)) {
                if (d.relation().startsWith("obl") && s.caseMarker(d.dependent()).equals("by")) return sa.argument(d.dependent());
            }
        }
        return List.of();
    }

    List<Integer> slotTokens(int v, String slot, boolean passive) {
        if (slot.equals("pass")) return passive ? s.children(v, "nsubj:pass") : List.of();
        if (slot.equals("xcomp")) {
            // "threatened to retaliate against American companies": the target of what is threatened or promised.
            List<Integer> out = new ArrayList<>();
            for (int x : s.children(v, "xcomp")) {
                for (var d : s.children(x)) {
                    String r = d.relation();
                    if (r.equals("obj") || (r.startsWith("obl") && XCOMP_TARGET_CASES.contains(s.caseMarker(d.dependent())))) out.add(d.dependent());
                }
            }
            return out;
        }
        if (slot.equals("ccomp")) {
            // "Arnor believes Dagolath can cope", "demanded that the US cancel": the clause's subject.
            List<Integer> out = new ArrayList<>();
            for (int c : s.children(v, "ccomp")) out.addAll(s.children(c, "nsubj"));
            return out;
        }
        if (slot.startsWith("obl:") || slot.startsWith("nmod:")) {
            String prep = slot.substring(slot.indexOf(':') + 1);
            List<Integer> out = new ArrayList<>();
            for (var d : s.children(v)) {
                String r = d.relation();
                if ((r.startsWith("obl") || r.startsWith("nmod")) && s.caseMarker(d.dependent()).equals(prep)) out.add(d.dependent());
            }
            // "support for demonstrators": the preposition may hang off the object.
            for (int o : s.children(v, "obj")) {
                for (var d : s.children(o)) {
                    if (d.relation().startsWith("nmod") && !d.relation().equals("nmod:poss") && s.caseMarker(d.dependent()).equals(prep)) out.add(d.dependent());
                }
            }
            return out;
        }
        return s.children(v, slot);
    }

    /** The tokens of all the argument slots of {@code v} except the passive subject, in sentence order. */
    List<Integer> firstArguments(int v, List<String> slots, boolean passive) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (String slot : slots) if (!slot.equals("pass") && !slot.equals("content")) out.addAll(slotTokens(v, slot, passive));
        return List.copyOf(out);
    }

    /** Targets of an event noun: its "with/against/on/to" arguments. */
    List<Actor> nounTargets(int n, List<Actor> sources) {
        // Direct targets ("against Iran") before content ("of military operations").
        List<org.herald.nlp.Dependency> args = new ArrayList<>(s.children(n));
        args.sort(java.util.Comparator.comparing(d -> s.caseMarker(d.dependent()).equals("of")));
        for (var d : args) {
            String r = d.relation();
            if (!r.startsWith("nmod") || r.equals("nmod:poss")) continue;
            if (!NOUN_TARGET_CASES.contains(s.caseMarker(d.dependent()))) continue;
            List<Actor> got = targetable(sa.argument(d.dependent()));
            got.removeIf(a -> sameAsAny(a, sources));
            if (!got.isEmpty()) return got;
            // "threats of military operations against Iran": look one level into the content noun.
            if (s.caseMarker(d.dependent()).equals("of")) {
                List<Actor> inner = nounTargets(d.dependent(), sources);
                if (!inner.isEmpty()) return inner;
            }
        }
        // "targeting Iran" as a participle on the noun.
        for (int acl : s.children(n, "acl")) {
            for (int o : s.children(acl, "obj")) {
                List<Actor> got = codedOnly(sa.argument(o));
                if (!got.isEmpty()) return got;
            }
        }
        return List.of();
    }

    /** The agent of an event noun: its "by" phrase ("protests by farmers", "an attack by rebels"), coded or not. */
    List<Actor> nounAgent(int n) {
        for (var d : s.children(n)) {
            if (d.relation().startsWith("nmod") && !d.relation().equals("nmod:poss") && s.caseMarker(d.dependent()).equals("by")) {
                return sa.argument(d.dependent());
            }
        }
        return List.of();
    }

    List<Actor> betweenActors(int n) {
        for (var d : s.children(n)) {
            if (d.relation().startsWith("nmod") && s.caseMarker(d.dependent()).equals("between")) {
                List<Actor> a = codedOnly(sa.argument(d.dependent()));
                if (a.size() >= 2) return a;
            }
        }
        return List.of();
    }

    /** Protest nouns without a named source: the people of the place where they happen. */
    List<Actor> locationSource(int n, Pattern p) {
        if (!p.code().startsWith("14")) return List.of();
        Optional<String> country = places.locationCountry(n);
        return country.map(c -> List.of(new Actor(new ActorCode(c, "OPP"), s.token(n).word(), s.index(), n, false, true, "location")))
                .orElse(List.of());
    }

    /** A role without a country ("demonstrators") takes the country of the place named in the clause. */
    List<Actor> fillLocation(List<Actor> in, int v) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : in) {
            if (a.coded() && !a.code().hasBase() && !a.code().role().isEmpty()) {
                Optional<String> c = places.locationCountry(a.head()).or(() -> places.locationCountry(v));
                if (c.isPresent()) a = a.withCode(a.code().withBase(c.get()), a.how() + " + location");
            }
            out.add(a);
        }
        return out;
    }

    /**
     * PETRARCH's $ and + markers: the actors where the pattern puts them replace the default source and target
     * (when a marker finds no actor, all the pattern's markers are ignored and the defaults stand). When the target
     * is the verb's own subject ("NOTED + *": "Falastur noted that [Cirith Ungol] regretted ..."), the source is the
     * subject of the governing verb. Returns the sources; fills {@code targets} in place.
     */
    List<Actor> applyMarkers(int v, Pattern p, boolean passive, List<Actor> sources, List<Actor> targets) {
        List<Actor> src = null, tgt = null;
        boolean targetIsSubject = false;
        for (RoleMarker m : p.markers()) {
            int anchor = m.anchor() < 0 ? v : p.constraints().get(m.anchor()).match(s, v);
            if (anchor < 0) return sources;
            List<Actor> found;
            boolean subject = false;
            if (!m.beforeVerb()) {
                found = actorAfter(v, anchor, m.skips());
            } else if (anchor != v && ownPredicate(anchor, v)) {
                found = subjectOf(anchor);
            } else {
                found = subjectOf(v);
                subject = !passive;
            }
            // The markers place the roles together or not at all.
            if (found.isEmpty()) return sources;
            if (m.source()) {
                src = found;
            } else {
                tgt = found;
                targetIsSubject = subject;
            }
        }
        List<Actor> out = sources;
        if (src != null) out = src;
        else if (targetIsSubject) out = s.head(v) > 0 ? subjects(s.head(v)) : List.of();
        if (tgt != null) {
            // A marked target that is the source itself ("* + OVER" on "was criticized by China over ...") is no
            // reading of this sentence: the defaults stand.
            final List<Actor> chosenSources = out;
            if (tgt.stream().allMatch(a -> sameAsAny(a, chosenSources))) return sources;
            targets.clear();
            targets.addAll(tgt);
        }
        final List<Actor> chosen = out;
        targets.removeIf(a -> sameAsAny(a, chosen));
        return out;
    }

    /** Is pattern word {@code k} a predicate of its own ("hosting", "noted"), not an auxiliary or adverb of {@code v}? */
    private boolean ownPredicate(int k, int v) {
        if (s.head(k) != v) return true;
        String rel = s.relation(k);
        return !(rel.startsWith("aux") || rel.equals("cop") || rel.equals("advmod") || rel.equals("mark"));
    }

    /** The subject of predicate {@code k}: its passive subject when it has one. */
    private List<Actor> subjectOf(int k) {
        List<Integer> pass = s.children(k, "nsubj:pass");
        return pass.isEmpty() ? codedOnly(subjects(k)) : codedOnly(sa.argument(pass.get(0)));
    }

    /** The first actor below {@code v} after token {@code anchor}, once {@code skips} noun phrases are passed. */
    private List<Actor> actorAfter(int v, int anchor, int skips) {
        int left = skips;
        for (int k : s.subtree(v)) { // in sentence order
            if (k <= anchor || INNER.contains(s.relation(k))) continue;
            Token t = s.token(k);
            boolean nominal = t.isNoun() || t.pos().startsWith("PRP");
            if (!nominal) continue;
            if (left > 0) {
                left--;
                continue;
            }
            List<Actor> got = codedOnly(sa.resolveHead(k));
            if (!got.isEmpty()) return got;
        }
        return List.of();
    }

    boolean underSpeech(int v) {
        return speechVerb(v) > 0;
    }

    /** The speech verb whose reported content holds {@code v} ("said [Sudan must return ...]"), or -1. */
    int speechVerb(int v) {
        int cur = v;
        for (int depth = 0; depth < 3 && cur > 0; depth++) {
            int h = s.head(cur);
            if (h <= 0) return -1;
            if (s.relation(cur).equals("ccomp") && SpeechVerbs.contains(s.token(h).lemma())) return h;
            cur = h;
        }
        return -1;
    }

    List<Actor> speakerOf(int speech) {
        return speech > 0 ? subjects(speech) : List.of();
    }

    boolean speakerDiffers(int v) {
        List<Actor> speaker = speakerOf(speechVerb(v));
        List<Actor> subj = subjects(v);
        if (speaker.isEmpty() || subj.isEmpty()) return false;
        return subj.stream().noneMatch(a -> sameAsAny(a, speaker));
    }

    /**
     * Who reports the event: the agent of the nearest verb of saying above it ("X said Russia condemned ...",
     * "it was announced by X that ..."), found as the quote stage finds speakers ({@link QuoteFinder#agentOf}).
     */
    String attribution(int p) {
        int cur = s.head(p);
        while (cur > 0) {
            Token t = s.token(cur);
            if (SpeechVerbs.isSpeech(t)) {
                Optional<Speaker> who = SPEAKERS.agentOf(sa, cur, k -> s.subtree(k).contains(p));
                if (who.isPresent()) return new Attribution(who.get().code(), who.get().text()).toString();
            }
            cur = s.head(cur);
        }
        return "";
    }

    private static final QuoteFinder SPEAKERS = QuoteFinder.standard();

    List<Actor> codedOnly(List<Actor> in) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : in) if (a.coded()) out.add(a);
        return out;
    }

    /** Coded actors that can be targets: "deployed troops", "the government" of no named country are the source's own or unknowable. */
    List<Actor> targetable(List<Actor> in) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : codedOnly(in)) {
            if (!a.code().hasBase() && STATE_ROLES.contains(a.code().role()) && !a.person()) continue;
            out.add(a);
        }
        return out;
    }

    boolean sameAsAny(Actor a, List<Actor> others) {
        for (Actor o : others) if (o.head() == a.head() || o.code().equals(a.code())) return true;
        return false;
    }
}
