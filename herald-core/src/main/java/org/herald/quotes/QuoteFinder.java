package org.herald.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.actors.ActorResolver;
import org.herald.dict.SpeechVerbs;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.Token;

/**
 * Finds the quotations of an article, sentence by sentence in story order ({@link #session}): direct quotes between
 * quotation marks (a quote left open runs into the next sentences), with the speaker from the verb of saying above
 * or beside them, and indirect ones: the content of a verb of saying with a subject ("HRANA estimates fatalities
 * have surpassed 2,600"), or of "according to X". A verb whose content is a direct quote frames that quote and
 * gives no second, indirect one.
 */
public final class QuoteFinder {
    /** Clause-level relations that belong to the reporting frame rather than to what was reported. */
    private static final Set<String> FRAME_RELATIONS = Set.of("aux", "aux:pass", "advmod", "punct", "obl", "obl:tmod", "obl:npmod", "mark",
            "cc", "nmod:tmod", "discourse", "iobj");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final int MAX_CLIMB = 8;

    private final QuoteWords words;

    public QuoteFinder(QuoteWords words) {
        this.words = words;
    }

    public static QuoteFinder standard() {
        return new QuoteFinder(QuoteWords.standard());
    }

    /**
     * Who speaks through verb of saying {@code verb}, on this sentence alone (no story memory: a statement noun
     * with no issuer of its own names nobody here): its subject, the "by" phrase of a passive, or for a verb
     * without either the subject of the clause it depends on ("issued a rebuke stating"). Tokens {@code inside}
     * holds are what was said and never the speaker. The coder attributes reported events with this, so the coder
     * and the quote stage find speakers one way; the quote stage adds what the story said before.
     */
    public Optional<Speaker> agentOf(ActorResolver.SentenceActors sa, int verb, java.util.function.IntPredicate inside) {
        return new Speakers(words).agentOf(sa, verb, inside);
    }

    /** Finding quotes through one article. */
    public Session session() {
        return new Session();
    }

    /** A speaker and the verb of saying that named them ("" when something else did). */
    private record Said(Speaker speaker, String verb) {}

    /** A quote found: its sentence, the tokens of what was said, its kind and speaker. */
    public static final class Found {
        final int sentence;
        final ParsedSentence s;
        final int from, to;
        final BitSet tokens;
        final String kind;
        final String verb;
        Speaker speaker;

        Found(ParsedSentence s, int from, int to, BitSet tokens, String kind, String verb, Speaker speaker) {
            this.sentence = s.index();
            this.s = s;
            this.from = from;
            this.to = to;
            this.tokens = tokens;
            this.kind = kind;
            this.verb = verb;
            this.speaker = speaker;
        }

        public int sentence() { return sentence; }
        public ParsedSentence parsed() { return s; }
        public boolean covers(int token) { return token >= 1 && tokens.get(token); }
        public int size() { return tokens.cardinality(); }
        public String kind() { return kind; }
        public String verb() { return verb; }
        public String speakerCode() { return speaker == null ? "" : speaker.code(); }
        public String speakerText() { return speaker == null ? "" : speaker.text(); }
        public String speakerHow() { return speaker == null ? "" : speaker.how(); }
        public String text() { return s.span(from, to); }
        public int begin() { return s.token(from).begin() - s.token(1).begin(); }
        public int end() { return s.token(to).end() - s.token(1).begin(); }
    }

    /** One article's quotes, found sentence by sentence. */
    public final class Session {
        private final Speakers speakers = new Speakers(words);
        private final List<Found> all = new ArrayList<>();
        /** The pieces of a direct quote still open at the end of the last sentence. */
        private final List<Found> open = new ArrayList<>();
        private int openSentences;
        private Found lastDirect;

        /** The quotes of the next sentence; its actors resolved in story order by the caller's resolver. */
        public List<Found> sentence(ActorResolver.SentenceActors sa) {
            ParsedSentence s = sa.sentence();
            List<Found> here = new ArrayList<>();
            if (s.size() > 0) {
                direct(sa, here);
                indirect(sa, here);
                frames(sa, here);
            }
            speakers.endSentence(sa);
            all.addAll(here);
            return here;
        }

        /** Every quote of the article, in the order found; a quote left open gets its speaker now if it has none. */
        public List<Found> finish() {
            closeOpen();
            return List.copyOf(all);
        }

