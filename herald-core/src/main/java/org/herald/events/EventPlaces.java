package org.herald.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.actors.Actor;
import org.herald.actors.ActorCode;
import org.herald.actors.ActorResolver;
import org.herald.dict.SpeechVerbs;
import org.herald.geo.Place;
import org.herald.geo.StoryPlaces;
import org.herald.model.Location;
import org.herald.nlp.ParsedSentence;

/**
 * The places of one sentence as the coder uses them: the country a place phrase gives an actor without one ("protesters
 * rallied in Kidal", "Idlib residents", "a newspaper based in Beirut") and the location of each event (a place phrase of
 * its clause or its actors, else another place of the sentence, else the story's dateline).
 */
final class EventPlaces {
    /** Case markers that put a role in a place ("gunmen in northern Mali"). */
    private static final Set<String> LOCATION_CASES = Set.of("in", "throughout", "across", "inside", "within");
    /** Case markers that place an event ("near Eilat", "at a checkpoint outside Kabul", "off the coast of Somalia"). */
    private static final Set<String> EVENT_CASES = Set.of("in", "throughout", "across", "inside", "within", "near", "at", "outside", "around",
            "off", "on", "from", "into", "along", "of", "over", "towards", "toward", "to", "between", "by");
    private static final int DEPTH = 3;
    /** Relations of reported content under a speech verb. */
    private static final Set<String> REPORTED = Set.of("ccomp", "parataxis");

    private final ParsedSentence s;
    private final ActorResolver.SentenceActors sa;
    private final StoryPlaces story;
    private Set<String> countries;

    EventPlaces(ParsedSentence s, ActorResolver.SentenceActors sa, StoryPlaces story) {
        this.s = s;
        this.sa = sa;
        this.story = story;
    }

    /**
     * The place named at token {@code n}: a mention covering it, its compound or flat name parts, or its "of" name ("the
     * town of Kidal").
     */
    Optional<StoryPlaces.Mention> placeAt(int n) {
        Optional<StoryPlaces.Mention> m = story.at(s.index(), n);
        if (m.isPresent()) return m;
        for (var d : s.children(n)) {
            boolean part = d.relation().equals("compound") || d.relation().equals("flat");
            boolean of = d.relation().startsWith("nmod") && s.caseMarker(d.dependent()).equals("of");
            if (part || of) {
                m = story.at(s.index(), d.dependent());
                if (m.isPresent()) return m;
            }
        }
        return Optional.empty();
    }

    /** The country of the place named at token {@code n}, if any. */
    Optional<String> placeCountry(int n) {
        return placeAt(n).map(m -> m.place().country()).filter(c -> !c.isEmpty());
    }

