package org.herald.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.Event;
import org.herald.nlp.AnnotatedDoc;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.nlp.ParsedSentence;
import org.herald.pipeline.HeraldPipeline;
import org.junit.jupiter.api.Test;

/** Event dates through real CoreNLP and SUTime: weekdays across month and year ends, years, named days, tense. */
class EventDatesParsedTest {
    private static List<Event> code(String date, String text) {
        Article a = new Article("t", LocalDate.parse(date), "test", "", text);
        return new HeraldPipeline(CoreNlpAnnotator.shared(), EventCoder.standard(false)).code(a);
    }

    /** The date of the event of {@code root} in {@code text}, as "start..end precision". */
    private static String dated(String articleDate, String text, String root) {
        List<Event> events = code(articleDate, text);
        Event e = events.stream().filter(x -> x.root().equals(root)).findFirst()
                .orElseThrow(() -> new AssertionError("no event of root " + root + " in " + events));
        return e.when() + " " + e.when().precision();
    }

    @Test
    void aWeekdayAcrossAMonthEnd() {
        // Monday 2 March 2026: "on Friday" is 27 February.
        assertEquals("2026-02-27 day", dated("2026-03-02", "Russian forces shelled Kharkiv on Friday.", "19"));
    }

    @Test
    void aWeekdayAcrossAYearEnd() {
        // Friday 2 January 2026: "on Tuesday" is 30 December 2025.
        assertEquals("2025-12-30 day", dated("2026-01-02", "Israeli police arrested dozens of Palestinian protesters in Jerusalem on Tuesday.", "17"));
    }

    @Test
    void yearsNamedDaysAndDaysAgo() {
        assertEquals("2025-01-01..2025-12-31 year", dated("2026-01-17", "Turkey accused Greece of violating its airspace last year.", "11"));
        assertEquals("2025-03-03 day", dated("2026-01-17", "Iran and Iraq signed a security agreement on March 3.", "05"));
        assertEquals("2026-01-15 day", dated("2026-01-17", "Police arrested 40 opposition activists in Tehran two days ago.", "17"));
    }

    @Test
    void weeksAcrossAYearEnd() {
        // Saturday 1 January 2000 lies in ISO week 1999-W52.
        assertEquals("1999-12-20..1999-12-26 week", dated("2000-01-01", "Five hundred Ugandan rebels surrendered to the army last week.", "08"));
    }

    @Test
    void theFutureIsTheComingDay() {
        assertEquals("2026-01-19 day", dated("2026-01-17", "Putin will meet Erdogan in Ankara on Monday.", "03"));
    }

    @Test
    void lateWednesdayInTheSeedArticle() {
        Article a = new Article("seed", LocalDate.of(2026, 1, 17), "test", "",
                "However, during White House comments late Wednesday, Trump adopted a more measured tone.");
        AnnotatedDoc doc = CoreNlpAnnotator.shared().annotate(a);
        ParsedSentence s = doc.sentences().get(0);
        assertTrue(s.times().stream().anyMatch(t -> t.text().equals("late Wednesday")), s.times().toString());
        // CoreNLP reads "comments" as the verb here; whatever it reads, the expression dates its own predicate.
        int comments = s.tokens().stream().filter(t -> t.word().equals("comments")).findFirst().orElseThrow().index();
        assertEquals("2026-01-14 day late Wednesday", describe(EventDates.standard().of(s, comments, a.date())));
    }

    private static String describe(org.herald.model.EventDate d) {
        return d + " " + d.precision() + " " + d.text();
    }
}
