package org.herald.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.herald.model.Article;
import org.herald.pipeline.TimeBox;
import org.herald.read.InputFormat;
import org.herald.read.Inputs;
import org.herald.read.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** herald demo: codes the sample articles bundled with Herald and prints a table. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Code the bundled sample articles and print a table of events.")
final class DemoCommand implements Callable<Integer> {
    static final List<String> SAMPLES = List.of("samples/ceasefire-talks.txt", "samples/sanctions-dispute.txt", "samples/border-protests.txt");

    @Option(names = "--explain", description = "Show how each event was coded.")
    boolean explain;

    @Option(names = "--no-serve", description = "Only print the table: do not ingest the samples and serve the dashboard.")
    boolean noServe;

    @Option(names = "--port", defaultValue = "8080", description = "Dashboard port (default: ${DEFAULT-VALUE}).")
    int port;

    @picocli.CommandLine.Mixin StoreOptions store;

    @picocli.CommandLine.Mixin ModelOptions model;

    @Override
    public Integer call() {
        List<Article> articles = samples();
        System.out.println("Coding " + articles.size() + " sample articles (CoreNLP takes ~10 s to load)...");
        org.herald.pipeline.EventJudge judge = model.judge();
        try (TimeBox box = new TimeBox(TimeBox.DEFAULT)) {
            int status = CodeCommand.codeAll(articles, org.herald.events.EventCoder.standard(false), judge, org.herald.pipeline.StoryDiscards.standard(), box,
                    EventFormat.TABLE, new PrintWriter(System.out, false, StandardCharsets.UTF_8), explain, true, 0);
            if (noServe) return status;
            try (org.herald.store.EventStore s = store.openForServing()) {
                status = Math.max(status, IngestCommand.ingest(articles, s, box, false, judge, org.herald.pipeline.StoryDiscards.standard()));
                System.out.println("Dashboard: http://127.0.0.1:" + port + "/  (Ctrl-C stops)");
                ServeCommand.serve(s, "127.0.0.1", port, model);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return status;
        }
    }

    /** The bundled sample articles (also the default input of {@code herald bench}). */
    static List<Article> samples() {
        List<Article> articles = new ArrayList<>();
        Inputs reader = new Inputs(InputFormat.WIRE, Optional.empty(), InputStream.nullInputStream());
        for (String name : SAMPLES) {
            ReadResult r = reader.readText(name, org.herald.dict.Resources.text(name));
            if (!r.errors().isEmpty()) throw new IllegalStateException("bundled sample is malformed: " + r.errors());
            articles.addAll(r.articles());
        }
        return articles;
    }
}
