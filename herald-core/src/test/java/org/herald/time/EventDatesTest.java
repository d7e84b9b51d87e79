package org.herald.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.herald.model.EventDate;
import org.herald.nlp.ParsedSentence;
import org.herald.nlp.TimeMention;
import org.herald.testing.Parses;
import org.junit.jupiter.api.Test;

/** Which time expression dates which predicate, on hand-built parses (SUTime's values given as it writes them). */
class EventDatesTest {
    /** Saturday. */
    static final LocalDate ARTICLE = LocalDate.of(2026, 1, 17);
    final EventDates dates = EventDates.standard();

    private static ParsedSentence parse(String spec, TimeMention... times) {
        return Parses.sentence(spec).withTimes(List.of(times));
    }

    private String date(ParsedSentence s, int trigger) {
        EventDate d = dates.of(s, trigger, ARTICLE);
        return d + " " + d.precision() + (d.text().isEmpty() ? "" : " '" + d.text() + "'");
    }

    @Test
    void anExpressionOnThePredicateDatesIt() {
        ParsedSentence s = parse("Putin/NNP/2/nsubj met:meet/VBD/0/root Netanyahu/NNP/2/obj Friday/NNP/2/obl:tmod",
                new TimeMention(4, 4, "Friday", "2026-01-16", "DATE"));
        assertEquals("2026-01-16 day 'Friday'", date(s, 2));
    }

    @Test
    void withoutAnExpressionTheArticleDateStandsIn() {
        ParsedSentence s = parse("Putin/NNP/2/nsubj met:meet/VBD/0/root Netanyahu/NNP/2/obj");
        assertEquals("2026-01-17 article", date(s, 2));
        // "now", "recently" and durations date nothing.
        ParsedSentence vague = parse("Putin/NNP/2/nsubj met:meet/VBD/0/root Netanyahu/NNP/2/obj recently/RB/2/advmod for/IN/7/case three/CD/7/nummod weeks:week/NNS/2/obl",
                new TimeMention(4, 4, "recently", "PAST_REF", "DATE"), new TimeMention(6, 7, "three weeks", "P3W", "DURATION"));
        assertEquals("2026-01-17 article", date(vague, 2));
    }

    @Test
    void aRelativeClauseKeepsItsDateToItself() {
        ParsedSentence s = parse("Trump/NNP/2/nsubj pledged:pledge/VBD/0/root support/NN/2/obj in/IN/5/case Iran/NNP/3/nmod where/WRB/8/advmod "
                        + "protests:protest/NNS/8/nsubj erupted:erupt/VBD/5/acl:relcl since/IN/11/case last/JJ/11/amod month/NN/8/obl",
                new TimeMention(10, 11, "last month", "2025-12", "DATE"));
        assertEquals("2026-01-17 article", date(s, 2));
        assertEquals("2025-12-01..2026-01-17 range 'since last month'", date(s, 7));
        assertEquals("2025-12-01..2026-01-17 range 'since last month'", date(s, 8));
    }

    @Test
    void anExpressionInsideANounPhraseDatesThatNounAndWhatHangsFromIt() {
        // SUTime read the bare "Monday" of a present-tense sentence as the coming one; the declaration was the past one.
        ParsedSentence s = parse("Zakharova/NNP/2/nsubj rejected:reject/VBD/0/root Trump/NNP/6/nmod:poss 's/POS/3/case Monday/NNP/6/compound "
                        + "declaration/NN/2/obj imposing:impose/VBG/6/acl tariffs:tariff/NNS/7/obj",
                new TimeMention(5, 5, "Monday", "2026-01-19", "DATE"));
        assertEquals("2026-01-12 day 'Monday'", date(s, 7));
        assertEquals("2026-01-12 day 'Monday'", date(s, 6));
        assertEquals("2026-01-17 article", date(s, 2));
    }

    @Test
    void theFutureKeepsTheComingWeekday() {
        ParsedSentence will = parse("ministers:minister/NNS/3/nsubj will/MD/3/aux meet/VB/0/root on/IN/5/case Monday/NNP/3/obl",
                new TimeMention(5, 5, "Monday", "2026-01-19", "DATE"));
        assertEquals("2026-01-19 day 'Monday'", date(will, 3));
        ParsedSentence headline = parse("Putin/NNP/3/nsubj to/TO/3/mark visit/VB/0/root Ankara/NNP/3/obj Monday/NNP/3/obl:tmod",
                new TimeMention(5, 5, "Monday", "2026-01-19", "DATE"));
        assertEquals("2026-01-19 day 'Monday'", date(headline, 3));
        // Whatever SUTime guessed for the bare weekday, a predicate in the future takes the coming one.
        ParsedSentence guessedPast = parse("ministers:minister/NNS/3/nsubj will/MD/3/aux meet/VB/0/root on/IN/5/case Monday/NNP/3/obl",
                new TimeMention(5, 5, "Monday", "2026-01-12", "DATE"));
        assertEquals("2026-01-19 day 'Monday'", date(guessedPast, 3));
        ParsedSentence last = parse("ministers:minister/NNS/3/nsubj will/MD/3/aux meet/VB/0/root last/JJ/5/amod Monday/NNP/3/obl:tmod",
                new TimeMention(4, 5, "last Monday", "2026-01-12", "DATE"));
        assertEquals("2026-01-12 day 'last Monday'", date(last, 3));
        ParsedSentence next = parse("ministers:minister/NNS/2/nsubj meet/VBP/0/root next/JJ/4/amod Monday/NNP/2/obl:tmod",
                new TimeMention(3, 4, "next Monday", "2026-01-19", "DATE"));
        assertEquals("2026-01-19 day 'next Monday'", date(next, 2));
    }

