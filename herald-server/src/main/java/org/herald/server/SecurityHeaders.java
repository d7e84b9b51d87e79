package org.herald.server;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers on every response. The policy fits the bundled dashboard: its script and stylesheet come from this
 * server, it fetches only /api, and it builds no HTML from data. Styles allow 'unsafe-inline' because Cytoscape
 * adds a one-rule style element and ECharts' tooltips carry style attributes; scripts allow nothing inline.
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    static final Map<String, String> HEADERS = headers();

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        // No other site may embed the API's answers (a <script src> of /api/events, say).
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        return Collections.unmodifiableMap(h);
    }
}
