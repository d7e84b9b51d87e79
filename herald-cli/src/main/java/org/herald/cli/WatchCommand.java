package org.herald.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.herald.events.EventCoder;
import org.herald.model.Article;
import org.herald.model.CodedArticle;
import org.herald.nlp.CoreNlpAnnotator;
import org.herald.pipeline.EventJudge;
import org.herald.pipeline.HeraldPipeline;
import org.herald.pipeline.StoryDiscards;
import org.herald.pipeline.TimeBox;
import org.herald.read.InputFormat;
import org.herald.read.Inputs;
import org.herald.read.html.WebPages;
import org.herald.store.EventStore;
import org.herald.store.StoreException;
import org.herald.watch.ArticleSink;
import org.herald.watch.DirectoryWatcher;
import org.herald.watch.FeedWatcher;
import org.herald.watch.FetchSettings;
import org.herald.watch.PoliteFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** herald watch: ingest new files of directories and new pages of RSS/Atom feeds as they appear. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Ingest new article files of directories, and new articles of RSS/Atom feeds, as they appear (remembered in the store across restarts).")
final class WatchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "DIR", description = "Directories to watch (and those below them).")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--feed", paramLabel = "URL", description = "An RSS or Atom feed to poll (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--feeds", paramLabel = "FILE", description = "A file of feed URLs, one a line ('#' comments and blank lines allowed).")
    Path feedsFile;

    @Option(names = "--once", description = "One pass (directories until their files settle, each feed once), then exit: for tests and cron.")
    boolean once;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "300", description = "Seconds between two polls of the feeds (default: ${DEFAULT-VALUE}).")
    double interval;

    @Option(names = "--dir-interval", paramLabel = "SECONDS", defaultValue = "5", description = "Seconds between two looks at the directories (default: ${DEFAULT-VALUE}).")
    double dirInterval;

    @Option(names = "--settle", paramLabel = "SECONDS", defaultValue = "2", description = "A file is read once its size and time have not changed for this long (default: ${DEFAULT-VALUE}).")
    double settle;

    @Option(names = "--host-delay", paramLabel = "SECONDS", defaultValue = "1", description = "Least time between two requests to one host; a longer robots.txt Crawl-delay wins (default: ${DEFAULT-VALUE}).")
    double hostDelay;

    @Option(names = "--retries", defaultValue = "3", description = "Retries of a 5xx, 429 or network failure, with exponential backoff (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--backoff", paramLabel = "SECONDS", defaultValue = "2", description = "Wait before the first retry; doubled for each next one (default: ${DEFAULT-VALUE}).")
    double backoff;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Time one request may take, body included (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--max-page-bytes", defaultValue = "" + WebPages.DEFAULT_MAX_HTML_BYTES, description = "Largest page or feed read (default: ${DEFAULT-VALUE}).")
    int maxPageBytes;

    @Mixin ArticleOptions article;
    @Mixin StoreOptions store;
    @Mixin ModelOptions model;

    /** Set by the shutdown hook (and by tests) to end the loop after the article in hand. */
    final AtomicBoolean stop = new AtomicBoolean();
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        List<String> allFeeds;
        try {
            allFeeds = feedList();
        } catch (IllegalArgumentException e) {
            System.err.println("herald: " + e.getMessage());
            return 2;
        }
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                System.err.println("herald: " + d + ": no such directory");
                return 2;
            }
        }
        if (dirs.isEmpty() && allFeeds.isEmpty()) {
            System.err.println("herald: watch needs a DIR, --feed URL or --feeds FILE");
            return 2;
        }
        Duration articleLimit = article.articleTimeout(); // a usage error, as in code and ingest
        if (interval <= 0 || dirInterval <= 0 || settle < 0 || hostDelay < 0 || backoff < 0 || timeout <= 0) {
            System.err.println("herald: --interval, --dir-interval and --timeout must be positive; --settle, --host-delay and --backoff not negative");
            return 2;
        }
        Inputs inputs = article.reader(InputFormat.AUTO, Optional.empty(), java.io.InputStream.nullInputStream()); // refuses a bad --max-article-chars before the store opens
        FetchSettings fetch = new FetchSettings(FetchSettings.USER_AGENT, seconds(hostDelay), retries, seconds(backoff), seconds(timeout), maxPageBytes);
        Consumer<String> log = line -> System.err.println("herald: watch: " + line);
        EventJudge judge = model.judge();
        StoryDiscards discards = article.storyDiscards();
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                closed.await(10, java.util.concurrent.TimeUnit.SECONDS); // the article in hand is stored (or not) whole; then the store closes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (!once) Runtime.getRuntime().addShutdownHook(hook);
        try (EventStore s = store.open(); TimeBox box = new TimeBox(articleLimit); PoliteFetcher fetcher = new PoliteFetcher(fetch)) {
            ArticleSink sink = new StoreSink(s, box, judge, discards);
            List<DirectoryWatcher> watchers = dirs.stream().map(d -> new DirectoryWatcher(d, inputs, s.seen(), sink, log, seconds(settle))).toList();
            FeedWatcher feedWatcher = new FeedWatcher(fetcher, s.seen(), WebPages.standard(), sink, log);
            return once ? onePass(watchers, feedWatcher, allFeeds, log) : loop(watchers, feedWatcher, allFeeds);
        } catch (StoreException e) {
            System.err.println("herald: " + e.getMessage());
            return 1;
        } finally {
            closed.countDown();
        }
    }

    /** Directories until every file there settled (at most 20 settle times), then each feed once. */
    private int onePass(List<DirectoryWatcher> watchers, FeedWatcher feedWatcher, List<String> allFeeds, Consumer<String> log) throws IOException, InterruptedException {
        int errors = 0;
        for (DirectoryWatcher w : watchers) {
            long giveUp = System.nanoTime() + Math.max(seconds(settle).multipliedBy(20).toNanos(), 1_000_000_000L);
            DirectoryWatcher.Pass p = w.look();
            errors += p.errors();
            while (p.unsettled() > 0 && System.nanoTime() < giveUp) {
                Thread.sleep(Math.max(50, (long) (settle * 250)));
                p = w.look();
                errors += p.errors();
            }
            if (p.unsettled() > 0) log.accept(w.dir() + ": " + p.unsettled() + " files still being written, left for the next run");
        }
        for (String f : allFeeds) {
            FeedWatcher.Poll p = feedWatcher.poll(f);
            if (p.anyFailure()) errors++; // a robots.txt disallow is reported, not a failure
        }
        return errors > 0 ? 1 : 0;
    }

    private int loop(List<DirectoryWatcher> watchers, FeedWatcher feedWatcher, List<String> allFeeds) throws IOException, InterruptedException {
        long nextFeeds = System.nanoTime();
        while (!stop.get()) {
            if (!allFeeds.isEmpty() && System.nanoTime() >= nextFeeds) {
                for (String f : allFeeds) {
                    if (stop.get()) break;
                    try {
                        feedWatcher.poll(f);
                    } catch (RuntimeException e) { // one feed's trouble (a full disk, a parser bug) is reported; the others go on
                        System.err.println("herald: watch: " + f + ": poll failed: " + e);
                    }
                }
                nextFeeds = System.nanoTime() + seconds(interval).toNanos();
            }
            for (DirectoryWatcher w : watchers) {
                if (stop.get()) break;
                try {
                    w.look();
                } catch (IOException | RuntimeException e) { // a directory unmounted or removed: tried again at the next look
                    System.err.println("herald: watch: " + w.dir() + ": cannot look: " + e);
                }
            }
            long until = System.nanoTime() + (watchers.isEmpty() ? Math.max(0, nextFeeds - System.nanoTime()) : seconds(dirInterval).toNanos());
            while (!stop.get() && System.nanoTime() < until) Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
        }
        return 0;
    }

    /** --feed URLs, then the lines of --feeds FILE; a line that is no http(s) URL is an error naming it. */
    private List<String> feedList() {
        List<String> all = new ArrayList<>(feeds);
        if (feedsFile != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(feedsFile);
            } catch (IOException e) {
                throw new IllegalArgumentException(feedsFile + ": cannot read: " + e.getMessage());
            }
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                if (!l.matches("(?i)https?://\\S+")) throw new IllegalArgumentException(feedsFile + ":" + (i + 1) + ": not an http(s) URL: " + l);
                all.add(l);
            }
        }
        return all;
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    /** Codes and stores one article as ingest does: unchanged articles are not coded again. */
    private static final class StoreSink implements ArticleSink {
        private final EventStore store;
        private final TimeBox box;
        private final EventJudge judge;
        private final StoryDiscards discards;
        private HeraldPipeline pipeline;

        StoreSink(EventStore store, TimeBox box, EventJudge judge, StoryDiscards discards) {
            this.store = store;
            this.box = box;
            this.judge = judge;
            this.discards = discards;
        }

        @Override
        public String take(Article a) {
            if (store.isCurrent(a)) return "unchanged";
            if (pipeline == null) pipeline = new HeraldPipeline(CoreNlpAnnotator.shared(), EventCoder.standard(false), judge, discards);
            HeraldPipeline p = pipeline;
            CodedArticle coded = box.run(() -> p.codeArticle(a));
            EventStore.IngestResult r = store.ingest(coded);
            String what = r.status().name().toLowerCase(java.util.Locale.ROOT) + ", " + r.events() + " events";
            return coded.isDiscarded() ? what + ", not coded: " + coded.discarded() : what;
        }
    }
}