        /**
         * Who claims what is said at token {@code t} of the sentence whose quotes are {@code here}: the speaker of the
         * smallest quote holding it, else the issuer of a statement noun above it ("Trump's declaration imposing ...").
         */
        public Optional<Speaker> claimant(ActorResolver.SentenceActors sa, List<Found> here, int t) {
            Found best = null;
            for (Found f : here) {
                if (f.covers(t) && f.speaker != null && (best == null || f.size() < best.size())) best = f;
            }
            if (best != null) return Optional.of(best.speaker);
            ParsedSentence s = sa.sentence();
            int cur = s.head(t);
            for (int steps = 0; cur > 0 && steps < MAX_CLIMB; steps++) {
                if (s.token(cur).isNoun() && words.isSource(s.token(cur).lemma())) {
                    Optional<Speaker> issuer = speakers.issuer(sa, cur);
                    if (issuer.isPresent()) return issuer;
                }
                cur = s.head(cur);
            }
            return Optional.empty();
        }

        private void direct(ActorResolver.SentenceActors sa, List<Found> here) {
            ParsedSentence s = sa.sentence();
            boolean continued = !open.isEmpty();
            boolean inside = continued;
            int start = inside ? 1 : -1;
            for (int k = 1; k <= s.size(); k++) {
                QuoteWords.Mark m = words.mark(s.token(k).word());
                if (m == null) continue;
                if (inside && k == 1 && continued && m != QuoteWords.Mark.CLOSE) {
                    // A new paragraph of a quote opens again with a mark (wire style): not a close.
                    start = k + 1;
                    continue;
                }
                boolean opens = m == QuoteWords.Mark.OPEN || (m == QuoteWords.Mark.BOTH && !inside);
                boolean closes = m == QuoteWords.Mark.CLOSE || (m == QuoteWords.Mark.BOTH && inside);
                if (!inside && opens) {
                    inside = true;
                    start = k + 1;
                } else if (inside && closes) {
                    inside = false;
                    addDirect(sa, start, k - 1, here, continued && start <= 2);
                    if (continued && start <= 2) closeOpen();
                    continued = false;
                }
            }
            if (inside) {
                Found f = addDirect(sa, start, s.size(), here, continued);
                if (f != null) open.add(f);
                if (++openSentences > words.maxOpenSentences()) closeOpen(); // a stray mark, not a quote
            } else if (!open.isEmpty()) {
                closeOpen();
            }
        }

        private Found addDirect(ActorResolver.SentenceActors sa, int from, int to, List<Found> here, boolean continuation) {
            ParsedSentence s = sa.sentence();
            while (from <= to && isPunct(s, from)) from++;
            while (to >= from && isPunct(s, to)) to--;
            if (from > to) return null;
            BitSet tokens = new BitSet();
            tokens.set(from, to + 1);
            Optional<Said> said = directSpeaker(sa, from, to);
            Optional<Speaker> sp = said.map(Said::speaker);
            String verb = said.map(Said::verb).orElse("");
            if (sp.isEmpty() && !continuation && lastDirect != null && lastDirect.speaker != null && wholeSentence(s, from, to)
                    && lastDirect.sentence == s.index() - 1) {
                // A sentence that is all quote, right after a quote: the same speaker goes on.
                Speaker before = lastDirect.speaker;
                sp = Optional.of(new Speaker(before.code(), before.text(), "continues the quote before", -1));
            }
            Found f = new Found(s, from, to, tokens, clause(s, from, to) ? "direct" : "phrase", verb, sp.orElse(null));
            sp.ifPresent(x -> speakers.spoke(x, x.head() > 0 && words.isSource(s.token(x.head()).lemma())));
            here.add(f);
            if (f.speaker != null && f.kind.equals("direct")) lastDirect = f;
            if (continuation && !open.isEmpty() && f.speaker == null) f.speaker = open.get(0).speaker;
            if (continuation) open.add(f);
            return f;
        }

        /** Ends an open quote: every piece takes the first speaker found for any of them. */
        private void closeOpen() {
            Speaker sp = null;
            for (Found f : open) if (sp == null && f.speaker != null) sp = f.speaker;
            for (Found f : open) if (f.speaker == null) f.speaker = sp;
            open.clear();
            openSentences = 0;
        }

