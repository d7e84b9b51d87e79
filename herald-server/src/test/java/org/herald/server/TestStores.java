package org.herald.server;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herald.events.EventCoder;
import org.herald.model.ActorMention;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Figure;
import org.herald.model.Quote;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.ConllU;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.nlp.Dependency;
import org.herald.nlp.ParsedSentence;
import org.herald.pipeline.HeraldPipeline;
import org.herald.store.EventStore;

/** A store with a few known events, and the shared real pipeline for posted articles. */
final class TestStores {
    private static HeraldPipeline pipeline;
    private static HeraldPipeline quiet;
    private static HeraldPipeline claims;

    /** Markup in every text field of an article and its event: the dashboard and the API must treat it as data. */
    static final String MARKUP = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\"><b>bold</b>";

    private TestStores() {}

    static synchronized HeraldPipeline pipeline() {
        if (pipeline == null) pipeline = new HeraldPipeline(CoreNlpAnnotator.shared(), EventCoder.standard(false));
        return pipeline;
    }

    /** The real coder over an annotator that finds no sentences: posts are stored in milliseconds, with no events. */
    static synchronized HeraldPipeline quietPipeline() {
        if (quiet == null) quiet = new HeraldPipeline(a -> new AnnotatedDoc(a, List.of()), EventCoder.standard(false));
        return quiet;
    }

    /**
     * The sentences {@link #claimsPipeline} parses every posted article into, as hand-built trees
     * ({@code word[:lemma]/TAG/HEAD/REL}): the ministry condemns, its spokeswoman says "We reject the accusations"
     * (a direct quote holding a reject event), and HRANA's 2,600 deaths (an indirect quote and a figure).
     */
    static final List<String> CLAIM_SENTENCES = List.of(
            "Russia/NNP/4/nmod:poss 's/POS/1/case Foreign/NNP/4/compound Ministry/NNP/5/nsubj condemned:condemn/VBD/0/root the/DT/7/det"
                    + " threats:threat/NNS/5/obj ././5/punct",
            "Foreign/NNP/2/compound Ministry/NNP/3/compound spokeswoman/NN/5/compound Yelena/NNP/5/compound Petrova/NNP/6/nsubj said:say/VBD/0/root"
                    + " :/:/6/punct \"/``/10/punct We:we/PRP/10/nsubj reject/VBP/6/ccomp the/DT/12/det accusations:accusation/NNS/10/obj ././10/punct \"/''/10/punct",
            "Fatalities:fatality/NNS/3/nsubj have/VBP/3/aux surpassed:surpass/VBN/0/root 2,600/CD/3/obj ,/,/3/punct according/VBG/8/case"
                    + " to/TO/6/fixed HRANA/NNP/3/obl ././3/punct");

    /** The words of {@link #CLAIM_SENTENCES}, one sentence after the other: the text to post to {@link #claimsPipeline}. */
    static String claimText() {
        return String.join(" ", CLAIM_SENTENCES.stream().map(s -> parse(0, s).text()).toList());
    }

    /**
     * The real coder, quotes and figures over an annotator that gives every article the parses of
     * {@link #CLAIM_SENTENCES}: posts yield events, quotes and figures in milliseconds, without CoreNLP.
     */
    static synchronized HeraldPipeline claimsPipeline() {
        if (claims == null) {
            claims = new HeraldPipeline(a -> {
                List<ParsedSentence> parsed = new java.util.ArrayList<>();
                for (String s : CLAIM_SENTENCES) parsed.add(parse(parsed.size(), s));
                return new AnnotatedDoc(a, parsed);
            }, EventCoder.standard(false));
        }
        return claims;
    }

    /** One hand-built sentence through the real CoNLL-U reader (as herald-core's test Parses does). */
    private static ParsedSentence parse(int index, String spec) {
        StringBuilder conll = new StringBuilder();
        String[] items = spec.trim().split("\\s+");
        for (int i = 0; i < items.length; i++) {
            String[] f = items[i].split("/");
            String word = f[0], lemma = word.toLowerCase(java.util.Locale.ROOT);
            int colon = word.indexOf(':');
            if (colon > 0) {
                lemma = word.substring(colon + 1);
                word = word.substring(0, colon);
            }
            conll.append(i + 1).append('\t').append(word).append('\t').append(lemma).append("\t_\t").append(f[1]).append("\t_\t").append(f[2])
                    .append('\t').append(f[3]).append("\t_\t").append(f[1].startsWith("NNP") ? "NER=MISC" : "_").append('\n');
        }
        ParsedSentence p = ConllU.read("test", conll.toString()).get(0);
        List<Dependency> deps = new java.util.ArrayList<>();
        for (int i = 1; i <= p.size(); i++) p.headEdge(i).ifPresent(deps::add);
        return new ParsedSentence(index, p.text(), p.tokens(), deps);
    }

