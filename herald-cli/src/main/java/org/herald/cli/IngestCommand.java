package org.herald.cli;

import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.pipeline.HeraldPipeline;
import org.herald.pipeline.TimeBox;
import org.herald.read.InputError;
import org.herald.read.ReadResult;
import org.herald.store.EventStore;
import org.herald.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** herald ingest: code articles into the store, one transaction per article, skipping unchanged ones. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Code articles and store them (idempotent; changed articles are re-coded).")
final class IngestCommand implements Callable<Integer> {
    @Mixin InputOptions input;
    @Mixin ArticleOptions article;
    @Mixin StoreOptions store;
    @Mixin ModelOptions model;

    @Override
    public Integer call() {
        java.time.Duration limit = article.articleTimeout(); // a bad value is refused before any input is read
        ReadResult read = input.read(article);
        int status = input.reportErrors(read.errors());
        try (EventStore s = store.open(); TimeBox box = new TimeBox(limit)) {
            return Math.max(status, ingest(read.articles(), s, box, System.console() != null, model.judge(), article.storyDiscards()));
        } catch (StoreException e) {
            System.err.println("herald: " + e.getMessage());
            return 1;
        }
    }

    /** Ingests with a progress bar on a terminal and plain log lines otherwise; returns 1 if an article failed. */
    static int ingest(List<Article> articles, EventStore s, TimeBox box, boolean terminal, org.herald.pipeline.EventJudge judge,
                      org.herald.pipeline.StoryDiscards discards) {
        HeraldPipeline pipeline = null;
        int[] counts = new int[4]; // new, replaced, unchanged, failed
        long start = System.nanoTime();
        ProgressBar bar = terminal ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(articles.size())
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).showSpeed().build() : null;
        try {
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                try {
                    if (s.isCurrent(a)) {
                        counts[2]++;
                    } else {
                        if (pipeline == null) pipeline = new HeraldPipeline(CoreNlpAnnotator.shared(), EventCoder.standard(false), judge, discards);
                        HeraldPipeline p = pipeline;
                        org.herald.model.CodedArticle coded = box.run(() -> p.codeArticle(a));
                        if (coded.isDiscarded()) System.err.println("herald: stored, not coded " + a.id() + ": " + coded.discarded());
                        EventStore.IngestResult r = s.ingest(coded);
                        counts[r.status() == EventStore.Status.NEW ? 0 : r.status() == EventStore.Status.REPLACED ? 1 : 2]++;
                    }
                } catch (TimeBox.OverTime e) {
                    counts[3]++;
                    System.err.println(ArticleOptions.overTime(a.id(), e));
                } catch (RuntimeException e) {
                    counts[3]++;
                    System.err.println("herald: skipped " + new InputError(a.id(), 0, e.getMessage()));
                }
                if (bar != null) {
                    bar.step();
                } else {
                    double secs = (System.nanoTime() - start) / 1e9;
                    System.err.printf("herald: %d/%d articles (%s) %.1f articles/s%n", i + 1, articles.size(), a.id(), (i + 1) / Math.max(secs, 1e-9));
                }
            }
        } finally {
            if (bar != null) bar.close();
        }
        System.err.printf("herald: %d new, %d replaced, %d unchanged, %d failed -> %s%n", counts[0], counts[1], counts[2], counts[3], s.path());
        return counts[3] > 0 ? 1 : 0;
    }
}
