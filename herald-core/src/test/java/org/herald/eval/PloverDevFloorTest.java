package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.pipeline.HeraldPipeline;
import org.junit.jupiter.api.Test;

/**
 * Regression floor on the PLOVER development sentences (skips without ../shared): a change that lowers type
 * recall or precision below the targets fails the build. The floors are the targets, not tuned values.
 */
class PloverDevFloorTest {
    static final Path DEV = Path.of("..", "..", "shared", "plover-gsr", "dev.jsonl");

    @Test
    void typeRecallAndPrecisionStayAboveTheTargets() {
        assumeTrue(Files.exists(DEV), "../shared is absent");
        HeraldPipeline pipeline = new HeraldPipeline(CoreNlpAnnotator.shared(), EventCoder.standard(false));
        PloverScorer scorer = new PloverScorer();
        for (GoldRecord r : GoldRecord.read(DEV)) scorer.add(r, pipeline.code(new Article(r.id(), r.date(), "gold", "", r.text())));
        String report = String.format("recall %.3f precision %.3f type+source %.3f", scorer.typeRecall(), scorer.typePrecision(), scorer.typeSourceRecall());
        assertTrue(scorer.records() == 161, report);
        assertTrue(scorer.typeRecall() >= 0.75, report);
        assertTrue(scorer.typePrecision() >= 0.65, report);
        assertTrue(scorer.typeSourceRecall() >= 0.60, report);
    }
}