    /**
     * The country a place phrase gives token {@code k}: its own place modifier ("Idlib residents", "a newspaper based in
     * Beirut"), "in X" above it, or the noun a "where" clause modifies.
     */
    Optional<String> locationCountry(int k) {
        for (var d : s.children(k)) {
            if (d.relation().equals("compound")) {
                Optional<String> c = placeCountry(d.dependent());
                if (c.isPresent()) return c;
            }
            if (d.relation().startsWith("acl")) {
                for (var e : s.children(d.dependent())) {
                    if (e.relation().startsWith("obl") && LOCATION_CASES.contains(s.caseMarker(e.dependent()))) {
                        Optional<String> c = placeCountry(e.dependent());
                        if (c.isPresent()) return c;
                    }
                }
            }
        }
        int cur = k;
        for (int depth = 0; depth < 6 && cur > 0; depth++) {
            for (var d : s.children(cur)) {
                if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod")) && LOCATION_CASES.contains(s.caseMarker(d.dependent()))) {
                    for (Actor a : sa.resolveHead(d.dependent())) if (a.code().hasBase()) return Optional.of(a.code().base());
                    Optional<String> place = placeCountry(d.dependent());
                    if (place.isPresent()) return place;
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

    /**
     * The countries the sentence names: by its country names, demonyms, capitals, seats of government and known persons
     * and groups (never an international organisation), and by its places other than a dateline.
     */
    Set<String> countries() {
        if (countries == null) {
            Set<String> out = new java.util.TreeSet<>();
            nationalBases(sa.matches(), out);
            for (StoryPlaces.Mention m : story.in(s.index())) if (!m.dateline() && !m.place().country().isEmpty()) out.add(m.place().country());
            countries = out;
        }
        return countries;
    }

    /** Adds the countries that the national words among {@code matches} name (never an international organisation's). */
    static void nationalBases(List<org.herald.actors.PhraseMatch> matches, Set<String> out) {
        for (var m : matches) {
            for (var e : m.entries()) {
                boolean national = switch (e.kind()) {
                    case COUNTRY, ADJECTIVE, CAPITAL, SEAT, LEADER -> true;
                    default -> false;
                };
                String base = e.code().base();
                if (national && base.length() == 3 && !base.equals("IGO") && !base.equals("NGO")) out.add(base);
            }
        }
    }

    /**
     * The event with the country its actors of no country take from the sentence, after the non-political contexts have
     * judged it as reported. A role ("the president", "militants") takes the sentence's only country, unless that is the
     * other side's country ("the government rejected Iran's offer") or only its reporter's ("Iraqi officials said
     * gunmen killed villagers"). An unknown perpetrator of protest or force takes
     * the country where the event happened, as ACLED names them ("Unidentified armed group (Iraq)", "Protesters (East
     * Timor)"): OPP for protest, UAF for coercion and force. With {@code storyCountry} (the option's dominant country),
     * a role of a sentence that names no country takes that.
     */
    org.herald.model.Event placeActors(org.herald.model.Event e, Optional<String> storyCountry) {
        ActorCode src = ActorCode.parse(e.source()), tgt = ActorCode.parse(e.target());
        // "Iraqi officials said gunmen killed villagers": the reporter's country is not the gunmen's.
        String speaker = ActorCode.parse(org.herald.model.Attribution.parse(e.attributedTo()).code()).base();
        ActorCode newSrc = src, newTgt = tgt;
        List<String> why = new ArrayList<>();
        if (!src.hasBase() && !src.role().isEmpty()) {
            Optional<String> only = onlyCountry(tgt.base(), speaker);
            if (only.isPresent()) {
                newSrc = src.withBase(only.get());
                why.add("source takes the sentence's only country");
            }
        } else if (src.isEmpty() && e.code().length() >= 2) {
            String root = e.code().substring(0, 2);
            String role = root.equals("14") ? "OPP" : EventEmitter.UNATTRIBUTED_ROOTS.contains(root) ? "UAF" : "";
            Location where = e.location();
            boolean here = where.how().equals("clause") || where.how().equals("sentence");
            if (!role.isEmpty() && here && !where.country().isEmpty()) {
                newSrc = new ActorCode(where.country(), role);
                why.add("unknown source takes the country where it happened");
            }
        }
        if (!tgt.hasBase() && !tgt.role().isEmpty()) {
            Optional<String> only = onlyCountry(src.base(), speaker);
            if (only.isPresent()) {
                newTgt = tgt.withBase(only.get());
                why.add("target takes the sentence's only country");
            }
        }
        // Only where the sentence names no country at all, and only when asked (CoderOptions.storyCountry).
        if (storyCountry.isPresent() && countries().isEmpty()) {
            if (!newSrc.hasBase() && !newSrc.role().isEmpty() && !storyCountry.get().equals(newTgt.base())) {
                newSrc = newSrc.withBase(storyCountry.get());
                why.add("source takes the story's dominant country");
            }
            if (!newTgt.hasBase() && !newTgt.role().isEmpty() && !storyCountry.get().equals(newSrc.base())) {
                newTgt = newTgt.withBase(storyCountry.get());
                why.add("target takes the story's dominant country");
            }
        }
        if (why.isEmpty()) return e;
        return e.withActors(newSrc.code(), newTgt.code(), String.join("; ", why));
    }

    /** The one country the sentence names besides its reporter's, unless it is the other side's. */
    private Optional<String> onlyCountry(String otherSide, String speaker) {
        Set<String> named = new java.util.TreeSet<>(countries());
        named.remove(speaker);
        return named.size() == 1 && !named.contains(otherSide) ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /**
     * Where the event of {@code trigger} between {@code src} and {@code tgt} (either may be null) happened: the nearest
     * place phrase below its predicate, the clauses above it or its actors; else the first other place of the sentence
     * (a city or region before a country; never an actor's own name); else the story's dateline.
     */
    Location eventLocation(int trigger, Actor src, Actor tgt) {
        Set<Integer> actorHeads = new HashSet<>();
        for (Actor a : new Actor[] {src, tgt}) if (a != null && a.sentence() == s.index() && a.head() > 0) actorHeads.add(a.head());
        List<Integer> starts = new ArrayList<>(List.of(trigger));
        starts.addAll(actorHeads);
        int cur = trigger;
        // Up through the clauses the event is part of ("stormed ..., killing three"), but not into a speaker's clause:
        // "the Kremlin said in Moscow that shelling killed 27 in Donetsk" happened in Donetsk.
        for (int up = 0; up < DEPTH && s.head(cur) > 0 && !REPORTED.contains(s.relation(cur)); up++) {
            cur = s.head(cur);
            starts.add(cur);
        }
        Optional<StoryPlaces.Mention> near = below(starts, actorHeads);
        if (near.isPresent()) return location(near.get(), "clause");
        StoryPlaces.Mention country = null;
        for (StoryPlaces.Mention m : story.in(s.index())) {
            if (m.dateline() || actorHeads.stream().anyMatch(h -> m.covers(h) || owns(h, m)) || speakers(m.from(), trigger)) continue;
            if (m.place().precision() != Place.Precision.COUNTRY) return location(m, "sentence");
            if (country == null) country = m;
        }
        if (country != null) return location(country, "sentence");
        return story.dateline().map(m -> location(m, "dateline")).orElse(Location.NONE);
    }

    /**
     * Is token {@code k} in the part of the sentence that says who spoke, where and how ("officials in Washington
     * said", "speaking in Brussels", "told reporters in Ankara") rather than in what they reported?
     */
    private boolean speakers(int k, int trigger) {
        int cur = k;
        for (int depth = 0; depth < 8 && cur > 0; depth++) {
            if (cur == trigger || REPORTED.contains(s.relation(cur))) return false;
            int h = s.head(cur);
            if (h > 0 && SpeechVerbs.isSpeech(s.token(h))) return h != trigger;
            cur = h;
        }
        return false;
    }

    /** Is the mention a possessor or name part of the actor at {@code head} ("Russia's foreign ministry")? */
    private boolean owns(int head, StoryPlaces.Mention m) {
        for (int k = m.from(); k <= m.to(); k++) if (s.head(k) == head && Arguments.INNER.contains(s.relation(k))) return true;
        return false;
    }

    /**
     * The nearest place phrase found going down from any of {@code starts} (the predicate, its actors, the clauses above)
     * through place-marked nominals, breadth first from all at once: "voters in Crimea cast ballots in a referendum on
     * joining Russia" happened in Crimea, one step from its actor, not in Russia, three steps from its predicate.
     */
    private Optional<StoryPlaces.Mention> below(List<Integer> starts, Set<Integer> actorHeads) {
        Deque<int[]> queue = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        for (int start : starts) if (seen.add(start)) queue.add(new int[] {start, 0});
        while (!queue.isEmpty()) {
            int[] at = queue.poll();
            for (var d : s.children(at[0])) {
                int c = d.dependent();
                String rel = d.relation();
                // Through a subject too, to its place phrase: "an airstrike near Jilib had killed ...".
                boolean nominal = rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("compound") || rel.startsWith("acl")
                        || rel.equals("appos") || rel.equals("obj") || rel.startsWith("nsubj");
                if (!nominal || !seen.add(c)) continue;
                // An object names where an event happened only when it is a place: "stormed Marawi".
                boolean placed = rel.equals("compound") || rel.startsWith("acl") || EVENT_CASES.contains(s.caseMarker(c))
                        || rel.equals("obl:npmod") || rel.equals("appos") || rel.equals("obj");
                if (placed && !actorHeads.contains(c)) {
                    Optional<StoryPlaces.Mention> m = placeAt(c);
                    // A country named as a modifier ("US troops") is the actor's nationality, not a place.
                    boolean nationality = rel.equals("compound") && m.isPresent() && m.get().place().precision() == Place.Precision.COUNTRY;
                    if (m.isPresent() && !m.get().dateline() && !nationality) return m;
                }
                if (at[1] + 1 < DEPTH) queue.add(new int[] {c, at[1] + 1});
            }
        }
        return Optional.empty();
    }

    static Location location(StoryPlaces.Mention m, String how) {
        Place p = m.place();
        return new Location(m.text(), p.id(), p.name(), p.lat(), p.lon(), p.country(),
                p.precision() == Place.Precision.COUNTRY ? "" : p.region(), p.admin1(), p.precision().label(), how);
    }
}
