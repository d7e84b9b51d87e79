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
import org.herald.dict.SpeechVerbs;
import org.herald.model.Event;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.Token;

/**
 * Codes the events of one sentence: plans verb combinations, codes verbs and event nouns, finds their sources
 * and targets in the tree ({@link Arguments}) and emits events ({@link EventEmitter}). One instance per sentence;
 * {@link EventCoder} holds the dictionaries.
 */
final class SentenceCoder {
    private static final List<String> DEFAULT_TARGET_SLOTS = List.of("obj", "iobj", "obl:against", "obl:with", "obl:on",
            "obl:to", "obl:at", "obl:toward", "obl:towards", "obl:for", "obl:over", "obl:from", "obl:into", "obl:of", "pass", "xcomp");
    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
    private static final Set<String> HYPOTHETICAL = Set.of("fear", "possibility", "potential", "possible", "risk", "prospect",
            "speculation", "rumor", "rumour", "likelihood", "danger", "threat", "worry", "concern", "scenario", "plan");

    /** PETRARCH's null code: the pattern matches, and says there is no event. */
    static final String NULL_CODE = "---";
    private static final Set<String> REFUSABLE = Set.of("03", "04", "05", "06", "07", "08");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "would");
    private static final Set<String> OBLIGATION = Set.of("must", "should");
    private static final Set<String> WILLING = Set.of("willing", "ready", "prepared", "determined", "committed", "eager", "keen", "poised", "set");

    /** A governing root for a combination, and the governing verb (-1 for a modal or adjective) and its pattern. */
    record Combo(String root, int governor, Pattern pattern) {}

    final EventCoder coder;
    final ParsedSentence s;
    final ActorResolver.SentenceActors sa;
    final ActorResolver resolver;
    final Set<Integer> consumedNouns = new HashSet<>();
    /** Objects of coded verbs: coded again only when they have an owner of their own ("American threats"). */
    final Set<Integer> contentNouns = new HashSet<>();
    /** Tokens in a part of the sentence that says what did not (yet) happen ({@link Modality}). */
    final Set<Integer> unrealised = new HashSet<>();
    private final Map<Integer, Optional<Pattern>> nounPatterns = new HashMap<>();
    final Map<Integer, Combo> combos = new HashMap<>();
    /** The predicates a pattern matched, in sentence order. */
    final Map<Integer, Pattern> matched = new LinkedHashMap<>();
    final Arguments args;
    final EventEmitter emitter;

    SentenceCoder(EventCoder coder, String articleId, LocalDate date, ParsedSentence s, ActorResolver.SentenceActors sa, ActorResolver resolver,
                  org.herald.geo.StoryPlaces places) {
        this.coder = coder;
        this.s = s;
        this.sa = sa;
        this.resolver = resolver;
        this.args = new Arguments(s, sa, matched, places);
        this.emitter = new EventEmitter(coder, articleId, date, s, args);
    }

    List<Event> code() {
        for (Token t : s.tokens()) {
            // A noun heading a clause ("they would blockade Paris", tagged NN) is a verb the tagger missed.
            boolean clauseNoun = t.isNoun() && !s.children(t.index(), "aux").isEmpty() && !s.children(t.index(), "nsubj").isEmpty();
            // An adjective is a predicate only when it heads a clause ("is willing", "are critical of"): not "rebel
            // fighters".
            boolean predicative = t.pos().startsWith("JJ") && (!s.children(t.index(), "cop").isEmpty() || !s.children(t.index(), "nsubj").isEmpty()
                    || s.relation(t.index()).equals("xcomp") || s.relation(t.index()).equals("root"));
            if (t.isVerb() || clauseNoun || (predicative && coder.verbs.has(t.lemma()))) {
                coder.verbs.best(s, t.index()).ifPresent(p -> matched.put(t.index(), p));
            }
        }
        // Plan combinations first: a governing verb that combines with the event below it is not coded alone.
        Set<Integer> governors = new HashSet<>();
        // "Russia said Sudan must ensure ...": an obligation laid on another actor is a demand even for verbs
        // Herald has no pattern for.
        for (Token t : coder.options.combine() ? s.tokens() : List.<Token>of()) {
            if (t.isVerb() && !matched.containsKey(t.index()) && hasAux(t.index(), OBLIGATION) && args.underSpeech(t.index()) && args.speakerDiffers(t.index())) {
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
            // A noun coded as a verb ("they would blockade Paris", tagged NN) is not coded again as a noun.
            boolean codedAsVerb = matched.containsKey(t.index());
            if (t.isNoun() && !codedAsVerb && !consumedNouns.contains(t.index()) && !unrealised.contains(t.index())) codeNoun(t.index());
        }
        return emitter.events;
    }

    /**
     * The event a learned model calls for in this sentence: the main predicate (the root, or the first verb under a
     * nominal root), its subject (or passive agent) as source, its first object or prepositional argument naming an
     * actor as target.
     */
    List<Event> modelEvent(EventCoder.ModelCall call) {
        List<Integer> roots = s.roots();
        if (roots.isEmpty()) return List.of();
        int v = roots.get(0);
        // "HRANA estimates that fatalities have surpassed 2,600": who reports is not who acts; the reported clause is.
        for (int depth = 0; depth < 3 && SpeechVerbs.contains(s.token(v).lemma()) && !s.children(v, "ccomp").isEmpty(); depth++) {
            v = s.children(v, "ccomp").get(0);
        }
        if (SpeechVerbs.contains(s.token(v).lemma())) return List.of();
        Pattern p = new Pattern("model:" + call.type(), call.code(), Set.of(s.token(v).lemma()), List.of(), true, false, List.of(), "model", 0);
        boolean passive = !s.children(v, "nsubj:pass").isEmpty();
        List<Actor> sources = passive ? args.byAgent(v) : args.subjects(v);
        List<Actor> targets = new ArrayList<>();
        for (var d : s.children(v)) {
            String rel = d.relation();
            if (!(rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl") || rel.equals("nsubj:pass"))) continue;
            List<Actor> got = args.targetable(sa.argument(d.dependent()));
            final List<Actor> src = sources;
            got.removeIf(a -> args.sameAsAny(a, src));
            if (!got.isEmpty()) {
                targets.addAll(got);
                break;
            }
        }
        emitter.emit(sources, targets, "", call.code(), p, p, v, negated(v));
        if (emitter.events.isEmpty() && call.unknownActors() && !negated(v) && !coder.options.requireDyad()) {
            // The model is sure of the type but the sentence names no actor for it ("fatalities have surpassed 2,600"):
            // the event is kept with unknown actors and their words, as for protest and arms.
            Actor who = sources.isEmpty() ? emitter.unknown("", v, "model event, no actor")
                    : emitter.unknown(sources.get(0).text(), sources.get(0).head(), "model event, unknown actor");
            emitter.add(who, targets.isEmpty() ? null : targets.get(0), "", call.code(), p, p, v, false);
        }
        List<Event> out = new ArrayList<>();
        for (Event e : emitter.events) out.add(e.withExplanation(call.why()));
        return out;
    }

    /** The CAMEO root of every token that codes an event: matched verbs with their combined root, event nouns. */
    private Map<Integer, String> eventRoots() {
        Map<Integer, String> out = new HashMap<>();
        for (Map.Entry<Integer, Pattern> m : matched.entrySet()) {
            Pattern p = m.getValue();
            String code = p.code();
            if (p.light()) {
                int n = lightNoun(m.getKey());
                code = n < 0 ? "" : nounPattern(n).map(Pattern::code).orElse("");
            }
            Combo c = combos.get(m.getKey());
            if (c != null) code = c.root();
            if (code.length() >= 2 && !code.equals(NULL_CODE)) out.put(m.getKey(), code.substring(0, 2));
        }
        for (Token t : s.tokens()) {
            if (!t.isNoun() || out.containsKey(t.index())) continue;
            nounPattern(t.index()).filter(p -> !p.code().equals(NULL_CODE)).ifPresent(p -> out.put(t.index(), p.code().substring(0, 2)));
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
                if (FUTURE.contains(al) && (!al.equals("would") || args.underSpeech(v))) c = new Combo("03", -1, null);
                if (OBLIGATION.contains(al) && args.underSpeech(v) && args.speakerDiffers(v)) c = new Combo("10", args.speechVerb(v), null);
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
            Optional<Pattern> np = eventNoun < 0 ? Optional.empty() : nounPattern(eventNoun);
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
            String nounRoot = nounPattern(subj).map(np -> np.code().length() >= 2 ? np.code().substring(0, 2) : "").orElse("");
            if (nounRoot.equals(root) || (EventEmitter.UNATTRIBUTED_ROOTS.contains(nounRoot) && EventEmitter.UNATTRIBUTED_ROOTS.contains(root))) sameAct.add(subj);
        }
        int before = emitter.events.size();
        boolean passive = !s.children(v, "nsubj:pass").isEmpty();
        List<Actor> sources = passive ? args.byAgent(v) : args.subjects(v);
        List<Actor> targets = new ArrayList<>();
        String targetText = "";
        int trigger = v;
        Pattern matchedPattern = p;
        // Apply combinations outward: "demanded that partners refuse to recognize" = demand(refuse(recognize)).
        Combo link = combo;
        for (int depth = 0; link != null && depth < 4; depth++) {
            String combined = coder.combinations.combine(link.root(), code).orElse(code);
            boolean request = link.root().equals("02") || link.root().equals("10");
            if (request && link.governor() > 0) {
                // The one who urges or demands acts on the one urged: "urged Israel to accept", "said Sudan must".
                List<Actor> asker = link.pattern() == null && link.root().equals("10") ? args.speakerOf(link.governor()) : args.subjects(link.governor());
                List<Actor> asked = new ArrayList<>();
                for (int o : s.children(link.governor(), "obj")) asked.addAll(args.targetable(sa.argument(o)));
                if (asked.isEmpty()) asked.addAll(sources);
                sources = asker;
                targets.clear();
                targets.addAll(asked);
                final List<Actor> src = sources;
                targets.removeIf(a -> args.sameAsAny(a, src));
            }
            code = combined;
            if (link.governor() > 0) trigger = link.governor();
            if (link.pattern() != null) matchedPattern = link.pattern();
            link = link.governor() > 0 ? combos.get(link.governor()) : null;
        }
        List<String> slots = decided.targetSlots().isEmpty() ? DEFAULT_TARGET_SLOTS : decided.targetSlots();
        if (targets.isEmpty() && eventNoun > 0) targets.addAll(args.nounTargets(eventNoun, sources));
        if (targets.isEmpty() && eventNoun > 0) {
            // "launched a mediation effort between the Emirates and Saudi Arabia".
            for (Actor a : args.betweenActors(eventNoun)) if (!args.sameAsAny(a, sources)) targets.add(a);
        }
        if (targets.isEmpty()) {
            boolean readInOrder = false;
            for (String slot : slots) {
                if (slot.equals("content")) {
                    // Reported speech: the statement is about the first other actor of what was said.
                    for (int c : s.children(v, "ccomp")) {
                        for (int k : s.subtree(c)) {
                            List<Actor> got = args.codedOnly(sa.resolveHead(k));
                            final List<Actor> src = sources;
                            got.removeIf(a -> args.sameAsAny(a, src));
                            if (!got.isEmpty()) { targets.add(got.get(0)); break; }
                        }
                        if (!targets.isEmpty()) break;
                    }
                    if (!targets.isEmpty()) break;
                    continue;
                }
                List<Integer> candidates = args.slotTokens(v, slot, passive);
                if (coder.options.deepTargets() && !slot.equals("pass")) {
                    // PETRARCH reads the verb phrase left to right: the first argument with an actor is the target,
                    // whatever its slot; the slots are read together once.
                    if (readInOrder) continue;
                    readInOrder = true;
                    candidates = args.firstArguments(v, slots, passive);
                }
                for (int c : candidates) {
                    if (c == eventNoun) continue;
                    List<Actor> got = args.targetable(args.fillLocation(sa.argument(c), v));
                    final List<Actor> src = sources;
                    got.removeIf(a -> args.sameAsAny(a, src));
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
                    List<Actor> nt = args.nounTargets(c, sources);
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
                    if (Arguments.INNER.contains(s.relation(k))) continue; // a word inside a larger name
                    // A clause's subject with its conjuncts: "believes [Dagolath and Osgiliath] can cope".
                    List<Actor> got = args.targetable(s.relation(k).startsWith("nsubj") ? sa.argument(k) : sa.resolveHead(k));
                    final List<Actor> src = sources;
                    got.removeIf(a -> args.sameAsAny(a, src));
                    if (!got.isEmpty()) { targets.addAll(got); break; }
                }
                if (!targets.isEmpty()) break;
            }
        }
        if (!decided.markers().isEmpty() && eventNoun < 0) {
            sources = args.applyMarkers(v, decided, passive, sources, targets);
        }
        boolean negated = negated(v) || (eventNoun > 0 && negated(eventNoun)) || (trigger != v && negated(trigger));
        if (negated && coder.options.combine() && REFUSABLE.contains(code.substring(0, 2))) {
            // "will not accept refugees", "did not agree": not doing a cooperative thing is a refusal.
            code = coder.combinations.combine("12", code).orElse("120");
            negated = false;
        }
        emitter.emit(sources, targets, targetText, code, decided, matchedPattern, trigger, negated);
        if (emitter.events.size() > before || negated) {
            contentNouns.addAll(content);
            consumedNouns.addAll(sameAct);
        }
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
        Optional<Pattern> found = nounPattern(n);
        if (found.isEmpty()) return;
        Pattern p = found.get();
        if (hypothetical(n)) return;
        // "protest movement": a noun used as a modifier names a kind of thing, not an event.
        if (s.relation(n).equals("compound")) return;
        // "Resistance and army forces advanced": a noun conjoined with an actor names an actor, not an event.
        if (conjoinedWithActor(n)) return;
        // The content of another event noun ("threats of military operations") is not an event itself.
        int h = s.head(n);
        if (h > 0 && s.token(h).isNoun() && coder.nouns.has(s.token(h).lemma()) && s.caseMarker(n).equals("of")) return;
        List<Actor> sources = args.codedOnly(sa.resolveHead(n));
        // "protests by farmers", "an attack by rebels on a convoy": a nominalisation's "by" phrase is its agent.
        List<Actor> agent = args.nounAgent(n);
        if (sources.isEmpty()) sources = args.codedOnly(agent);
        if (contentNouns.contains(n) && sources.isEmpty()) return;
        List<Actor> targets = new ArrayList<>();
        List<Actor> between = args.betweenActors(n);
        if (!between.isEmpty()) {
            sources = between;
        } else {
            targets.addAll(args.nounTargets(n, sources));
        }
        if (sources.isEmpty() && p.mutual() && s.relation(n).startsWith("obl") && s.head(n) > 0) {
            // "U.S. and Russian negotiators return to Geneva for talks": a meeting with no owner of its own is among
            // the subjects of the verb it is the purpose or setting of.
            sources = args.codedOnly(args.subjects(s.head(n)));
        }
        if (sources.isEmpty()) sources = args.locationSource(n, p);
        if (sources.isEmpty()) sources = agent; // uncoded: its words stay with an event coded without known actors
        Optional<ActorCode> anti = antiTarget(n);
        if (targets.isEmpty() && anti.isPresent()) {
            ActorCode a = anti.get();
            for (Actor src : sources) {
                ActorCode t = a.hasBase() ? a : new ActorCode(src.code().base(), a.role());
                targets.add(new Actor(t, s.token(childWithAnti(n)).word(), s.index(), n, false, false, "anti- modifier"));
            }
        }
        emitter.emit(sources, targets, "", p.code(), p, p, n, negated(n));
    }

    private boolean conjoinedWithActor(int n) {
        List<Integer> mates = new ArrayList<>(s.children(n, "conj"));
        if (s.relation(n).equals("conj") && s.head(n) > 0) mates.add(s.head(n));
        for (int m : mates) if (!args.codedOnly(sa.resolveHead(m)).isEmpty()) return true;
        return false;
    }

    /** The event-noun pattern of token {@code n}, matched once per sentence (planning, coding and light verbs all ask). */
    private Optional<Pattern> nounPattern(int n) {
        return nounPatterns.computeIfAbsent(n, k -> coder.nouns.best(s, k));
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
            for (int k : Constraint.nominalHeads(s, o)) if (coder.nouns.has(s.token(k).lemma()) && nounPattern(k).isPresent()) return k;
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
}