    @Test
    void aPeriodHoldingTheArticleDateEndsAtItUnlessTheEventIsToCome() {
        ParsedSentence past = parse("Russia/NNP/2/nsubj condemned:condemn/VBD/0/root threats:threat/NNS/2/obj earlier/RBR/6/advmod this/DT/6/det week/NN/2/obl:tmod",
                new TimeMention(4, 6, "earlier this week", "2026-W03", "DATE"));
        assertEquals("2026-01-12..2026-01-17 week 'earlier this week'", date(past, 2));
        assertEquals("2026-01-12..2026-01-17 week 'earlier this week'", date(past, 3));
        ParsedSentence future = parse("Russia/NNP/3/nsubj will/MD/3/aux hold/VB/0/root talks:talk/NNS/3/obj this/DT/6/det week/NN/3/obl:tmod",
                new TimeMention(5, 6, "this week", "2026-W03", "DATE"));
        assertEquals("2026-01-12..2026-01-18 week 'this week'", date(future, 3));
        ParsedSentence lastYear = parse("Turkey/NNP/2/nsubj condemned:condemn/VBD/0/root Greece/NNP/2/obj last/JJ/5/amod year/NN/2/obl:tmod",
                new TimeMention(4, 5, "last year", "2025", "DATE"));
        assertEquals("2025-01-01..2025-12-31 year 'last year'", date(lastYear, 2));
    }

    @Test
    void aYearlessDayAfterTheArticleInThePastTenseIsLastYears() {
        ParsedSentence signed = parse("Iran/NNP/2/nsubj signed:sign/VBD/0/root agreement/NN/2/obj on/IN/5/case March/NNP/2/obl 3/CD/5/nummod",
                new TimeMention(5, 6, "March 3", "2026-03-03", "DATE"));
        assertEquals("2025-03-03 day 'March 3'", date(signed, 2));
        ParsedSentence sign = parse("Iran/NNP/3/nsubj will/MD/3/aux sign:sign/VB/0/root agreement/NN/3/obj on/IN/6/case March/NNP/3/obl 3/CD/6/nummod",
                new TimeMention(6, 7, "March 3", "2026-03-03", "DATE"));
        assertEquals("2026-03-03 day 'March 3'", date(sign, 3));
        ParsedSentence withYear = parse("Iran/NNP/2/nsubj signed:sign/VBD/0/root agreement/NN/2/obj on/IN/5/case March/NNP/2/obl 3/CD/5/nummod ,/,/8/punct 2026/CD/5/nmod:tmod",
                new TimeMention(5, 8, "March 3, 2026", "2026-03-03", "DATE"));
        assertEquals("2026-03-03 day 'March 3, 2026'", date(withYear, 2));
    }

    @Test
    void aFarExpressionDatesSomethingElse() {
        ParsedSentence s = parse("Friday/NNP/2/obl:tmod held:hold/VBD/0/root talks:talk/NNS/2/obj about/IN/5/case sanctions:sanction/NNS/3/nmod "
                + "on/IN/7/case exports:export/NNS/5/nmod", new TimeMention(1, 1, "Friday", "2026-01-16", "DATE"));
        assertEquals("2026-01-16 day 'Friday'", date(s, 5)); // 3 edges
        assertEquals("2026-01-17 article", date(s, 7)); // 4 edges
    }

    @Test
    void theNearestOfSeveralExpressionsWins() {
        ParsedSentence s = parse("clashes:clash/NNS/2/nsubj erupted:erupt/VBD/0/root on/IN/4/case December/NNP/2/obl 30/CD/4/nummod and/CC/7/cc "
                        + "continued:continue/VBD/2/conj on/IN/9/case January/NNP/7/obl 2/CD/9/nummod",
                new TimeMention(3, 5, "December 30", "2025-12-30", "DATE"), new TimeMention(9, 10, "January 2", "2026-01-02", "DATE"));
        assertEquals("2025-12-30 day 'December 30'", date(s, 2));
        assertEquals("2026-01-02 day 'January 2'", date(s, 7));
    }

    @Test
    void badSettingsNameTheirLine() {
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> EventDates.load(TsvTable.parse("dates.tsv", "setting\tvalue\nmax_path\tthree\n", "setting", "value")));
        assertTrue(e.getMessage().startsWith("dates.tsv:2:"), e.getMessage());
        e = assertThrows(DictionaryException.class,
                () -> EventDates.load(TsvTable.parse("dates.tsv", "setting\tvalue\nmax_path\t3\n# note\nmax_distance\t4\n", "setting", "value")));
        assertTrue(e.getMessage().startsWith("dates.tsv:4:") && e.getMessage().contains("max_distance"), e.getMessage());
        e = assertThrows(DictionaryException.class,
                () -> EventDates.load(TsvTable.parse("dates.tsv", "setting\tvalue\nweekday\tmonday\n", "setting", "value")));
        assertTrue(e.getMessage().contains("no max_path"), e.getMessage());
    }
}