        /** The speaker of a direct quote {@code from..to}, and the verb of saying that gave it ("" when none did). */
        private Optional<Said> directSpeaker(ActorResolver.SentenceActors sa, int from, int to) {
            ParsedSentence s = sa.sentence();
            List<Integer> heads = new ArrayList<>();
            for (int k = from; k <= to; k++) if (!inside(s.head(k), from, to)) heads.add(k);
            // 1. A verb of saying or a statement above the quote: "stating: "...", his "fundamental stance"".
            for (int h : heads) {
                int cur = s.head(h);
                for (int steps = 0; cur > 0 && steps < MAX_CLIMB; steps++, cur = s.head(cur)) {
                    if (inside(cur, from, to)) continue;
                    Token t = s.token(cur);
                    if (t.isNoun() && words.isSource(t.lemma())) {
                        Optional<Speaker> issuer = speakers.issuer(sa, cur);
                        if (issuer.isPresent()) return issuer.map(x -> new Said(x, ""));
                    }
                    if (SpeechVerbs.isSpeech(t)) {
                        Optional<Speaker> sp = speakers.agentOf(sa, cur, k -> inside(k, from, to)).filter(x -> !inside(x.head(), from, to));
                        if (sp.isPresent()) return sp.map(x -> new Said(x, t.lemma()));
                    }
                }
            }
            // 2. A reporting clause right after or before it: "..., the statement said"; "X said: "...".
            for (int v = 1; v <= s.size(); v++) {
                if (inside(v, from, to) || !SpeechVerbs.isSpeech(s.token(v))) continue;
                if (!adjacent(s, v, from, to)) continue;
                Optional<Speaker> sp = speakers.agentOf(sa, v, k -> inside(k, from, to)).filter(x -> !inside(x.head(), from, to));
                String lemma = s.token(v).lemma();
                if (sp.isPresent()) return sp.map(x -> new Said(x, lemma));
            }
            // 3. The nearest clause above it with a subject: "what they characterize as "riots"".
            for (int h : heads) {
                int cur = s.head(h);
                for (int steps = 0; cur > 0 && steps < MAX_CLIMB; steps++, cur = s.head(cur)) {
                    if (inside(cur, from, to) || !(s.token(cur).isVerb() || s.token(cur).pos().startsWith("JJ"))) continue;
                    Optional<Speaker> sp = speakers.agentOf(sa, cur, k -> inside(k, from, to)).filter(x -> !inside(x.head(), from, to));
                    if (sp.isPresent()) return sp.map(x -> new Said(x, ""));
                }
            }
            return Optional.empty();
        }

        /** Is verb {@code v} a reporting clause next to the quote, with only its subject and marks in between? */
        private boolean adjacent(ParsedSentence s, int v, int from, int to) {
            Set<Integer> subject = new java.util.HashSet<>();
            for (int c : s.children(v, "nsubj")) subject.addAll(s.subtree(c));
            if (v > to) {
                for (int k = to + 1; k < v; k++) if (!isPunct(s, k) && !subject.contains(k) && !s.token(k).isVerb() && !s.relation(k).startsWith("aux")) return false;
                return true;
            }
            if (v < from) {
                for (int k = v + 1; k < from; k++) {
                    String w = s.token(k).word().toLowerCase(java.util.Locale.ROOT);
                    if (!isPunct(s, k) && !w.equals("that")) return false;
                }
                return true;
            }
            return false;
        }

        private void indirect(ActorResolver.SentenceActors sa, List<Found> here) {
            ParsedSentence s = sa.sentence();
            for (int v = 1; v <= s.size(); v++) {
                if (!SpeechVerbs.isSpeech(s.token(v)) || insideDirect(here, v)) continue;
                BitSet content = new BitSet();
                List<Integer> ccomp = s.children(v, "ccomp");
                if (!ccomp.isEmpty()) {
                    for (int k : s.subtree(ccomp.get(0))) content.set(k);
                } else {
                    List<Integer> subj = s.children(v, "nsubj");
                    if (subj.isEmpty()) continue;
                    BitSet frame = new BitSet();
                    frame.set(v);
                    for (int k : s.subtree(subj.get(0))) frame.set(k);
                    for (var d : s.children(v)) if (FRAME_RELATIONS.contains(d.relation())) for (int k : s.subtree(d.dependent())) frame.set(k);
                    content.set(1, s.size() + 1);
                    content.andNot(frame);
                    // "confirmed its commitment to ...": no clause was reported; "emphasized his "...", a statement confirmed":
                    // a clause inside the object belongs to that noun phrase, not to what was said.
                    BitSet clauses = (BitSet) content.clone();
                    for (int o : s.children(v, "obj")) for (int k : s.subtree(o)) clauses.clear(k);
                    if (!hasFinite(s, clauses)) continue;
                }
                addIndirect(sa, here, content, speakers.agentOf(sa, v), s.token(v).lemma(), hasSourceNoun(s, v));
            }
        }

