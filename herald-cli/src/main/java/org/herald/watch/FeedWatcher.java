package org.herald.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.Article;
import org.herald.read.html.WebPages;
import org.herald.store.SeenUrls;

/**
 * Polls RSS and Atom feeds (Rome) and takes each new item's page: fetched politely ({@link PoliteFetcher}), its main
 * text and metadata read by {@link WebPages} (the item's date when the page has none), handed to the sink, and its
 * outcome written to the store ({@link SeenUrls}) so no restart fetches it again. The feed itself is asked with a
 * conditional GET; its validators are kept only when every item of the poll was settled, so an item that failed for
 * now is seen again at the next poll even if the feed has not changed.
 */
public final class FeedWatcher {
    /** An item whose page failed at this many polls is given up. */
    public static final int MAX_POLLS_PER_ITEM = 5;

    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    /** What {@link #item} returns for a page robots.txt disallows; stored as {@link SeenUrls#REFUSED}, counted apart. */
    private static final String DISALLOWED = "disallowed";

    /**
     * What one poll of one feed did: its items, those taken, seen before, refused (404, limits, not HTML, unreadable,
     * not coded), disallowed by the site's robots.txt (the feed itself counts here when its own URL is disallowed) and
     * left to try again; whether the feed was unchanged (304); why the feed itself could not be read, else null.
     */
    public record Poll(int items, int taken, int alreadySeen, int refused, int disallowed, int failed, boolean notModified, String error) {
        /**
         * A feed that could not be read or parsed, an item refused or left to try again: what makes {@code watch --once}
         * exit 1. A robots.txt disallow is the site's wish, reported but no failure.
         */
        public boolean anyFailure() {
            return error != null || refused > 0 || failed > 0;
        }
    }

    private final PoliteFetcher fetcher;
    private final SeenUrls seen;
    private final WebPages pages;
    private final ArticleSink sink;
    private final Consumer<String> log;

    public FeedWatcher(PoliteFetcher fetcher, SeenUrls seen, WebPages pages, ArticleSink sink, Consumer<String> log) {
        this.fetcher = fetcher;
        this.seen = seen;
        this.pages = pages;
        this.sink = sink;
        this.log = log;
    }

    public Poll poll(String feedUrl) throws InterruptedException {
        Fetched f = fetcher.get(feedUrl, seen.validators(feedUrl));
        if (f instanceof Fetched.NotModified) {
            log.accept(feedUrl + ": not modified");
            return new Poll(0, 0, 0, 0, 0, 0, true, null);
        }
        if (f instanceof Fetched.Disallowed d) {
            log.accept(feedUrl + ": feed skipped: " + d.reason());
            return new Poll(0, 0, 0, 0, 1, 0, false, null);
        }
        if (f instanceof Fetched.Refused r) return feedError(feedUrl, r.reason());
        if (f instanceof Fetched.Failed r) return feedError(feedUrl, r.reason());
        Fetched.Ok ok = (Fetched.Ok) f;
        SyndFeed feed;
        try {
            feed = parse(ok);
        } catch (FeedException | RuntimeException e) { // Rome's parsers may throw anything on odd XML
            return feedError(feedUrl, "not a readable RSS or Atom feed: " + e.getMessage());
        }
        int taken = 0, already = 0, refused = 0, disallowed = 0, failed = 0;
        for (SyndEntry entry : feed.getEntries()) {
            Optional<String> link = link(feedUrl, entry);
            if (link.isEmpty()) {
                log.accept(feedUrl + ": an item without a link (" + entry.getTitle() + "): passed over");
                refused++;
                continue;
            }
            Optional<SeenUrls.Seen> before = seen.get(link.get());
            if (before.isPresent() && before.get().done()) {
                already++;
                continue;
            }
            String outcome = item(feedUrl, link.get(), entry, before);
            switch (outcome) {
                case SeenUrls.INGESTED -> taken++;
                case SeenUrls.RETRY -> failed++;
                case DISALLOWED -> disallowed++;
                default -> refused++;
            }
        }
        if (failed == 0) seen.validators(feedUrl, ok.validators());
        log.accept(String.format("%s: %d items, %d new taken, %d seen before, %d refused, %d refused by robots.txt, %d to try again",
                feedUrl, feed.getEntries().size(), taken, already, refused, disallowed, failed));
        return new Poll(feed.getEntries().size(), taken, already, refused, disallowed, failed, false, null);
    }

