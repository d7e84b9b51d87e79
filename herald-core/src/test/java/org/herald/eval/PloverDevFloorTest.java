package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.herald.events.EventCoder;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.pipeline.HeraldPipeline;
import org.junit.jupiter.api.Test;

/**
 * Regression floor on the PLOVER development sentences (skips without ../shared): a change that lowers type
 * recall, type precision or type+source recall below where Herald stands (README) fails the build. The issue's
 * targets are 0.85 and 0.80 (met); the floors are the measured values, so any loss shows. Raise them with the scores.
 */
class PloverDevFloorTest {
    static final Path DEV = Path.of("..", "..", "shared", "plover-gsr", "dev.jsonl");
    static final double RECALL = 0.857, PRECISION = 0.811, TYPE_SOURCE = 0.763;

    @Test
    void typeRecallAndPrecisionDoNotFall() {
        assumeTrue(Files.exists(DEV), "../shared is absent");
        HeraldPipeline pipeline = new HeraldPipeline(CoreNlpAnnotator.shared(), EventCoder.standard(false));
        PloverScorer scorer = PloverScorer.score(GoldRecord.read(DEV), r -> pipeline.code(r.article()));
        String report = String.format("recall %.3f precision %.3f type+source %.3f", scorer.typeRecall(), scorer.typePrecision(), scorer.typeSourceRecall());
        assertTrue(scorer.records() == 161, report);
        assertTrue(scorer.typeRecall() >= RECALL, report);
        assertTrue(scorer.typePrecision() >= PRECISION, report);
        assertTrue(scorer.typeSourceRecall() >= TYPE_SOURCE, report);
    }
}
