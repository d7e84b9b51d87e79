package org.herald.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.junit.jupiter.api.Test;

/** The merge rules' data files: what they say, and a bad line named by file and line. */
class MergeRulesTest {
    static final String RULES = "name\tvalue\ndate_window_days\t1\nevidence_min_jaccard\t0.3\nnear_duplicate_min_jaccard\t0.7\nshingle_words\t3\n"
            + "minhash_size\t128\nlsh_stages\t32\nlsh_buckets\t1000003\nminhash_seed\t7\nrange_max_days\t7\n";
    static final TsvTable GROUPS = TsvTable.parse("groups.tsv", "group\tcodes\nviolence\t18|19\n");
    static final TsvTable STOP = TsvTable.parse("stop.tsv", "word\nthe\n");

    static MergeRules rules(String rules) {
        return MergeRules.of(TsvTable.parse("rules.tsv", rules), GROUPS, STOP);
    }

    @Test
    void theBundledRulesLoadAndSayWhatTheReadmeSays() {
        MergeRules r = MergeRules.standard();
        assertEquals(1, r.dateWindowDays());
        assertEquals(7, r.rangeMaxDays());
        assertEquals(0, r.minhashSize() % r.lshStages());
        assertEquals("group:violence", r.compatibility("183", "18"));
        assertEquals("group:violence", r.compatibility("190", "19"));
        assertEquals("04", r.compatibility("040", "04"));
        assertTrue(r.datesAgree(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 17)));
        assertFalse(r.datesAgree(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2)));
        assertTrue(r.stopwords().contains("the"));
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /** {@link MergeRules#datesAgree} on spans written "2026-01-12..2026-01-17" or one day. */
    static boolean agree(MergeRules r, String a, String b) {
        String[] x = (a + ".." + a).split("\\.\\."), y = (b + ".." + b).split("\\.\\.");
        boolean ab = r.datesAgree(d(x[0]), d(x[1]), d(y[0]), d(y[1])), ba = r.datesAgree(d(y[0]), d(y[1]), d(x[0]), d(x[1]));
        assertEquals(ab, ba, "symmetric: " + a + " / " + b);
        return ab;
    }

    @Test
    void aDayWithinAWeekAgreesAndOneOutsideItDoesNot() {
        MergeRules r = MergeRules.standard();
        String week = "2026-01-12..2026-01-17"; // "earlier this week" in an article of Saturday 2026-01-17
        assertTrue(agree(r, week, "2026-01-14"), "Wednesday is within it");
        assertTrue(agree(r, week, "2026-01-12"));
        assertTrue(agree(r, week, "2026-01-17"));
        assertTrue(agree(r, week, "2026-01-15..2026-01-21"), "two weeks that overlap");
        assertTrue(agree(r, "2026-01-05..2026-01-11", week), "two weeks that touch are one day apart");
        assertFalse(agree(r, "2026-01-03..2026-01-09", week), "two weeks two days apart");
        assertFalse(agree(r, week, "2026-01-10"), "two days before it");
        assertFalse(agree(r, week, "2026-01-19"), "two days after it");
        assertFalse(agree(r, "2026-01-14", "2026-01-16"), "two days two days apart, as before");
    }

    @Test
    void theToleranceWidensASpanByItsDaysAndNoMore() {
        String week = "2026-01-12..2026-01-17";
        MergeRules one = MergeRules.standard();
        assertTrue(agree(one, week, "2026-01-11"), "a day before: within date_window_days 1");
        assertTrue(agree(one, week, "2026-01-18"), "a day after");
        MergeRules none = rules(RULES.replace("date_window_days\t1", "date_window_days\t0"));
        assertFalse(agree(none, week, "2026-01-11"), "no tolerance: the span itself");
        assertFalse(agree(none, week, "2026-01-18"));
        assertTrue(agree(none, week, "2026-01-12"));
        assertTrue(agree(none, week, "2026-01-17"));
        assertTrue(agree(none, "2026-01-14", "2026-01-14"));
        assertFalse(agree(none, "2026-01-14", "2026-01-15"));
    }

    @Test
    void aSpanLongerThanRangeMaxDaysAgreesOnlyWithTheSameSpanToldAgain() {
        MergeRules r = MergeRules.standard();
        assertTrue(agree(r, "2026-01-12..2026-01-18", "2026-01-15"), "7 days: still compared as a span");
        assertFalse(agree(r, "2026-01-12..2026-01-19", "2026-01-15"), "8 days: too long to hold one day's event");
        assertFalse(agree(r, "2025-01-01..2025-12-31", "2025-06-01"), "last year does not swallow a day in it");
        assertFalse(agree(r, "2025-01-01..2025-12-31", "2025-06-01..2025-06-07"), "nor a week");
        assertTrue(agree(r, "2025-01-01..2025-12-31", "2025-01-01..2025-12-31"), "last year told again");
        String since = "2025-12-01..2026-01-17"; // "since last month" in an article of 2026-01-17
        assertTrue(agree(r, since, "2025-12-01..2026-01-18"), "the same words in a story filed the next day");
        assertFalse(agree(r, since, "2025-12-01..2026-01-20"), "ends three days apart");
        assertFalse(agree(r, since, "2025-12-01..2025-12-31"), "December is another span");
        assertFalse(agree(r, since, "2025-12-01"), "nor is its first day");
    }

    @Test
    void theCandidateWindowHoldsEveryMentionWhoseDatesAgree() {
        java.util.Random random = new java.util.Random(17);
        for (MergeRules r : List.of(MergeRules.standard(), rules(RULES.replace("date_window_days\t1", "date_window_days\t3")),
                rules(RULES.replace("range_max_days\t7", "range_max_days\t1")))) {
            int agreeing = 0, wide = 0;
            for (int i = 0; i < 50_000; i++) {
                long as = random.nextInt(20), ae = as + span(random), bs = random.nextInt(20), be = bs + span(random);
                if (!r.datesAgree(as, ae, bs, be)) continue;
                agreeing++;
                if (r.wide(as, ae)) wide++;
                long[] w = r.candidateDays(as, ae);
                assertTrue(w[0] <= bs && bs <= w[1], as + ".." + ae + " agrees with " + bs + ".." + be + " outside its window " + w[0] + ".." + w[1]);
            }
            assertTrue(agreeing > 1000 && wide > 100, "enough pairs agree to say something: " + agreeing + ", wide " + wide);
        }
    }

    /** A span's length less one: mostly days and weeks, sometimes a month or a year. */
    private static long span(java.util.Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(7);
            case 2 -> random.nextInt(40);
            default -> random.nextBoolean() ? 364 : 30;
        };
    }

    @Test
    void theFlagNamesTheMostSimilarCandidateAndTheFirstOfEquals() {
        MergeRules r = MergeRules.standard();
        ArticleSignatures s = new ArticleSignatures(r);
        String story = "Israeli officials rejected the proposal on Thursday, saying it did not guarantee the release of hostages held in Gaza.";
        int[] mine = s.signature(story);
        int[] same = s.signature(story), other = s.signature("Hamas accused Israel of stalling the negotiations in Cairo on Friday.");
        int[] close = s.signature(story + " Mediators said talks would resume next week.");
        List<NearDuplicates.Candidate> inOrder = List.of(new NearDuplicates.Candidate("me", mine), new NearDuplicates.Candidate("unrelated", other),
                new NearDuplicates.Candidate("close", close), new NearDuplicates.Candidate("first", same), new NearDuplicates.Candidate("second", same),
                new NearDuplicates.Candidate("short", java.util.Arrays.copyOf(same, 64)));
        assertEquals(new NearDuplicates.Flag("first", 1.0), NearDuplicates.choose(r, s, "me", mine, inOrder),
                "itself and a signature of other rules passed over; of two equal, the first in the order given");
        NearDuplicates.Flag near = NearDuplicates.choose(r, s, "me", mine, inOrder.subList(0, 3));
        assertEquals("close", near.duplicateOf());
        assertTrue(near.similarity() >= 0.7 && near.similarity() < 1, near.toString());
        assertEquals(null, NearDuplicates.choose(r, s, "me", mine, inOrder.subList(0, 2)), "below near_duplicate_min_jaccard: no flag");
    }

    @Test
    void aBadLineIsNamedByFileAndLine() {
        DictionaryException e = assertThrows(DictionaryException.class, () -> rules(RULES.replace("0.3", "1.5")));
        assertEquals("rules.tsv:3: evidence_min_jaccard must be a number from 0 to 1, not 1.5", e.getMessage());
        e = assertThrows(DictionaryException.class, () -> rules(RULES.replace("date_window_days\t1", "date_window_days\tone")));
        assertEquals("rules.tsv:2: date_window_days must be a whole number, not 'one'", e.getMessage());
        e = assertThrows(DictionaryException.class, () -> rules(RULES + "window\t3\n"));
        assertTrue(e.getMessage().startsWith("rules.tsv:11: unknown rule 'window'"), e.getMessage());
        e = assertThrows(DictionaryException.class, () -> rules(RULES + "shingle_words\t4\n"));
        assertEquals("rules.tsv:11: rule 'shingle_words' is given twice", e.getMessage());
        e = assertThrows(DictionaryException.class, () -> rules(RULES.replace("range_max_days\t7", "range_max_days\t0")));
        assertEquals("rules.tsv:10: range_max_days must be from 1 to 366, not 0", e.getMessage());
        e = assertThrows(DictionaryException.class, () -> rules(RULES.replace("minhash_size\t128", "minhash_size\t100")));
        assertEquals("rules.tsv:6: minhash_size must be a multiple of lsh_stages (32)", e.getMessage());
        e = assertThrows(DictionaryException.class, () -> rules(RULES.replace("minhash_seed\t7\n", "")));
        assertTrue(e.getMessage().endsWith("rule 'minhash_seed' is missing"), e.getMessage());
        e = assertThrows(DictionaryException.class, () -> MergeRules.of(TsvTable.parse("rules.tsv", RULES),
                TsvTable.parse("groups.tsv", "group\tcodes\n# c\nviolence\t18|1x9\n"), STOP));
        assertEquals("groups.tsv:3: '1x9' is not a CAMEO root or code (two to four digits)", e.getMessage());
        e = assertThrows(DictionaryException.class, () -> MergeRules.of(TsvTable.parse("rules.tsv", RULES), GROUPS,
                TsvTable.parse("stop.tsv", "word\nthe end\n")));
        assertEquals("stop.tsv:2: a stop word is one word of letters or digits: 'the end'", e.getMessage());
    }

    @Test
    void signaturesEstimateTheJaccardSimilarityOfWordShingles() {
        ArticleSignatures s = new ArticleSignatures(MergeRules.standard());
        String text = "Israeli officials rejected the proposal on Thursday, saying it did not guarantee the release of hostages.";
        assertEquals(s.shingles(text), s.shingles("  ISRAELI officials -- rejected the proposal on Thursday; saying it did not\nguarantee the release of hostages "),
                "case, punctuation and spacing do not count");
        int[] a = s.signature(text);
        assertEquals(1.0, s.similarity(a, s.signature(text)));
        assertTrue(s.similarity(a, s.signature("Hamas accused Israel of stalling the negotiations in Cairo on Friday.")) < 0.2);
        assertEquals(null, s.signature(" -- "), "no words, no signature");
        assertEquals(a.length / 4, ArticleSignatures.signature(ArticleSignatures.bytes(a)).length / 4);
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(ArticleSignatures.signature(ArticleSignatures.bytes(a))));
    }
}
