package org.herald.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.herald.actors.Actor;
import org.herald.actors.ActorCode;
import org.herald.actors.ActorResolver;
import org.herald.codes.CameoCode;
import org.herald.dict.SpeechVerbs;
import org.herald.model.Event;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.Token;

/**
 * Codes the events of one sentence: plans verb combinations, codes verbs and event nouns, finds their sources
 * and targets in the tree and emits events. One instance per sentence; {@link EventCoder} holds the dictionaries.
 */
final class SentenceCoder {
    private static final List<String> DEFAULT_TARGET_SLOTS = List.of("obj", "iobj", "obl:against", "obl:with", "obl:on",
            "obl:to", "obl:at", "obl:toward", "obl:towards", "obl:for", "obl:over", "obl:from", "obl:into", "obl:of", "pass", "xcomp");
    private static final Set<String> NOUN_TARGET_CASES = Set.of("with", "against", "on", "to", "toward", "towards", "at", "for", "of", "over",
            "from", "by", "between");
    private static final Set<String> SUBJECT_CLIMB = Set.of("xcomp", "advcl", "dep", "conj", "ccomp", "parataxis");
    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
    private static final Set<String> HYPOTHETICAL = Set.of("fear", "possibility", "potential", "possible", "risk", "prospect",
            "speculation", "rumor", "rumour", "likelihood", "danger", "threat", "worry", "concern", "scenario", "plan");