    private Poll feedError(String feedUrl, String why) {
        log.accept(feedUrl + ": feed skipped: " + why);
        return new Poll(0, 0, 0, 0, 0, 0, false, why);
    }

    /** Fetches, reads and hands on one item's page; returns the outcome written for it, or {@link #DISALLOWED}. */
    private String item(String feedUrl, String link, SyndEntry entry, Optional<SeenUrls.Seen> before) throws InterruptedException {
        Fetched page = fetcher.get(link, Optional.empty());
        if (page instanceof Fetched.Failed r) {
            int polls = before.map(SeenUrls.Seen::attempts).orElse(0) + 1;
            if (polls >= MAX_POLLS_PER_ITEM) return mark(link, SeenUrls.REFUSED, "gave up after " + polls + " polls: " + r.reason(), null, feedUrl);
            return mark(link, SeenUrls.RETRY, r.reason(), null, feedUrl);
        }
        if (page instanceof Fetched.Disallowed d) {
            mark(link, SeenUrls.REFUSED, d.reason(), null, feedUrl);
            return DISALLOWED;
        }
        if (page instanceof Fetched.Refused r) return mark(link, r.outcome(), r.reason(), null, feedUrl);
        if (!(page instanceof Fetched.Ok ok)) return mark(link, SeenUrls.RETRY, "not modified without being asked conditionally", null, feedUrl);
        String type = ok.contentType().orElse("text/html").toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("text/html") && !type.startsWith("application/xhtml+xml")) {
            return mark(link, SeenUrls.REFUSED, "not HTML (" + type + ")", null, feedUrl);
        }
        Optional<LocalDate> itemDate = Optional.ofNullable(entry.getPublishedDate()).or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                .map(Date::toInstant).map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate());
        String fallbackName = itemDate.isPresent() ? "feed item date" : "fetch date";
        WebPages.Outcome o = pages.read(link, ok.body(), charset(type), Optional.of(itemDate.orElse(LocalDate.now(ZoneOffset.UTC))), fallbackName);
        if (o instanceof WebPages.Refused r) return mark(link, SeenUrls.REFUSED, r.reason(), null, feedUrl);
        Article a = ((WebPages.Read) o).article();
        if (a.title().isBlank() && entry.getTitle() != null) a = new Article(a.id(), a.date(), a.source(), entry.getTitle().strip(), a.body());
        String what;
        try {
            what = sink.take(a);
        } catch (RuntimeException e) {
            return mark(link, SeenUrls.REFUSED, "could not be coded: " + e.getMessage(), a.id(), feedUrl);
        }
        return mark(link, SeenUrls.INGESTED, what, a.id(), feedUrl);
    }

    private String mark(String url, String outcome, String detail, String articleId, String feed) {
        seen.mark(url, outcome, detail, articleId, feed);
        log.accept(url + ": " + outcome + " (" + detail + ")");
        return outcome;
    }

    private static Optional<String> charset(String contentType) {
        Matcher m = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)").matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The feed, decoded strictly (its XML declaration's encoding, else the HTTP charset, else UTF-8); no DTDs. */
    static SyndFeed parse(Fetched.Ok ok) throws FeedException {
        String head = new String(ok.body(), 0, Math.min(ok.body().length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head); // past a UTF-8 byte-order mark
        Optional<String> encoding = m.find() ? Optional.of(m.group(1)) : charset(ok.contentType().orElse("").toLowerCase(java.util.Locale.ROOT));
        String text = WebPages.decode(ok.body(), encoding);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        return input.build(new StringReader(text));
    }

    private static Optional<String> link(String feedUrl, SyndEntry entry) {
        String l = entry.getLink();
        if ((l == null || l.isBlank()) && entry.getLinks() != null && !entry.getLinks().isEmpty()) l = entry.getLinks().get(0).getHref();
        if (l == null || l.isBlank()) return Optional.empty();
        try {
            return Optional.of(URI.create(feedUrl).resolve(l.strip()).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
