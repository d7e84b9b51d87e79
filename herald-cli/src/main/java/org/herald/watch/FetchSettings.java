package org.herald.watch;

import java.time.Duration;

/**
 * How politely and how far herald watch fetches: the User-Agent it names itself with, the least time between two
 * requests to one host (robots.txt's Crawl-delay wins when longer, up to {@link #MAX_CRAWL_DELAY}), retries of
 * failures that may pass with exponential backoff (base, 2x base, 4x base ...), the time one request may take in all
 * (connect, headers and body) and the most bytes read of one answer.
 */
public record FetchSettings(String userAgent, Duration hostDelay, int retries, Duration backoff, Duration timeout, int maxBytes) {
    public static final String USER_AGENT = "Herald/0.1 (news event coder; herald watch; honours robots.txt)";
    /** The name Herald looks for in robots.txt user-agent lines (besides *). */
    public static final String ROBOT_NAME = "herald";
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    public static FetchSettings defaults() {
        return new FetchSettings(USER_AGENT, Duration.ofSeconds(1), 3, Duration.ofSeconds(2), Duration.ofSeconds(30), org.herald.read.html.WebPages.DEFAULT_MAX_HTML_BYTES);
    }

    public FetchSettings {
        if (retries < 0) throw new IllegalArgumentException("retries must be >= 0");
        if (maxBytes < 1) throw new IllegalArgumentException("the size limit must be positive");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the time limit must be positive");
    }
}
