package org.herald.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.learn.EmbeddingCache;
import org.herald.learn.EventModel;
import org.herald.learn.ExampleBank;
import org.herald.learn.LabelledExample;
import org.herald.learn.MiniLmEmbedder;
import org.herald.pipeline.EventJudge;
import picocli.CommandLine.Option;

/**
 * The learned event-type model's options, shared by code, ingest, serve and demo. The model is on by default; the
 * config entry is the environment variable HERALD_EXAMPLES (files separated by the path separator), read as
 * --examples is.
 */
final class ModelOptions {
    @Option(names = "--no-model", description = "Code with the patterns alone: no learned model, no confidence.")
    boolean noModel;

    @Option(names = "--examples", paramLabel = "FILE",
            description = "Labelled examples (JSON Lines: {\"id\",\"text\",\"plover\"}, \"plover\": null for no event) the model learns from "
                    + "beside Herald's bank; also $HERALD_EXAMPLES.")
    List<Path> examples = new ArrayList<>();

    @Option(names = "--min-confidence", paramLabel = "X", description = "Leave out events whose confidence is below X (0-1; default from "
            + "herald/model/fusion.tsv).")
    Double minConfidence;

    /** The judge these options ask for: the shared default model, or one trained with the user's examples. */
    EventJudge judge() {
        if (noModel) return EventJudge.NONE;
        List<Path> files = new ArrayList<>(examples);
        String env = System.getenv("HERALD_EXAMPLES");
        if (env != null && !env.isBlank()) for (String f : env.split(java.io.File.pathSeparator)) if (!f.isBlank()) files.add(Path.of(f));
        EventModel m;
        if (files.isEmpty()) {
            m = EventModel.shared();
        } else {
            List<LabelledExample> extra = new ArrayList<>();
            for (Path f : files) extra.addAll(ExampleBank.file(f));
            m = EventModel.load(MiniLmEmbedder.shared(), extra, EmbeddingCache.defaultDirectory());
        }
        return minConfidence == null ? m : m.with(m.settings().withMinConfidence(minConfidence));
    }
}
