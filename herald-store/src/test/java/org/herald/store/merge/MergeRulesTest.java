package org.herald.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.herald.dict.DictionaryException;
import org.herald.dict.TsvTable;
import org.junit.jupiter.api.Test;

/** The merge rules' data files: what they say, and a bad line named by file and line. */
class MergeRulesTest {
    static final String RULES = "name\tvalue\ndate_window_days\t1\nevidence_min_jaccard\t0.3\nnear_duplicate_min_jaccard\t0.7\nshingle_words\t3\n"
            + "minhash_size\t128\nlsh_stages\t32\nlsh_buckets\t1000003\nminhash_seed\t7\n";
    static final TsvTable GROUPS = TsvTable.parse("groups.tsv", "group\tcodes\nviolence\t18|19\n");
    static final TsvTable STOP = TsvTable.parse("stop.tsv", "word\nthe\n");

    static MergeRules rules(String rules) {
        return MergeRules.of(TsvTable.parse("rules.tsv", rules), GROUPS, STOP);
    }

    @Test
    void theBundledRulesLoadAndSayWhatTheReadmeSays() {
        MergeRules r = MergeRules.standard();
        assertEquals(1, r.dateWindowDays());
        assertEquals(0, r.minhashSize() % r.lshStages());
        assertEquals("group:violence", r.compatibility("183", "18"));
        assertEquals("group:violence", r.compatibility("190", "19"));
        assertEquals("04", r.compatibility("040", "04"));
        assertTrue(r.datesAgree(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 17)));
        assertFalse(r.datesAgree(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2)));
        assertTrue(r.stopwords().contains("the"));
    }

    @Test
    void aBadLineIsNamedByFileAndLine() {
        DictionaryException e = assertThrows(DictionaryException.class, () -> rules(RULES.replace("0.3", "1.5")));
        assertEquals("rules.tsv:3: evidence_min_jaccard must be a number from 0 to 1, not 1.5", e.getMessage());
        e = assertThrows(DictionaryException.class, () -> rules(RULES.replace("date_window_days\t1", "date_window_days\tone")));
        assertEquals("rules.tsv:2: date_window_days must be a whole number, not 'one'", e.getMessage());
        e = assertThrows(DictionaryException.class, () -> rules(RULES + "window\t3\n"));
        assertTrue(e.getMessage().startsWith("rules.tsv:10: unknown rule 'window'"), e.getMessage());
        e = assertThrows(DictionaryException.class, () -> rules(RULES + "shingle_words\t4\n"));
        assertEquals("rules.tsv:10: rule 'shingle_words' is given twice", e.getMessage());
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
