package org.herald.server;

import java.time.Duration;
import org.herald.store.EventQuery;

/**
 * The API's documented limits (README, "Store, API and dashboard"). A request beyond one is refused with a
 * short message, never cut silently.
 *
 * @param maxBodyBytes  request body size (413 beyond)
 * @param maxTextChars  characters of a posted article's text (413 beyond)
 * @param maxFieldChars characters of a posted article's title or source (400 beyond)
 * @param maxParamChars characters of one query parameter (400 beyond)
 * @param maxPageSize   the largest {@code limit} a list takes (400 beyond)
 * @param codingTimeout time to code one posted article once the model is loaded (503 beyond)
 * @param idleTimeout   time a connection may sit silent, mid-request or between requests, before it is closed
 */
public record Limits(long maxBodyBytes, int maxTextChars, int maxFieldChars, int maxParamChars, int maxPageSize,
                     Duration codingTimeout, Duration idleTimeout) {
    /** Article ids are names, not text: short enough for a URL and a log line. */
    public static final int MAX_ID_CHARS = 200;

    public static final Limits DEFAULT = new Limits(1024 * 1024, 100_000, 1_000, 200, EventQuery.MAX_LIMIT,
            Duration.ofSeconds(120), Duration.ofSeconds(30));

    public Limits {
        if (maxBodyBytes <= 0 || maxTextChars <= 0 || maxFieldChars <= 0 || maxParamChars <= 0) throw new IllegalArgumentException("limits must be positive");
        if (maxPageSize <= 0 || maxPageSize > EventQuery.MAX_LIMIT) throw new IllegalArgumentException("page size must be 1.." + EventQuery.MAX_LIMIT);
        if (codingTimeout.isNegative() || codingTimeout.isZero() || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public Limits withMaxBodyBytes(long v) { return new Limits(v, maxTextChars, maxFieldChars, maxParamChars, maxPageSize, codingTimeout, idleTimeout); }

    public Limits withMaxTextChars(int v) { return new Limits(maxBodyBytes, v, maxFieldChars, maxParamChars, maxPageSize, codingTimeout, idleTimeout); }

    public Limits withCodingTimeout(Duration v) { return new Limits(maxBodyBytes, maxTextChars, maxFieldChars, maxParamChars, maxPageSize, v, idleTimeout); }

    public Limits withIdleTimeout(Duration v) { return new Limits(maxBodyBytes, maxTextChars, maxFieldChars, maxParamChars, maxPageSize, codingTimeout, v); }
}