    /** A pipeline whose annotator takes {@code millis} (or until interrupted) before finding nothing. */
    static HeraldPipeline slowPipeline(long millis) {
        return new HeraldPipeline(a -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
            return new AnnotatedDoc(a, List.of());
        }, EventCoder.standard(false));
    }

    /** Adds article "xss" with {@link #MARKUP} in every text field of it and of its one event (source actor XSS). */
    static void addMarkup(EventStore s) {
        String m = MARKUP;
        Article a = new Article("xss", LocalDate.of(2026, 1, 20), m + " source", m + " title", "XSS attacked the " + m + " body.");
        Event e = new Event("xss", 1, LocalDate.of(2026, 1, 20), "XSS", "XSS " + m, "USA", m + " target", "190", "19", m + " code name", -10.0, 4,
                m + " plover", m, "test." + m, "attacked", "XSS " + m + " attacked the " + m + " target.", m + " span", false, m, m + " explained");
        s.ingest(new CodedArticle(a, List.of(a.title(), a.body()), List.of(), List.of(e)));
    }

    /**
     * Adds article "claims" (2026-01-17) with two events (RUSGOV 120 "reject", USAGOV 163 "imposing"), a direct quote holding
     * the first, an indirect one, and three figures: HRANA's 2,600 deaths, the 25% tariff of the second event, dozens arrested.
     */
    static void addClaims(EventStore s) {
        Event reject = event("claims", "2026-01-17", "RUSGOV", "We", "120", "", "", -4.0, 3,
                "Foreign Ministry spokeswoman Maria Zakharova stated: \"We also resolutely reject the brazen attempts.\"");
        Event impose = event("claims", "2026-01-17", "USAGOV", "Trump", "163", "", "", -8.0, 4, "Trump's declaration imposing a 25% tariff.");
        Article a = new Article("claims", LocalDate.of(2026, 1, 17), "wire", "Claims", reject.evidence() + " " + impose.evidence());
        CodedArticle c = new CodedArticle(a, List.of(a.title(), reject.evidence(), impose.evidence()), List.of(), List.of(reject, impose));
        Quote direct = new Quote("claims", 1, 69, 115, "We also resolutely reject the brazen attempts", "direct", "RUSGOV",
                "Foreign Ministry spokeswoman Maria Zakharova", "leader Maria Zakharova", "state", List.of(0));
        Quote indirect = new Quote("claims", 2, 0, 10, "fatalities have surpassed 2,600", "indirect", "IRNHRI", "HRANA", "group", "estimate", List.of());
        Figure deaths = new Figure("claims", 2, 0, 31, "fatalities have surpassed 2,600", 2600, Double.NaN, Double.NaN, "persons", "deaths",
                "fatalities", "demonstrators and security forces", "more than", "IRNHRI", "HRANA", -1);
        Figure tariff = new Figure("claims", 2, 33, 43, "25% tariff", 25, Double.NaN, Double.NaN, "percent", "percent", "tariff", "", "", "USAGOV", "Trump", 1);
        Figure arrests = new Figure("claims", 2, 50, 70, "dozens of protesters", 24, 24, 99, "persons", "arrests", "protesters", "", "", "", "", -1);
        s.ingest(c.withClaims(c.events(), List.of(direct, indirect), List.of(deaths, tariff, arrests)));
    }

    static Event event(String article, String date, String src, String srcText, String code, String tgt, String tgtText, double g, int quad,
                       String evidence) {
        return new Event(article, 1, LocalDate.parse(date), src, srcText, tgt, tgtText, code, code.substring(0, 2), "Name " + code, g, quad,
                quad <= 2 ? "CONSULT" : "ACCUSE", "", "test.pattern", "met", evidence, srcText + " ... " + tgtText, false, "", "explained");
    }

    /** An article whose one event is {@code e}. */
    static CodedArticle coded(String id, String date, Event e) {
        Article a = new Article(id, LocalDate.parse(date), "wire", "Title " + id, e.evidence());
        return new CodedArticle(a, List.of(a.title(), a.body()), List.of(), List.of(e));
    }

    static EventStore seeded(Path db) {
        EventStore s = EventStore.open(db);
        Article a1 = new Article("a1", LocalDate.of(2026, 1, 5), "wire", "Russia and Iran meet", "Russian officials met Iranian officials.");
        s.ingest(new CodedArticle(a1, List.of(a1.title(), a1.body()), List.of(new ActorMention("a1", 1, 2, "RUSGOV", "Russian officials", "title")),
                List.of(event("a1", "2026-01-05", "RUSGOV", "Russian officials", "040", "IRNGOV", "Iranian officials", 1.0, 1,
                        "Russian officials met Iranian officials."))));
        Article a2 = new Article("a2", LocalDate.of(2026, 1, 12), "wire", "Iran blames US", "Iranian authorities blamed the U.S. for the riots.");
        s.ingest(new CodedArticle(a2, List.of(a2.title(), a2.body()), List.of(),
                List.of(event("a2", "2026-01-12", "IRNGOV", "Iranian authorities", "112", "USA", "U.S.", -2.0, 3,
                        "Iranian authorities blamed the U.S. for the riots.").withModel(0.91, 0.82, "ACCUSE 0.82, REJECT 0.10, NONE 0.04")
                        .withDate(new org.herald.model.EventDate(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 12), "day", "on Monday")),
                        event("a2", "2026-01-12", "IRNGOV", "Iranian authorities", "111", "RUSGOV", "Moscow", -2.0, 3,
                        "Iranian authorities criticized Moscow."))));
        return s;
    }
}
