package org.herald;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.herald.events.EventCoder;
import org.herald.model.Event;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.pipeline.HeraldPipeline;
import org.herald.read.InputFormat;
import org.herald.read.Inputs;
import org.herald.read.ReadResult;
import org.junit.jupiter.api.Test;

/** The seed article through real CoreNLP: the events the issue asks for. Skips without ../shared. */
class SeedArticleTest {
    static final Path SEED = Path.of("..", "..", "shared", "seed", "seed-article.txt");

    static Path seed() {
        for (Path p : List.of(SEED, Path.of("..", "shared", "seed", "seed-article.txt"))) if (Files.exists(p)) return p;
        return null;
    }

    @Test
    void seedArticleYieldsTheExpectedEvents() {
        Path p = seed();
        assumeTrue(p != null, "../shared is absent");
        ReadResult r = new Inputs(InputFormat.AUTO, Optional.empty(), System.in).read(List.of(p.toString()));
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        List<Event> events = new HeraldPipeline(CoreNlpAnnotator.shared(), EventCoder.standard(false)).code(r.articles().get(0));
        List<String> t = events.stream().map(Event::triple).toList();
        expect(t, "RUSGOV 04. IRNGOV");
        expect(t, "RUSGOV 04. ISRGOV");
        expect(t, "RUS(GOV)? 0(3[89]|4[56]) .*"); // the mediation offer
        expect(t, "IRNGOV 11. USA");
        expect(t, "IRNGOV 11. ISR");
        expect(t, "RUSGOV 11. USA");
        expect(t, "USA(GOV)? 13.* IRN(GOV)?");
        expect(t, "USA(GOV)? 16.* .*");
        expect(t, "RUS(GOV)? 03. IRN(GOV)?");
        expect(t, "IRN(GOV)? 03. RUS(GOV)?");
        expect(t, "IRN[A-Z]* 14. IRNGOV");
        // Nothing hypothetical: "fears of potential U.S. military action", "possibility of American strikes".
        assertTrue(t.stream().noneMatch(x -> x.matches("USA\\S* 19.*")), t.toString());
        for (Event e : events) {
            assertTrue(e.evidence().length() > 20 && !e.pattern().isEmpty() && !e.ploverType().isEmpty() || e.code().startsWith("0"), e.toString());
        }
    }

    /** The seed article is dated Saturday 2026-01-17; the dates for its events. */
    @Test
    void seedArticleEventsCarryTheirOwnDates() {
        Path p = seed();
        assumeTrue(p != null, "../shared is absent");
        ReadResult r = new Inputs(InputFormat.AUTO, Optional.empty(), System.in).read(List.of(p.toString()));
        List<Event> events = new HeraldPipeline(CoreNlpAnnotator.shared(), EventCoder.standard(false)).code(r.articles().get(0));
        // The calls "Friday".
        dated(events, "RUSGOV 04. IRNGOV", "2026-01-16 day Friday");
        dated(events, "RUSGOV 04. ISRGOV", "2026-01-16 day Friday");
        // "Trump's Monday declaration imposing a 25% tariff": the Monday before.
        dated(events, "USA(GOV)? 16.* .*", "2026-01-12 day Monday");
        // "Earlier this week, Russia's Foreign Ministry condemned": the week up to the article date.
        dated(events, "RUSGOV 11. USA", "2026-01-12..2026-01-17 week Earlier this week");
        // "demonstrations have erupted since last month": from December 2025 on.
        dated(events, "IRN[A-Z]* 14. IRNGOV", "2025-12-01..2026-01-17 range since last month");
        // "Iranian authorities ... have blamed the U.S.": no date given, the article's stands in.
        dated(events, "IRNGOV 11. USA", "2026-01-17 article ");
    }

    private static void dated(List<Event> events, String regex, String expected) {
        List<String> got = events.stream().filter(e -> e.triple().matches(regex))
                .map(e -> e.when() + " " + e.when().precision() + " " + e.when().text()).toList();
        assertTrue(got.contains(expected), regex + ": expected " + expected + " among " + got);
    }

    private static void expect(List<String> triples, String regex) {
        Predicate<String> m = s -> s.matches(regex);
        assertTrue(triples.stream().anyMatch(m), "no event like " + regex + " in " + triples);
    }
}
