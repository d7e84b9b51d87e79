package org.herald;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Figure;
import org.herald.model.Quote;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.pipeline.HeraldPipeline;
import org.herald.read.InputFormat;
import org.herald.read.Inputs;
import org.herald.read.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Quotes and figures through real CoreNLP: the seed article's (skipped without ../shared) and news sentences with
 * the figures issue 12 names.
 */
class SeedQuotesAndFiguresTest {
    private static HeraldPipeline pipeline;

    private static synchronized HeraldPipeline pipeline() {
        if (pipeline == null) pipeline = new HeraldPipeline(CoreNlpAnnotator.shared(), EventCoder.standard(false));
        return pipeline;
    }

    private static Article seedArticle() {
        Path p = SeedArticleTest.seed();
        assumeTrue(p != null, "../shared is absent");
        ReadResult r = new Inputs(InputFormat.AUTO, Optional.empty(), System.in).read(List.of(p.toString()));
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        return r.articles().get(0);
    }

    private static <T> T one(List<T> items, Predicate<T> p, String what) {
        List<T> found = items.stream().filter(p).toList();
        assertEquals(1, found.size(), what + ": " + items);
        return found.get(0);
    }

    @Test
    void seedQuotes() {
        CodedArticle c = pipeline().codeArticle(seedArticle());
        // "... a Kremlin statement confirmed after his discussion with Netanyahu."
        Quote kremlin = one(c.quotes(), q -> q.speakerText().equals("a Kremlin statement"), "the Kremlin statement's quote");
        assertEquals("RUSGOV", kremlin.speaker());
        assertEquals("indirect", kremlin.kind());
        assertTrue(kremlin.text().startsWith("The Russian leader emphasized his"), kremlin.text());
        // "Foreign Ministry spokeswoman Maria Zakharova issued a written rebuke stating: "We also resolutely reject ...""
        Quote zakharova = one(c.quotes(), q -> q.text().startsWith("We also resolutely reject"), "Zakharova's quote");
        assertEquals("RUSGOV", zakharova.speaker());
        assertEquals("direct", zakharova.kind());
        assertEquals("Foreign Ministry spokeswoman Maria Zakharova", zakharova.speakerText());
        assertEquals("We also resolutely reject the brazen attempts to blackmail Iran's foreign partners with higher trade tariffs", zakharova.text());
        Event reject = c.events().get(one(zakharova.events(), i -> true, "the event in her quote"));
        assertEquals("reject", reject.trigger());
        assertEquals("RUSGOV (Foreign Ministry spokeswoman Maria Zakharova)", reject.attributedTo());
        // "the statement said": the Kremlin's.
        Quote statement = one(c.quotes(), q -> q.text().startsWith("The Russian side confirmed"), "the statement's quote");
        assertEquals("RUSGOV", statement.speaker());
        assertEquals("the statement", statement.speakerText());
        for (Quote q : c.quotes()) {
            assertEquals(q.text(), c.sentences().get(q.sentence()).substring(q.begin(), q.end()), "span of " + q);
            assertTrue(!q.speakerText().isEmpty(), "every quote here has a speaker: " + q);
        }
    }

    @Test
    void seedFigures() {
        CodedArticle c = pipeline().codeArticle(seedArticle());
        Figure hrana = one(c.figures(), f -> f.value() == 2600, "the HRANA figure");
        assertEquals("deaths", hrana.category());
        assertEquals("more than", hrana.qualifier());
        assertEquals("fatalities", hrana.counted());
        assertEquals("demonstrators and security forces", hrana.among());
        assertEquals("IRNHRI", hrana.claimant());
        assertEquals("The Human Rights Activists News Agency", hrana.claimantText());
        Figure tariff = one(c.figures(), f -> f.value() == 25, "the tariff");
        assertEquals("percent", tariff.category());
        assertEquals("percent", tariff.unit());
        assertEquals("tariff", tariff.counted());
        assertTrue(tariff.among().startsWith("any and all nations"), tariff.among());
        Event imposing = c.events().get(tariff.event());
        assertEquals("USAGOV 163 ---", imposing.triple());
        for (Figure f : c.figures()) assertEquals(f.text(), c.sentences().get(f.sentence()).substring(f.begin(), f.end()), "span of " + f);
    }

