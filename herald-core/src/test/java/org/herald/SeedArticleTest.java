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

    private static void expect(List<String> triples, String regex) {
        Predicate<String> m = s -> s.matches(regex);
        assertTrue(triples.stream().anyMatch(m), "no event like " + regex + " in " + triples);
    }
}
