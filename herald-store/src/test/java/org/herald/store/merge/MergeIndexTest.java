package org.herald.store.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merger's in-memory lookups: the date window, removal and renaming, and the bound on LSH candidates. */
class MergeIndexTest {
    static MergeIndex.Mention mention(long id, String article, String date, String key) {
        return new MergeIndex.Mention(new Facts(id, article, "RUSGOV", "IRNGOV", "040", "04", LocalDate.parse(date), null, "", "", "", "", ""), id, key);
    }

    static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    @Test
    void candidatesComeFromTheKeyAndTheDateWindowOnly() {
        MergeIndex in = new MergeIndex();
        in.add(mention(1, "a", "2026-01-14", "k"));
        in.add(mention(2, "a", "2026-01-16", "k"));
        in.add(mention(3, "b", "2026-01-17", "k"));
        in.add(mention(4, "b", "2026-01-16", "other"));
        assertEquals(List.of(2L, 3L), in.near("k", day("2026-01-15"), day("2026-01-17")).stream().map(m -> m.eventId).toList());
        assertEquals(List.of(), in.near("none", 0, 1));
        assertEquals(2, in.removeArticle("a").size());
        assertEquals(List.of(3L), in.near("k", day("2026-01-11"), day("2026-01-21")).stream().map(m -> m.eventId).toList());
        in.rename(3, 9);
        assertEquals(9L, in.members(9).get(0).mergedId);
        assertEquals(List.of(), in.members(3));
    }

    @Test
    void aCrowdedBucketGivesOnlyItsNewestArticlesAndMostSharedBandsComeFirst() {
        MergeIndex in = new MergeIndex();
        for (int i = 0; i < 300; i++) in.addSignature("boiler-" + i, new int[] {i}, new long[] {7L});
        in.addSignature("close", new int[] {1}, new long[] {7L, 8L, 9L});
        List<String> got = in.sharingABand(new long[] {7L, 8L, 9L});
        assertEquals(MergeIndex.BAND_CANDIDATES, got.size());
        assertEquals("close", got.get(0), "three bands shared");
        assertEquals("boiler-101", got.get(1), "then the earliest of the newest 200 - 1 others");
        in.removeSignature("close");
        assertNull(in.signature("close"));
        assertEquals(List.of(), in.sharingABand(new long[] {8L}));
    }
}