    @Test
    void aSpokeswomanNoDictionaryNamesSpeaksForHerMinistry() {
        Article seed = seedArticle();
        String body = seed.body().replace("Maria Zakharova", "Yelena Sorokina");
        assumeTrue(!body.equals(seed.body()));
        CodedArticle c = pipeline().codeArticle(new Article(seed.id() + "-renamed", seed.date(), seed.source(), seed.title(), body));
        Quote q = one(c.quotes(), x -> x.text().startsWith("We also resolutely reject"), "the renamed spokeswoman's quote");
        assertEquals("RUSGOV", q.speaker(), q.toString());
        assertEquals("Foreign Ministry spokeswoman Yelena Sorokina", q.speakerText());
        assertTrue(q.speakerHow().contains("Foreign Ministry"), q.speakerHow());
    }

    private static List<Figure> figures(String text) {
        return pipeline().codeArticle(new Article("t", LocalDate.parse("2026-01-17"), "", "", text)).figures();
    }

    private static Figure figure(String text) {
        List<Figure> f = figures(text);
        assertEquals(1, f.size(), text + " -> " + f);
        return f.get(0);
    }

    @Test
    void newsFiguresThroughCoreNlp() {
        Figure arrests = figure("Dozens of protesters were arrested in Tehran on Friday.");
        assertEquals("arrests", arrests.category());
        assertEquals("protesters", arrests.counted());
        assertEquals(24, arrests.low());
        assertEquals(99, arrests.high());
        assertTrue(arrests.event() >= 0);

        Figure soldiers = figure("Nineteen soldiers were killed when rebels attacked a base in Mali.");
        assertEquals("deaths", soldiers.category());
        assertEquals(19, soldiers.value());
        assertEquals("soldiers", soldiers.counted());

        Figure troops = figure("Russia deployed some 5,000 troops to the border.");
        assertEquals("troops", troops.category());
        assertEquals(5000, troops.value());
        assertEquals("about", troops.qualifier());

        Figure aid = figure("The United States pledged $3 billion in aid to Ukraine.");
        assertEquals("money", aid.category());
        assertEquals("USD", aid.unit());
        assertEquals(3e9, aid.value());
        assertEquals("aid", aid.counted());
        assertEquals("$3 billion in aid", aid.text());

        Figure range = figure("Between 10 and 20 civilians were killed in the shelling, officials said.");
        assertEquals(10, range.low());
        assertEquals(20, range.high());
        assertEquals("deaths", range.category());
        assertEquals("officials", range.claimantText());

        Figure displaced = figure("About 1.5 million people have been displaced by the fighting, the UN said.");
        assertEquals(1_500_000, displaced.value());
        assertEquals("displaced", displaced.category());
        assertEquals("about", displaced.qualifier());
        assertEquals("IGOUNO", displaced.claimant());

        Figure crowd = figure("Tens of thousands of people marched through the capital.");
        assertEquals("people", crowd.category());
        assertEquals(20_000, crowd.low());

        List<Figure> police = figures("Police said at least 50 people were injured and hundreds were detained.");
        assertEquals(List.of("injuries", "arrests"), police.stream().map(Figure::category).toList(), police.toString());
        assertEquals("at least", police.get(0).qualifier());
        assertEquals(200, police.get(1).low());

        Figure percent = figure("The government raised the tariff to 25 percent.");
        assertEquals("percent", percent.category());
        assertEquals("tariff", percent.counted());

        assertTrue(figures("In 2024, the two nations signed an agreement.").isEmpty(), "a year and 'two nations' count nothing");
    }
}
