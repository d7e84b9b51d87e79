package org.herald.watch;

import java.util.Optional;
import org.herald.store.SeenUrls;

/** What came of fetching one URL. */
public sealed interface Fetched {
    /** A 200: the body (within the size limit), its Content-Type, the URL it came from after redirects, its validators. */
    record Ok(String url, byte[] body, Optional<String> contentType, SeenUrls.Validators validators) implements Fetched {}

    /** A 304 to a conditional GET: nothing new. */
    record NotModified() implements Fetched {}

    /** Will not change by asking again: 404, 410, other 4xx, limits, a scheme that is not http(s). */
    record Refused(String outcome, String reason) implements Fetched {}

    /** The site's robots.txt disallows the URL: never fetched, stored as refused, and the site's wish rather than a failure. */
    record Disallowed(String reason) implements Fetched {}

    /** Failed after every retry (5xx, 429, time-outs, refused connections): worth another try at a later poll. */
    record Failed(String reason) implements Fetched {}
}