    /** Roots that are events without a target: a state protests, mobilizes, refuses, threatens, yields on its own. */
    /** Roots coded with an unknown source when the target is known: coercion, assault, fighting, mass violence. */
    private static final Set<String> UNATTRIBUTED_ROOTS = Set.of("17", "18", "19", "20");
    private static final Set<String> STANDALONE_ROOTS = Set.of("03", "08", "09", "10", "12", "13", "14", "15", "16", "17", "18", "19", "20");
    /** PETRARCH's null code: the pattern matches, and says there is no event. */
    static final String NULL_CODE = "---";
    private static final Set<String> INNER = Set.of("compound", "flat", "amod", "nmod:poss", "det");
    private static final Set<String> XCOMP_TARGET_CASES = Set.of("against", "on", "with", "to", "at", "toward", "towards");
    private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "LEG", "JUD");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tomorrow", "tonight", "week", "month", "year", "day", "night", "morning", "evening", "weekend");
    private static final Set<String> REFUSABLE = Set.of("03", "04", "05", "06", "07", "08");
    private static final Set<String> LOCATION_CASES = Set.of("in", "throughout", "across", "inside", "within");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "would");
    private static final Set<String> OBLIGATION = Set.of("must", "should");
    private static final Set<String> WILLING = Set.of("willing", "ready", "prepared", "determined", "committed", "eager", "keen", "poised", "set");

    /** A governing root for a combination, and the governing verb (-1 for a modal or adjective) and its pattern. */
    record Combo(String root, int governor, Pattern pattern) {}

    final EventCoder coder;
    final String articleId;
    final LocalDate date;
    final ParsedSentence s;
    final ActorResolver.SentenceActors sa;
    final ActorResolver resolver;
    final Set<Integer> consumedNouns = new HashSet<>();
    /** Objects of coded verbs: coded again only when they have an owner of their own ("American threats"). */
    final Set<Integer> contentNouns = new HashSet<>();
    /** Tokens in a part of the sentence that says what did not (yet) happen ({@link Modality}). */
    final Set<Integer> unrealised = new HashSet<>();
    final List<Event> events = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    final Map<Integer, Combo> combos = new HashMap<>();
    /** The predicates a pattern matched, in sentence order. */
    final Map<Integer, Pattern> matched = new LinkedHashMap<>();

    SentenceCoder(EventCoder coder, String articleId, LocalDate date, ParsedSentence s, ActorResolver.SentenceActors sa, ActorResolver resolver) {
        this.coder = coder;
        this.articleId = articleId;
        this.date = date;
        this.s = s;
        this.sa = sa;
        this.resolver = resolver;
    }

    List<Event> code() {
        for (Token t : s.tokens()) {
            // A noun heading a clause ("they would blockade Paris", tagged NN) is a verb the tagger missed.
            boolean clauseNoun = t.isNoun() && !s.children(t.index(), "aux").isEmpty() && !s.children(t.index(), "nsubj").isEmpty();
            if (t.isVerb() || clauseNoun || (t.pos().startsWith("JJ") && coder.verbs.has(t.lemma()))) {
                coder.verbs.best(s, t.index()).ifPresent(p -> matched.put(t.index(), p));
            }
        }
        // Plan coder.combinations first: a governing verb that combines with the event below it is not coded alone.
        Set<Integer> governors = new HashSet<>();
        // "Russia said Sudan must ensure ...": an obligation laid on another actor is a demand even for coder.verbs
        // Herald has no pattern for.
        for (Token t : coder.options.combine() ? s.tokens() : List.<Token>of()) {
            if (t.isVerb() && !matched.containsKey(t.index()) && hasAux(t.index(), OBLIGATION) && underSpeech(t.index()) && speakerDiffers(t.index())) {
                matched.put(t.index(), coder.modalDemand);
            }
        }
        for (Map.Entry<Integer, Pattern> m : matched.entrySet()) {
            if (!coder.options.combine()) break;
            combination(m.getKey(), matched).ifPresent(c -> {
                combos.put(m.getKey(), c);
                if (c.governor() > 0) governors.add(c.governor());
            });
        }
        unrealised.addAll(coder.rules.modality().unrealised(s, eventRoots()));
        // A verb a pattern names as its complement is part of that pattern's event: "ordered the paper [to suspend]".
        Set<Integer> absorbed = new HashSet<>();
        for (Map.Entry<Integer, Pattern> m : matched.entrySet()) {
            if (combos.containsKey(m.getKey())) continue;
            for (Constraint c : m.getValue().constraints()) {
                if (c.relation().equals("xcomp") && !c.lemmas().isEmpty()) {
                    int k = c.match(s, m.getKey());
                    if (k > 0 && !combos.containsKey(k)) absorbed.add(k);
                }
            }
        }
        for (Map.Entry<Integer, Pattern> m : matched.entrySet()) {
            int v = m.getKey();
            if (!governors.contains(v) && !absorbed.contains(v) && !unrealisedEvent(v)) codeVerb(v, m.getValue(), combos.get(v));
        }
        for (Token t : s.tokens()) {
            if (t.isNoun() && !consumedNouns.contains(t.index()) && !unrealised.contains(t.index())) codeNoun(t.index());
        }
        return events;
    }

    /** The CAMEO root of every token that codes an event: matched verbs with their combined root, event nouns. */
    private Map<Integer, String> eventRoots() {
        Map<Integer, String> out = new HashMap<>();
        for (Map.Entry<Integer, Pattern> m : matched.entrySet()) {
            Pattern p = m.getValue();
            String code = p.code();
            if (p.light()) {
                int n = lightNoun(m.getKey());
                code = n < 0 ? "" : coder.nouns.best(s, n).map(Pattern::code).orElse("");
            }
            Combo c = combos.get(m.getKey());
            if (c != null) code = c.root();
            if (code.length() >= 2 && !code.equals(NULL_CODE)) out.put(m.getKey(), code.substring(0, 2));
        }
        for (Token t : s.tokens()) {
            if (!t.isNoun() || out.containsKey(t.index())) continue;
            coder.nouns.best(s, t.index()).filter(p -> !p.code().equals(NULL_CODE)).ifPresent(p -> out.put(t.index(), p.code().substring(0, 2)));
        }
        return out;
    }

    /**
     * Is verb {@code v} in an unrealised part of the sentence ("unless Baghdad accepted", "a resolution that aims to
     * impose a blockade")? A verb that combines with the event governing it is judged by the top of that chain:
     * "threatened [to launch an offensive]" is a threat, "if Hamas threatened [to attack]" nothing.
     */
    private boolean unrealisedEvent(int v) {
        int top = v;
        for (int depth = 0; depth < 4; depth++) {
            Combo c = combos.get(top);
            if (c == null || c.governor() <= 0) break;
            top = c.governor();
        }
        return unrealised.contains(top);
    }

    /**
     * Does a governing verb, modal or adjective change what event {@code v} is? "promised to give aid",
     * "will withdraw", "is willing to talk", "refused to deploy", "threatened to ban", "urged X to accept",
     * "said Sudan must return": the governing root (03, 12, 13, 02, 10) picks the combined code.
     */
    Optional<Combo> combination(int v, Map<Integer, Pattern> matched) {
        String rel = s.relation(v);
        int g = s.head(v);
        Combo c = null;
        if ((rel.equals("xcomp") || rel.equals("ccomp")) && g > 0) {
            Pattern gp = matched.get(g);
            String gl = s.token(g).lemma().toLowerCase(Locale.ROOT);
            if (gp != null && !gp.light() && coder.combinations.governs(gp.code().substring(0, 2))
                    && (rel.equals("xcomp") || gp.code().startsWith("10") || gp.code().startsWith("02"))) {
                c = new Combo(gp.code().substring(0, 2), g, gp);
            } else if (rel.equals("xcomp") && WILLING.contains(gl)) {
                c = new Combo("03", -1, null);
            } else if (rel.equals("xcomp") && gl.equals("fail")) {
                c = new Combo("12", g, null);
            }
        }
        if (c == null) {
            for (int a : s.children(v, "aux")) {
                String al = s.token(a).word().toLowerCase(Locale.ROOT);
                if (FUTURE.contains(al) && (!al.equals("would") || underSpeech(v))) c = new Combo("03", -1, null);
                if (OBLIGATION.contains(al) && underSpeech(v) && speakerDiffers(v)) c = new Combo("10", speechVerb(v), null);
            }
        }
        if (c != null && c.root().equals("03") && conditional(v, c.governor(), matched.get(v))) c = new Combo("13", c.governor(), c.pattern());
        return Optional.ofNullable(c);
    }

    void codeVerb(int v, Pattern p, Combo combo) {
        if (hypothetical(v) || p.code().equals(NULL_CODE)) return;
        String code = p.code();
        Pattern decided = p;
        int eventNoun = -1;
        if (p.light()) {
            eventNoun = lightNoun(v);
            Optional<Pattern> np = eventNoun < 0 ? Optional.empty() : coder.nouns.best(s, eventNoun);
            if (np.isEmpty()) {
                // No event noun: the verb may still mean something by itself ("ordered X to appear").
                Optional<Pattern> own = coder.verbs.best(s, v, false);
                if (own.isEmpty()) return;
                p = own.get();
                decided = p;
                code = p.code();
                eventNoun = -1;
            } else {
                decided = np.get();
                code = decided.code();
                consumedNouns.add(eventNoun);
            }
        }
        // What the verb's event owns, claimed only if it yields an event ("return to Geneva for talks" codes the talks).
        Set<Integer> content = contentNouns(v);
        // "an airstrike struck a compound", "the attack killed five", "the deployment of peacekeepers arrived": an event
        // noun as subject names the same act (same root, or both material conflict).
        Set<Integer> sameAct = new HashSet<>();
        String root = code.substring(0, 2);
        for (int subj : s.children(v, "nsubj")) {
            if (s.relation(subj).equals("nsubj:pass")) continue;
            String nounRoot = coder.nouns.best(s, subj).map(np -> np.code().length() >= 2 ? np.code().substring(0, 2) : "").orElse("");
            if (nounRoot.equals(root) || (UNATTRIBUTED_ROOTS.contains(nounRoot) && UNATTRIBUTED_ROOTS.contains(root))) sameAct.add(subj);
        }
        int before = events.size();
        boolean passive = !s.children(v, "nsubj:pass").isEmpty();
        List<Actor> sources = passive ? byAgent(v) : subjects(v);
        List<Actor> targets = new ArrayList<>();
        String targetText = "";
        int trigger = v;
        Pattern matchedPattern = p;
        // Apply coder.combinations outward: "demanded that partners refuse to recognize" = demand(refuse(recognize)).
        Combo link = combo;
        for (int depth = 0; link != null && depth < 4; depth++) {
            String combined = coder.combinations.combine(link.root(), code).orElse(code);
            boolean request = link.root().equals("02") || link.root().equals("10");
            if (request && link.governor() > 0) {
                // The one who urges or demands acts on the one urged: "urged Israel to accept", "said Sudan must".
                List<Actor> asker = link.pattern() == null && link.root().equals("10") ? speakerOf(link.governor()) : subjects(link.governor());
                List<Actor> asked = new ArrayList<>();
                for (int o : s.children(link.governor(), "obj")) asked.addAll(targetable(sa.argument(o)));
                if (asked.isEmpty()) asked.addAll(sources);
                sources = asker;
                targets.clear();
                targets.addAll(asked);
                final List<Actor> src = sources;
                targets.removeIf(a -> sameAsAny(a, src));
            }
            code = combined;
            if (link.governor() > 0) trigger = link.governor();
            if (link.pattern() != null) matchedPattern = link.pattern();
            link = link.governor() > 0 ? combos.get(link.governor()) : null;
        }
        List<String> slots = decided.targetSlots().isEmpty() ? DEFAULT_TARGET_SLOTS : decided.targetSlots();
        if (targets.isEmpty() && eventNoun > 0) targets.addAll(nounTargets(eventNoun, sources));
        if (targets.isEmpty() && eventNoun > 0) {
            // "launched a mediation effort between the Emirates and Saudi Arabia".
            for (Actor a : betweenActors(eventNoun)) if (!sameAsAny(a, sources)) targets.add(a);
        }
        if (targets.isEmpty()) {
            boolean readInOrder = false;
            for (String slot : slots) {
                if (slot.equals("content")) {
                    // Reported speech: the statement is about the first other actor of what was said.
                    for (int c : s.children(v, "ccomp")) {
                        for (int k : s.subtree(c)) {
                            List<Actor> got = codedOnly(sa.resolveHead(k));
                            final List<Actor> src = sources;
                            got.removeIf(a -> sameAsAny(a, src));
                            if (!got.isEmpty()) { targets.add(got.get(0)); break; }
                        }
                        if (!targets.isEmpty()) break;
                    }
                    if (!targets.isEmpty()) break;
                    continue;
                }
                List<Integer> candidates = slotTokens(v, slot, passive);
                if (coder.options.deepTargets() && !slot.equals("pass")) {
                    // PETRARCH reads the verb phrase left to right: the first argument with an actor is the target,
                    // whatever its slot; the slots are read together once.
                    if (readInOrder) continue;
                    readInOrder = true;
                    candidates = firstArguments(v, slots, passive);
                }
                for (int c : candidates) {
                    if (c == eventNoun) continue;
                    List<Actor> got = targetable(fillLocation(sa.argument(c), v));
                    final List<Actor> src = sources;
                    got.removeIf(a -> sameAsAny(a, src));
                    if (targetText.isEmpty()) targetText = s.span(c, c);
                    if (!got.isEmpty()) {
                        targets.addAll(got);
                        break;
                    }
                }
                if (!targets.isEmpty()) break;
            }
            // Only then the object's own arguments: "condemned threats against Iran". The verb's own "with Gondor"
            // outranks its object's "at Osgiliath" in "celebrated Eid at Osgiliath with Gondor".
            if (targets.isEmpty() && slots.contains("obj")) {
                for (int c : s.children(v, "obj")) {
                    if (c == eventNoun) continue;
                    List<Actor> nt = nounTargets(c, sources);
                    if (!nt.isEmpty()) { targets.addAll(nt); break; }
                }
            }
        }
        if (targets.isEmpty() && coder.options.deepTargets()) {
            // PETRARCH takes the first actor anywhere in the verb phrase ("cordoned off the roads leading into Mordor").
            for (var d : s.children(v)) {
                // A clause counts when it holds no event of its own and the verb is not one of reporting: "believes
                // [Dagolath can cope]", "began to question [whether he has a future with the Orcs]", but not "said [...]".
                // So is a verb the parser left as "dep" ("expressed hopes ... that Osgiliath could be drawn") and a
                // purpose clause ("signed an accord to supply Gondor").
                int c = d.dependent();
                String rel = d.relation();
                boolean clause = (rel.equals("ccomp") || (rel.equals("dep") && s.token(c).isVerb()) || (rel.equals("advcl") && purpose(c)))
                        && !hasEvent(c) && !SpeechVerbs.contains(s.token(v).lemma());
                if (!(rel.equals("obj") || rel.startsWith("obl") || clause)) continue;
                for (int k : s.subtree(c)) {
                    if (INNER.contains(s.relation(k))) continue; // a word inside a larger name
                    // A clause's subject with its conjuncts: "believes [Dagolath and Osgiliath] can cope".
                    List<Actor> got = targetable(s.relation(k).startsWith("nsubj") ? sa.argument(k) : sa.resolveHead(k));
                    final List<Actor> src = sources;
                    got.removeIf(a -> sameAsAny(a, src));
                    if (!got.isEmpty()) { targets.addAll(got); break; }
                }
                if (!targets.isEmpty()) break;
            }
        }
        if (!decided.markers().isEmpty() && eventNoun < 0) {
            sources = applyMarkers(v, decided, passive, sources, targets);
        }
        boolean negated = negated(v) || (eventNoun > 0 && negated(eventNoun)) || (trigger != v && negated(trigger));
        if (negated && coder.options.combine() && REFUSABLE.contains(code.substring(0, 2))) {
            // "will not accept refugees", "did not agree": not doing a cooperative thing is a refusal.
            code = coder.combinations.combine("12", code).orElse("120");
            negated = false;
        }
        emit(sources, targets, targetText, code, decided, matchedPattern, trigger, negated);
        if (events.size() > before || negated) {
            contentNouns.addAll(content);
            consumedNouns.addAll(sameAct);
        }
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

    /** The tokens of all the argument slots of {@code v} except the passive subject, in sentence order. */
    List<Integer> firstArguments(int v, List<String> slots, boolean passive) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        for (String slot : slots) if (!slot.equals("pass") && !slot.equals("content")) out.addAll(slotTokens(v, slot, passive));
        return List.copyOf(out);
    }

    /** Is the clause headed by {@code c} a "to" infinitive ("to supply Gondor")? */
    private boolean purpose(int c) {
        for (int m : s.children(c, "mark")) if (s.token(m).lemma().equals("to")) return true;
        return false;
    }

    /** Does the predicate of the clause headed by {@code c} (or a verb it governs: "can begin to cope") code an event? */
    boolean hasEvent(int c) {
        Pattern p = matched.get(c);
        if (p != null && !p.code().equals(NULL_CODE)) return true;
        for (int x : s.children(c, "xcomp")) if (hasEvent(x)) return true;
        return false;
    }

    boolean hasAux(int v, Set<String> words) {
        for (int a : s.children(v, "aux")) if (words.contains(s.token(a).word().toLowerCase(Locale.ROOT))) return true;
        return false;
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
     * An intention with a condition is a threat: always with "unless"; with "if" only when what is intended
     * is not cooperation ("would meet him if ..." is an offer, "will cut ties if ..." a threat).
     */
    boolean conditional(int v, int governor, Pattern inner) {
        boolean cooperative = inner != null && !inner.light() && REFUSABLE.contains(inner.code().substring(0, 2))
                && !inner.code().startsWith("087") && !inner.code().startsWith("08");
        for (int k : new int[] {v, governor}) {
            if (k <= 0) continue;
            for (int a : s.children(k, "advcl")) {
                for (int m : s.children(a, "mark")) {
                    String w = s.token(m).lemma().toLowerCase(Locale.ROOT);
                    if (w.equals("unless") || (w.equals("if") && !cooperative)) return true;
                }
            }
        }
        return false;
    }

    void codeNoun(int n) {
        Optional<Pattern> found = coder.nouns.best(s, n);
        if (found.isEmpty()) return;
        Pattern p = found.get();
        if (hypothetical(n)) return;
        // "protest movement": a noun used as a modifier names a kind of thing, not an event.
        if (s.relation(n).equals("compound")) return;
        // The content of another event noun ("threats of military operations") is not an event itself.
        int h = s.head(n);
        if (h > 0 && s.token(h).isNoun() && coder.nouns.has(s.token(h).lemma()) && s.caseMarker(n).equals("of")) return;
        List<Actor> sources = codedOnly(sa.resolveHead(n));
        if (contentNouns.contains(n) && sources.isEmpty()) return;
        List<Actor> targets = new ArrayList<>();
        List<Actor> between = betweenActors(n);
        if (!between.isEmpty()) {
            sources = between;
        } else {
            targets.addAll(nounTargets(n, sources));
        }
        if (sources.isEmpty() && p.mutual() && s.relation(n).startsWith("obl") && s.head(n) > 0) {
            // "U.S. and Russian negotiators return to Geneva for talks": a meeting with no owner of its own is among
            // the subjects of the verb it is the purpose or setting of.
            sources = codedOnly(subjects(s.head(n)));
        }
        if (sources.isEmpty()) sources = locationSource(n, p);
        Optional<ActorCode> anti = antiTarget(n);
        if (targets.isEmpty() && anti.isPresent()) {
            ActorCode a = anti.get();
            for (Actor src : sources) {
                ActorCode t = a.hasBase() ? a : new ActorCode(src.code().base(), a.role());
                targets.add(new Actor(t, s.token(childWithAnti(n)).word(), s.index(), n, false, false, "anti- modifier"));
            }
        }
        emit(sources, targets, "", p.code(), p, p, n, negated(n));
    }

    /** Emits source x target events (or mutual pairs, or target-less events where the pattern allows). */
    void emit(List<Actor> sources, List<Actor> targets, String targetText, String code, Pattern decided, Pattern matched, int trigger,
              boolean negated) {
        if (negated && !coder.options.keepNegated()) return;
        List<Actor> src = codedOnly(sources);
        if (src.isEmpty()) src = unknownSource(sources, targets, code, trigger);
        if (src.isEmpty()) src = armedUnknown(sources, code, trigger);
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
        return List.of(new Actor(ActorCode.NONE, said == null ? "" : said.text(), s.index(), said == null ? trigger : said.head(),
                false, false, said == null ? "no agent" : "unknown actor"));
    }

    /**
     * Material conflict with arms and no known side ("explosives were found in a house", "a roadside bomb exploded",
     * "mortar shells landed in Mogadishu") is coded with an empty source that keeps the subject's words ({@link Arms}).
     */
    List<Actor> armedUnknown(List<Actor> sources, String code, int trigger) {
        if (coder.options.requireDyad() || !UNATTRIBUTED_ROOTS.contains(code.substring(0, 2)) || !coder.rules.arms().involved(s, trigger)) return List.of();
        Actor said = sources.isEmpty() ? null : sources.get(0);
        return List.of(new Actor(ActorCode.NONE, said == null ? "" : said.text(), s.index(), said == null ? trigger : said.head(),
                false, false, said == null ? "no agent, arms" : "unknown actor, arms"));
    }

    void add(Actor src, Actor tgt, String targetText, String code, Pattern decided, Pattern matched, int trigger, boolean negated) {
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
        int from = Math.min(trigger, src.sentence() == s.index() ? src.head() : trigger);
        int to = Math.max(trigger, src.sentence() == s.index() ? src.head() : trigger);
        if (tgt != null && tgt.sentence() == s.index()) {
            from = Math.min(from, tgt.head());
            to = Math.max(to, tgt.head());
        }
        events.add(new Event(articleId, s.index(), date,
                src.code().code(), src.text(), tgt == null ? "" : tgt.code().code(), tgt == null ? targetText : tgt.text(),
                c.code(), c.root(), c.name(), c.goldstein(), c.quadClass(), c.ploverType(), c.ploverMode(),
                pattern, s.token(trigger).word(), s.text(), s.span(from, to), negated, attribution(trigger), explanation));
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
        if (p == null || p.light() || p.code().length() < 2 || p.code().equals(NULL_CODE)) return false;
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

    List<Actor> betweenActors(int n) {
        for (var d : s.children(n)) {
            if (d.relation().startsWith("nmod") && s.caseMarker(d.dependent()).equals("between")) {
                List<Actor> a = codedOnly(sa.argument(d.dependent()));
                if (a.size() >= 2) return a;
            }
        }
        return List.of();
    }

    /** Protest coder.nouns without a named source: the people of the place where they happen. */
    List<Actor> locationSource(int n, Pattern p) {
        if (!p.code().startsWith("14")) return List.of();
        Optional<String> country = locationCountry(n);
        return country.map(c -> List.of(new Actor(new ActorCode(c, "OPP"), s.token(n).word(), s.index(), n, false, true, "location")))
                .orElse(List.of());
    }

    /** The country of "in X" above the token, or of the noun a "where" clause modifies. */
    Optional<String> locationCountry(int k) {
        int cur = k;
        for (int depth = 0; depth < 6 && cur > 0; depth++) {
            for (var d : s.children(cur)) {
                if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && LOCATION_CASES.contains(s.caseMarker(d.dependent()))) {
                    for (Actor a : sa.resolveHead(d.dependent())) if (a.code().hasBase()) return Optional.of(a.code().base());
                }
            }
            if (s.relation(cur).equals("acl:relcl")) {
                boolean where = s.children(cur).stream().anyMatch(d -> s.token(d.dependent()).lemma().equalsIgnoreCase("where"));
                if (where) {
                    for (Actor a : sa.resolveHead(s.head(cur))) if (a.code().hasBase()) return Optional.of(a.code().base());
                }
            }
            cur = s.head(cur);
        }
        return Optional.empty();
    }

    /** A role without a country ("demonstrators") takes the country of the place named in the clause. */
    List<Actor> fillLocation(List<Actor> in, int v) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : in) {
            if (a.coded() && !a.code().hasBase() && !a.code().role().isEmpty()) {
                Optional<String> c = locationCountry(a.head()).or(() -> locationCountry(v));
                if (c.isPresent()) a = a.withCode(a.code().withBase(c.get()), a.how() + " + location");
            }
            out.add(a);
        }
        return out;
    }

    Optional<ActorCode> antiTarget(int n) {
        int k = childWithAnti(n);
        return k > 0 ? resolver.antiTarget(s.token(k)) : Optional.empty();
    }

    int childWithAnti(int n) {
        for (int c : s.children(n, "amod")) if (s.token(c).word().toLowerCase(Locale.ROOT).startsWith("anti-")) return c;
        for (int c : s.children(n, "compound")) if (s.token(c).word().toLowerCase(Locale.ROOT).startsWith("anti-")) return c;
        return -1;
    }

    int lightNoun(int v) {
        for (int o : s.children(v, "obj")) {
            for (int k : Constraint.nominalHeads(s, o)) if (coder.nouns.has(s.token(k).lemma()) && coder.nouns.best(s, k).isPresent()) return k;
        }
        for (var d : s.children(v)) {
            if (d.relation().startsWith("obl") && coder.nouns.has(s.token(d.dependent()).lemma())) return d.dependent();
        }
        return -1;
    }

    /**
     * Event nouns among a matched verb's own arguments are its content, not events of their own: "threatened to
     * institute a curfew", "demanded the resignation of", "blamed Israel for the bombing", "despite pressure by". The
     * arguments are its objects and prepositional phrases, followed through infinitives and the nouns' own
     * modifiers, never into its subject or into other clauses. Such a noun is still coded when it names its own actor.
     */
    Set<Integer> contentNouns(int v) {
        Set<Integer> out = new HashSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(v));
        while (!todo.isEmpty()) {
            for (var d : s.children(todo.pop())) {
                String rel = d.relation();
                if (rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("xcomp")) {
                    if (s.token(d.dependent()).isNoun()) out.add(d.dependent());
                    todo.push(d.dependent());
                }
            }
        }
        return out;
    }

    boolean negated(int p) {
        for (var d : s.children(p)) {
            String rel = d.relation();
            String w = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(w)) return true;
        }
        return false;
    }

    /** Under "fears of", "the possibility of", "potential": talk about an event, not the event. */
    boolean hypothetical(int p) {
        for (int c : s.children(p, "amod")) if (HYPOTHETICAL.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) return true;
        for (int c : s.children(p, "compound")) if (HYPOTHETICAL.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) return true;
        int cur = s.head(p);
        for (int depth = 0; depth < 3 && cur > 0; depth++) {
            Token t = s.token(cur);
            if (t.isVerb()) break;
            if (HYPOTHETICAL.contains(t.lemma().toLowerCase(Locale.ROOT)) && !coder.nouns.has(t.lemma())) return true;
            cur = s.head(cur);
        }
        return false;
    }

    /** Who reports the event: the subject of a speech verb above it ("X said Russia condemned ..."). */
    String attribution(int p) {
        int cur = s.head(p);
        while (cur > 0) {
            Token t = s.token(cur);
            if (t.isVerb() && SpeechVerbs.contains(t.lemma())) {
                for (int subj : s.children(cur, "nsubj")) {
                    if (s.subtree(subj).contains(p)) continue;
                    List<Actor> a = sa.resolveHead(subj);
                    return a.isEmpty() ? s.span(subj, subj) : a.get(0).code().code() + " (" + a.get(0).text() + ")";
                }
            }
            cur = s.head(cur);
        }
        return "";
    }

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
