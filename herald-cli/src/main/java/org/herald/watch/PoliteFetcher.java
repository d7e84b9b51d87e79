package org.herald.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.herald.store.SeenUrls;

/**
 * The HTTP client of herald watch, polite by construction: it asks each site's robots.txt first (crawler-commons'
 * parser, Google's reading of RFC 9309; an unreachable robots.txt means no fetching from that site for now, a missing
 * one means all is allowed), keeps {@link FetchSettings#hostDelay} (or the site's longer Crawl-delay) between two
 * requests to a host, retries 5xx, 429 and network failures with exponential backoff (a Retry-After in seconds is
 * honoured up to {@link #MAX_RETRY_AFTER}), sends If-None-Match and If-Modified-Since when it has validators,
 * follows at most {@link #MAX_REDIRECTS} redirects (each target's robots.txt asked again), names itself in its
 * User-Agent, and gives up on an answer over the size limit or the time limit (connect, headers and body together).
 */
public final class PoliteFetcher implements AutoCloseable {
    static final int MAX_REDIRECTS = 5;
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);
    /** robots.txt is read again after this long (RFC 9309 asks caches not to keep it past 24 hours). */
    static final Duration ROBOTS_TTL = Duration.ofHours(24);
    /** An unreachable robots.txt forbids the site only until this long has passed, then it is asked again. */
    static final Duration ROBOTS_FAILED_TTL = Duration.ofMinutes(10);

    /** A site's rules until a time; {@code unreachable} says why there are none for now (null when read). */
    private record Robots(BaseRobotRules rules, long until, String unreachable) {}

    /** One answer before redirects and retries are settled. */
    private record Answer(Fetched fetched, URI redirect, boolean transientFailure, Duration retryAfter) {}

    private final FetchSettings settings;
    private final HttpClient http;
    private final HostPacer pacer = new HostPacer();
    private final Map<String, Robots> robots = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "herald-fetch-timer");
        t.setDaemon(true);
        return t;
    });

    public PoliteFetcher(FetchSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Fetches a URL after asking its site's robots.txt; {@code validators} make it a conditional GET. */
    public Fetched get(String url, Optional<SeenUrls.Validators> validators) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return new Fetched.Refused(SeenUrls.REFUSED, "not a URL: " + e.getMessage());
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!isHttp(uri)) return new Fetched.Refused(SeenUrls.REFUSED, "not an http(s) URL: " + uri);
            Robots site = robots(uri);
            if (site.unreachable() != null) return new Fetched.Failed("robots.txt of " + origin(uri) + " could not be read (" + site.unreachable() + ")");
            if (!site.rules().isAllowed(uri.toString())) return new Fetched.Disallowed("robots.txt of " + origin(uri) + " disallows it");
            Answer a = withRetries(uri, validators, crawlDelay(site.rules()));
            if (a.redirect() == null) return a.fetched();
            uri = a.redirect();
            validators = Optional.empty();
        }
        return new Fetched.Refused(SeenUrls.REFUSED, "more than " + MAX_REDIRECTS + " redirects");
    }

    private Duration crawlDelay(BaseRobotRules rules) {
        long ms = rules.getCrawlDelay();
        if (ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= settings.hostDelay().toMillis()) return settings.hostDelay();
        return Duration.ofMillis(Math.min(ms, FetchSettings.MAX_CRAWL_DELAY.toMillis()));
    }

    /** The site's rules, from its robots.txt (fetched once per {@link #ROBOTS_TTL}). */
    private Robots robots(URI uri) throws InterruptedException {
        String origin = origin(uri);
        Robots known = robots.get(origin);
        if (known != null && System.nanoTime() < known.until()) return known;
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        URI at = URI.create(origin + "/robots.txt");
        BaseRobotRules rules = null;
        Duration ttl = ROBOTS_TTL;
        String unreachable = null;
        for (int hop = 0; hop <= MAX_REDIRECTS && rules == null; hop++) {
            Answer a = withRetries(at, Optional.empty(), settings.hostDelay());
            if (a.redirect() != null && isHttp(a.redirect())) {
                at = a.redirect();
            } else if (a.fetched() instanceof Fetched.Ok ok) {
                rules = parser.parseContent(at.toString(), ok.body(), ok.contentType().orElse("text/plain"), List.of(FetchSettings.ROBOT_NAME));
            } else if (a.fetched() instanceof Fetched.Refused) {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL); // 4xx: no rules, all allowed
            } else {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE); // unreachable: nothing, for now
                ttl = ROBOTS_FAILED_TTL;
                unreachable = a.fetched() instanceof Fetched.Failed failed ? failed.reason() : "no answer";
            }
        }
        if (rules == null) rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        Robots site = new Robots(rules, System.nanoTime() + ttl.toNanos(), unreachable);
        robots.put(origin, site);
        return site;
    }

    private Answer withRetries(URI uri, Optional<SeenUrls.Validators> validators, Duration delay) throws InterruptedException {
        Answer last = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                Duration backoff = settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
                if (last.retryAfter() != null && last.retryAfter().compareTo(backoff) > 0) backoff = last.retryAfter();
                Thread.sleep(backoff.toMillis());
            }
            pacer.await(origin(uri), delay);
            last = once(uri, validators);
            if (!last.transientFailure()) return last;
        }
        String why = ((Fetched.Failed) last.fetched()).reason();
        int tries = settings.retries() + 1;
        return new Answer(new Fetched.Failed(why + " (" + tries + (tries == 1 ? " try)" : " tries)")), null, true, null);
    }

    private Answer once(URI uri, Optional<SeenUrls.Validators> validators) throws InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(settings.timeout()).GET()
                .header("User-Agent", settings.userAgent()).header("Accept-Encoding", "identity");
        validators.ifPresent(v -> {
            if (v.etag() != null && !v.etag().isBlank()) req.header("If-None-Match", v.etag());
            if (v.lastModified() != null && !v.lastModified().isBlank()) req.header("If-Modified-Since", v.lastModified());
        });
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        HttpResponse<InputStream> r;
        try {
            r = http.sendAsync(req.build(), HttpResponse.BodyHandlers.ofInputStream()).get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return failed("no answer within " + seconds() + " s", null);
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            return failed(c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage()), null);
        }
        int status = r.statusCode();
        try (InputStream body = r.body()) {
            if (status == 200) return read(uri, r, body, deadline);
            if (status == 304) return new Answer(new Fetched.NotModified(), null, false, null);
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                Optional<String> to = r.headers().firstValue("Location");
                if (to.isEmpty()) return new Answer(new Fetched.Refused(SeenUrls.REFUSED, "HTTP " + status + " without a Location"), null, false, null);
                try {
                    return new Answer(null, uri.resolve(to.get().strip()), false, null);
                } catch (IllegalArgumentException e) {
                    return new Answer(new Fetched.Refused(SeenUrls.REFUSED, "HTTP " + status + " to a bad Location"), null, false, null);
                }
            }
            if (status == 404 || status == 410) return new Answer(new Fetched.Refused(SeenUrls.GONE, "HTTP " + status), null, false, null);
            if (status == 429 || status >= 500) return failed("HTTP " + status, retryAfter(r));
            return new Answer(new Fetched.Refused(SeenUrls.REFUSED, "HTTP " + status), null, false, null);
        } catch (IOException e) {
            return failed("reading the answer failed: " + e.getMessage(), null);
        }
    }

    private Answer read(URI uri, HttpResponse<InputStream> r, InputStream body, long deadline) throws IOException {
        OptionalLong length = r.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > settings.maxBytes()) {
            return new Answer(new Fetched.Refused(SeenUrls.REFUSED, "an answer of " + length.getAsLong() + " bytes, over the limit of " + settings.maxBytes()), null, false, null);
        }
        // A body that trickles in is cut at the deadline: the timer closes the stream under the read.
        long left = Math.max(1, deadline - System.nanoTime());
        ScheduledFuture<?> cut = timer.schedule(() -> {
            try {
                body.close();
            } catch (IOException e) {
                // closing is all that is wanted
            }
        }, left, TimeUnit.NANOSECONDS);
        byte[] bytes;
        try {
            bytes = body.readNBytes(settings.maxBytes() + 1);
        } catch (IOException e) {
            if (System.nanoTime() >= deadline) return failed("the answer took longer than " + seconds() + " s", null);
            throw e;
        } finally {
            cut.cancel(false);
        }
        if (System.nanoTime() >= deadline && cut.isDone()) return failed("the answer took longer than " + seconds() + " s", null);
        if (bytes.length > settings.maxBytes()) {
            return new Answer(new Fetched.Refused(SeenUrls.REFUSED, "an answer of more than " + settings.maxBytes() + " bytes, over the limit"), null, false, null);
        }
        SeenUrls.Validators v = new SeenUrls.Validators(r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null));
        return new Answer(new Fetched.Ok(uri.toString(), bytes, r.headers().firstValue("Content-Type"), v), null, false, null);
    }

    private String seconds() {
        return java.math.BigDecimal.valueOf(settings.timeout().toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static Answer failed(String why, Duration retryAfter) {
        return new Answer(new Fetched.Failed(why), null, true, retryAfter);
    }

    private static Duration retryAfter(HttpResponse<?> r) {
        Optional<String> v = r.headers().firstValue("Retry-After");
        if (v.isEmpty() || !v.get().strip().matches("\\d{1,6}")) return null;
        Duration d = Duration.ofSeconds(Long.parseLong(v.get().strip()));
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }

    private static boolean isHttp(URI uri) {
        String s = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (s.equals("http") || s.equals("https")) && uri.getHost() != null;
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
