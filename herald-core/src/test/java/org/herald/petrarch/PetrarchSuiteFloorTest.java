package org.herald.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression floor on PETRARCH's coder suite (skips without ../shared): the pass rate may rise but not fall.
 * The target is 85%; the floor is where Herald stands (245 of 264, 92.8%; see README), so losing one
 * record fails the build. Raise it with the pass rate.
 */
class PetrarchSuiteFloorTest {
    static final Path RECORDS = Path.of("..", "..", "shared", "petrarch2", "text", "PETR.UnitTest.records.xml");
    static final double FLOOR = 0.928;

    @Test
    void passRateDoesNotFall() {
        assumeTrue(Files.exists(RECORDS), "../shared is absent");
        PetrarchNotes notes = PetrarchNotes.load();
        PetrarchSuite.Result r = PetrarchSuite.run(RECORDS, null, notes);
        assertTrue(r.included() >= 250, "included " + r.included());
        long excluded = r.outcomes().size() - r.included();
        assertTrue(excluded <= 0.10 * r.outcomes().size(), "at most 10% of the suite may be excluded, not " + excluded);
        assertTrue(r.passRate() >= FLOOR, String.format("%d of %d pass (%.3f < %.2f)", r.passed(), r.included(), r.passRate(), FLOOR));
        // Every failing record is listed with its reason, and only those.
        assertEquals(List.of(), r.unnoted(notes));
    }
}
