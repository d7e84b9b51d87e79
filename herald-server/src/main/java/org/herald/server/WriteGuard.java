package org.herald.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to the server. On loopback every request must name this machine in its Host header, so a web page
 * whose domain was re-pointed at 127.0.0.1 (DNS rebinding) gets nothing. Every write (any method but GET, HEAD and
 * OPTIONS) must come from no web page or from the dashboard itself: an Origin or Sec-Fetch-Site header naming
 * another site is refused. With a token (required off loopback) every write must also carry
 * {@code Authorization: Bearer <token>}; reads stay open.
 */
final class WriteGuard {
    private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final boolean loopback;
    private final String boundHost;
    private final byte[] token;

    /**
     * @param token null for none; required when {@code host} is not a loopback address
     * @throws IllegalArgumentException for a non-loopback host without a token
     */
    WriteGuard(String host, String token) {
        this.loopback = isLoopback(host);
        this.boundHost = host.toLowerCase(Locale.ROOT);
        if (!loopback && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("listening on " + host + " (not loopback) needs an API token");
        }
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** True for 127.0.0.0/8, ::1 and names that resolve only there (localhost); false for 0.0.0.0 and the rest. */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.isBlank()) return false;
        try {
            for (InetAddress a : InetAddress.getAllByName(h)) if (!a.isLoopbackAddress()) return false;
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    boolean requiresToken() { return token != null; }

    /** Throws {@link ApiError} (403 or 401) when the request may not go on. */
    void check(Context ctx) {
        String host = ctx.header("Host");
        if (loopback && !isLocalHost(host)) {
            throw new ApiError(403, "the Host header must name this server (localhost or 127.0.0.1)");
        }
        HandlerType m = ctx.method();
        if (m == HandlerType.GET || m == HandlerType.HEAD || m == HandlerType.OPTIONS) return;
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new ApiError(403, "writes from other web sites are refused");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, host)) throw new ApiError(403, "writes from other web sites are refused");
        if (token != null && !hasToken(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "writes need the API token: send Authorization: Bearer <token>");
        }
    }

    private boolean isLocalHost(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) return false;
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        // Drop the port: after the closing bracket of an IPv6 literal, else after the only colon.
        int colon = h.startsWith("[") ? h.indexOf(':', Math.max(0, h.indexOf(']'))) : h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return LOCAL_NAMES.contains(name) || name.equals(boundHost);
    }

    /** The dashboard's own origin is the scheme and the Host it was loaded from. */
    private static boolean sameOrigin(String origin, String host) {
        if (host == null) return false;
        String o = origin.strip().toLowerCase(Locale.ROOT), h = host.strip().toLowerCase(Locale.ROOT);
        return o.equals("http://" + h) || o.equals("https://" + h);
    }

    private boolean hasToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }
}