        /** "according to the announcement", "as reported by X": the speaker without a verb of saying. */
        private void frames(ActorResolver.SentenceActors sa, List<Found> here) {
            ParsedSentence s = sa.sentence();
            for (List<String> frame : words.frames()) {
                for (int i = 1; i + frame.size() - 1 <= s.size(); i++) {
                    boolean match = true;
                    for (int j = 0; j < frame.size() && match; j++) match = s.token(i + j).word().equalsIgnoreCase(frame.get(j));
                    if (!match) continue;
                    int last = i + frame.size() - 1;
                    int h = s.head(i);
                    while (h > 0 && h <= last) h = s.head(h);
                    if (h <= last || !(s.token(h).isNoun() || s.token(h).isPronoun())) continue;
                    BitSet content = new BitSet();
                    content.set(1, s.size() + 1);
                    for (int k : s.subtree(h)) content.clear(k);
                    content.clear(i, last + 1);
                    Optional<Speaker> sp = speakers.phrase(sa, h).map(x -> new Speaker(x.code(), x.text(), String.join(" ", frame) + ": " + x.how(), x.head()));
                    addIndirect(sa, here, content, sp, String.join(" ", frame), true);
                }
            }
        }

        private void addIndirect(ActorResolver.SentenceActors sa, List<Found> here, BitSet content, Optional<Speaker> sp, String verb, boolean statement) {
            ParsedSentence s = sa.sentence();
            int from = content.nextSetBit(1);
            int to = content.length() - 1;
            while (from > 0 && from <= to && (isPunct(s, from) || s.relation(from).equals("mark") && s.token(from).word().equalsIgnoreCase("that"))) from = content.nextSetBit(from + 1);
            while (to >= from && from > 0 && isPunct(s, to)) to = content.previousSetBit(to - 1);
            if (from <= 0 || to < from || sp.isEmpty() || content.get(sp.get().head())) return;
            // The content is a direct quote: the verb frames that quote ("..., the statement said"; "stating: "..."").
            if (insideDirect(here, from)) return;
            int outside = 0;
            for (int k = from; k <= to; k++) if (content.get(k) && !isPunct(s, k) && !insideDirect(here, k)) outside++;
            if (outside <= 1) return;
            BitSet tokens = new BitSet();
            tokens.set(from, to + 1);
            tokens.and(content);
            here.add(new Found(s, from, to, tokens, "indirect", verb, sp.get()));
            speakers.spoke(sp.get(), statement);
        }

        private boolean insideDirect(List<Found> here, int k) {
            for (Found f : here) if (!f.kind.equals("indirect") && k >= f.from && k <= f.to) return true;
            return false;
        }
    }

    /** Does the verb of saying have a statement noun beside it ("said in a statement", "issued a statement")? */
    private boolean hasSourceNoun(ParsedSentence s, int v) {
        for (var d : s.children(v)) {
            int c = d.dependent();
            if ((d.relation().startsWith("obl") || d.relation().equals("obj") || d.relation().startsWith("nsubj")) && words.isSource(s.token(c).lemma())) return true;
        }
        return false;
    }


    private static boolean inside(int k, int from, int to) {
        return k >= from && k <= to;
    }

    private boolean isPunct(ParsedSentence s, int k) {
        Token t = s.token(k);
        return words.mark(t.word()) != null || t.pos().equals(",") || t.pos().equals(".") || t.pos().equals(":") || t.pos().equals("``")
                || t.pos().equals("''") || s.relation(k).equals("punct");
    }

    /** Does the quote hold a clause (a finite verb, or a verb with its subject), or run long? */
    private boolean clause(ParsedSentence s, int from, int to) {
        if (to - from + 1 > words.maxPhraseTokens()) return true;
        for (int k = from; k <= to; k++) {
            Token t = s.token(k);
            if (FINITE.contains(t.pos())) return true;
            if (t.isVerb()) for (int c : s.children(k, "nsubj")) if (inside(c, from, to)) return true;
        }
        return false;
    }

    private static boolean hasFinite(ParsedSentence s, BitSet tokens) {
        for (int k = tokens.nextSetBit(1); k > 0; k = tokens.nextSetBit(k + 1)) if (FINITE.contains(s.token(k).pos())) return true;
        return false;
    }

    private boolean wholeSentence(ParsedSentence s, int from, int to) {
        for (int k = 1; k < from; k++) if (!isPunct(s, k)) return false;
        for (int k = to + 1; k <= s.size(); k++) if (!isPunct(s, k)) return false;
        return true;
    }
}
